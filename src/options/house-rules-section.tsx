// House rules: the organisation's (locked) and the user's own, with on/off, remove, a form with a
// live test box, and import/export as JSON. An import saves only the rules that validate and lists
// the rest with the rule, field and reason.
import { useState } from 'preact/hooks';
import { rules as builtInRules } from '../rules/index';
import { exportHouseRules, importHouseRules } from '../house-rules/index';
import type { HouseRule } from '../house-rules/schema';
import { HouseRuleForm } from './house-rule-form';
import { LOCKED_TEXT, type SectionProps } from './section-props';

const BUILT_IN_IDS = builtInRules.map((rule) => rule.id);

function summary(rule: HouseRule): string {
  switch (rule.kind) {
    case 'existence':
      return `flags ${rule.phrases.map((p) => `“${p}”`).join(', ')}`;
    case 'substitution':
      return `swaps ${Object.entries(rule.swap).map(([from, to]) => `“${from}” → “${to}”`).join(', ')}`;
    case 'pattern':
      return `matches /${rule.pattern}/${rule.ignoreCase === false ? '' : 'i'}`;
  }
}

export function HouseRulesSection({ settings, effective, save, download }: SectionProps & { download(filename: string, text: string, type: string): void }) {
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [importStatus, setImportStatus] = useState('');
  const organisationIds = new Set(effective.locks.houseRules);
  const organisationRules = effective.extraRules.filter((rule) => organisationIds.has(rule.id));
  const takenIds = new Set([...BUILT_IN_IDS, ...organisationIds, ...settings.houseRules.map((rule) => rule.id)]);

  const setRules = (houseRules: HouseRule[]) => save({ ...settings, houseRules });

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const { rules, problems } = importHouseRules(await file.text(), [...BUILT_IN_IDS, ...organisationIds]);
    const own = new Set(settings.houseRules.map((rule) => rule.id));
    const fresh = rules.filter((rule) => !own.has(rule.id));
    const replaced = rules.length - fresh.length;
    // A rule with an id already saved replaces it: importing the same file twice changes nothing.
    const merged = [...settings.houseRules.map((rule) => rules.find((r) => r.id === rule.id) ?? rule), ...fresh];
    setImportProblems(problems);
    setImportStatus(`Imported ${rules.length} rule(s)${replaced ? `, ${replaced} replacing rules with the same id` : ''}${problems.length ? `; ${problems.length} skipped` : ''}.`);
    input.value = '';
    if (rules.length > 0) await setRules(merged);
  };

  return (
    <section aria-labelledby="house-rules-heading" data-section="house-rules">
      <h2 id="house-rules-heading">House rules</h2>
      {organisationRules.length > 0 && (
        <>
          <h3>Your organisation's rules</h3>
          <ul aria-label="Your organisation's rules">
            {organisationRules.map((rule) => (
              <li key={rule.id} data-house-rule={rule.id}>
                <strong>{rule.id}</strong>: {rule.description} <span class="locked">({LOCKED_TEXT})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Your own rules</h3>
      {settings.houseRules.length === 0 ? (
        <p class="hint">None yet.</p>
      ) : (
        <ul aria-label="Your own rules">
          {settings.houseRules.map((rule, index) => (
            <li key={rule.id} data-house-rule={rule.id}>
              <strong>{rule.id}</strong> ({rule.severity}, {rule.category}): {summary(rule)}{' '}
              <label>
                <input
                  type="checkbox"
                  checked={rule.enabled !== false}
                  aria-label={`${rule.id} on`}
                  onChange={(e) => setRules(settings.houseRules.map((r, i) => (i === index ? { ...r, enabled: (e.currentTarget as HTMLInputElement).checked } : r)))}
                />
                On
              </label>
              <button type="button" class="secondary" aria-label={`Remove ${rule.id}`} onClick={() => setRules(settings.houseRules.filter((_, i) => i !== index))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" class="secondary" disabled={settings.houseRules.length === 0} onClick={() => download('sense-check-house-rules.json', exportHouseRules(settings.houseRules), 'application/json')}>
          Export your rules (JSON)
        </button>
        <label>
          Import rules (JSON)
          <input type="file" accept="application/json,.json" onChange={importFile} data-action="import-rules" />
        </label>
      </div>
      <div role="status" aria-live="polite">
        {importStatus && <p>{importStatus}</p>}
        {importProblems.length > 0 && (
          <ul class="error" aria-label="Rules not imported" data-part="import-problems">
            {importProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
      <HouseRuleForm takenIds={takenIds} onSave={(rule) => setRules([...settings.houseRules, rule])} />
    </section>
  );
}
