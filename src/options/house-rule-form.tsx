// The form for a new house rule, with a live test box: type a sample post and see what the rule
// would flag before saving it. A rule that does not validate shows each field's reason beside
// the field and cannot be saved.
import { useMemo, useState } from 'preact/hooks';
import { check } from '../engine/check';
import { CATEGORIES, SEVERITIES, type Account, type Finding } from '../engine/types';
import { compileHouseRule } from '../house-rules/compile';
import type { HouseRule, HouseRuleKind } from '../house-rules/schema';
import { validateHouseRule } from '../house-rules/validate';

interface Draft {
  kind: HouseRuleKind;
  id: string;
  message: string;
  category: string;
  severity: string;
  link: string;
  accounts: 'all' | Account;
  phrases: string;
  swap: string;
  pattern: string;
  ignoreCase: boolean;
}

const EMPTY: Draft = { kind: 'existence', id: '', message: '', category: 'tone', severity: 'warning', link: '', accounts: 'all', phrases: '', swap: '', pattern: '', ignoreCase: true };

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The form as the raw rule the validator sees, plus problems only the form can have (swap lines). */
function toRaw(draft: Draft): { raw: Record<string, unknown>; formProblems: Record<string, string> } {
  const raw: Record<string, unknown> = { id: draft.id.trim(), kind: draft.kind, message: draft.message, category: draft.category, severity: draft.severity };
  const formProblems: Record<string, string> = {};
  if (draft.link.trim()) raw.link = draft.link.trim();
  if (draft.accounts !== 'all') raw.accounts = [draft.accounts];
  if (draft.kind === 'existence') raw.phrases = lines(draft.phrases);
  if (draft.kind === 'pattern') {
    raw.pattern = draft.pattern;
    if (!draft.ignoreCase) raw.ignoreCase = false;
  }
  if (draft.kind === 'substitution') {
    const swap: Record<string, string> = {};
    lines(draft.swap).forEach((line, index) => {
      const parts = line.split(/\s*(?:=>|→)\s*/);
      if (parts.length !== 2 || !parts[0] || !parts[1]) formProblems.swap ??= `line ${index + 1}: write it as "phrase => safer wording"`;
      else swap[parts[0]] = parts[1];
    });
    raw.swap = swap;
  }
  return { raw, formProblems };
}

export interface HouseRuleFormProps {
  /** Ids already taken (built-in rules, the organisation's and the user's house rules). */
  takenIds: ReadonlySet<string>;
  onSave(rule: HouseRule): Promise<void>;
}

export function HouseRuleForm({ takenIds, onSave }: HouseRuleFormProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [sample, setSample] = useState('');
  const [tried, setTried] = useState(false);
  const [testAccount, setTestAccount] = useState<Account>('corporate');

  const { rule, problems } = useMemo(() => {
    const { raw, formProblems } = toRaw(draft);
    const result = validateHouseRule(raw);
    const byField: Record<string, string> = { ...formProblems };
    for (const problem of result.problems) byField[problem.field.split('.')[0] || 'rule'] ??= problem.reason;
    if (result.rule && takenIds.has(result.rule.id)) byField.id = 'is already the id of another rule; choose another';
    return { rule: Object.keys(byField).length === 0 ? result.rule : undefined, problems: byField };
  }, [draft, takenIds]);

  const findings: Finding[] = useMemo(() => {
    if (!rule || !sample) return [];
    return check({ text: sample, platform: 'other', kind: 'post' }, { account: testAccount, role: 'local-gov-officer', restricted: false, electionPeriod: false, extraRules: [compileHouseRule(rule)] }, []);
  }, [rule, sample, testAccount]);

  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const shown = (field: string) => (tried || field === 'pattern' || field === 'swap' ? problems[field] : undefined);
  const fieldProps = (field: string) => ({ 'aria-invalid': shown(field) ? (true as const) : undefined, 'aria-describedby': shown(field) ? `rule-${field}-error` : undefined, 'data-field': field });
  const errorFor = (field: string) =>
    shown(field) ? (
      <span id={`rule-${field}-error`} class="error" data-error-for={field}>
        {field}: {shown(field)}
      </span>
    ) : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (!rule) return;
    await onSave(rule);
    setDraft(EMPTY);
    setTried(false);
  };

  return (
    <form onSubmit={submit} aria-labelledby="new-rule-heading" data-part="house-rule-form" noValidate>
      <h3 id="new-rule-heading">Add a house rule</h3>
      <div class="row">
        <label>
          Kind
          <select value={draft.kind} onChange={(e) => set({ kind: value(e) as HouseRuleKind })} data-field="kind">
            <option value="existence">Phrases to flag</option>
            <option value="substitution">Phrases to swap for safer wording</option>
            <option value="pattern">Pattern (RE2 regular expression)</option>
          </select>
        </label>
        <label>
          Id
          <input type="text" value={draft.id} placeholder="no-leaks" onInput={(e) => set({ id: value(e) })} {...fieldProps('id')} />
        </label>
        {errorFor('id')}
      </div>
      <label class="block">
        Message (one plain sentence; %s is replaced by the matched text)
        <input type="text" value={draft.message} onInput={(e) => set({ message: value(e) })} {...fieldProps('message')} />
      </label>
      {errorFor('message')}
      <div class="row">
        <label>
          Category
          <select value={draft.category} onChange={(e) => set({ category: value(e) })} {...fieldProps('category')}>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select value={draft.severity} onChange={(e) => set({ severity: value(e) })} {...fieldProps('severity')}>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {severity}
              </option>
            ))}
          </select>
        </label>
        <label>
          Applies to
          <select value={draft.accounts} onChange={(e) => set({ accounts: value(e) as Draft['accounts'] })}>
            <option value="all">All accounts</option>
            <option value="corporate">Corporate accounts</option>
            <option value="personal">Personal accounts</option>
          </select>
        </label>
      </div>
      <label class="block">
        Link to your guidance (optional)
        <input type="url" value={draft.link} placeholder="https://intranet.example.gov.uk/social-media" onInput={(e) => set({ link: value(e) })} {...fieldProps('link')} />
      </label>
      {errorFor('link')}
      {draft.kind === 'existence' && (
        <label class="block">
          Phrases, one a line
          <textarea value={draft.phrases} onInput={(e) => set({ phrases: value(e) })} {...fieldProps('phrases')} />
        </label>
      )}
      {draft.kind === 'substitution' && (
        <label class="block">
          Swaps, one a line: phrase =&gt; safer wording
          <textarea value={draft.swap} placeholder="utilise => use" onInput={(e) => set({ swap: value(e) })} {...fieldProps('swap')} />
        </label>
      )}
      {draft.kind === 'pattern' && (
        <>
          <label class="block">
            Pattern (RE2 syntax: no look-around or back-references; always fast)
            <input type="text" value={draft.pattern} placeholder="\bHB-\d{6}\b" onInput={(e) => set({ pattern: value(e) })} {...fieldProps('pattern')} />
          </label>
          <label>
            <input type="checkbox" checked={draft.ignoreCase} onChange={(e) => set({ ignoreCase: (e.currentTarget as HTMLInputElement).checked })} />
            Ignore case
          </label>
        </>
      )}
      {errorFor('phrases')}
      {errorFor('swap')}
      {errorFor('pattern')}
      {errorFor('rule')}
      <fieldset>
        <legend>Try it</legend>
        <label class="block">
          Sample post
          <textarea value={sample} onInput={(e) => setSample(value(e))} data-part="rule-test-input" />
        </label>
        <label>
          As a
          <select value={testAccount} onChange={(e) => setTestAccount(value(e) as Account)}>
            <option value="corporate">corporate account</option>
            <option value="personal">personal account</option>
          </select>
        </label>
        <div aria-live="polite" data-part="rule-test-result">
          {!sample ? null : !rule ? (
            <p class="hint">Fix the rule to try it.</p>
          ) : findings.length === 0 ? (
            <p>Nothing flagged.</p>
          ) : (
            <>
              <p>
                {findings.length} {findings.length === 1 ? 'passage' : 'passages'} flagged:
              </p>
              <ul>
                {findings.map((finding, index) => (
                  <li key={index} data-rule={finding.rule}>
                    <mark>{sample.slice(finding.start, finding.end)}</mark> — {finding.message}
                    {finding.suggestion !== undefined && <> Suggestion: “{finding.suggestion}”.</>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </fieldset>
      <button type="submit" data-action="save-rule">
        Save rule
      </button>
    </form>
  );
}
