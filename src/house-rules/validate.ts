// Validation of house rules with answers a person can act on: every problem names the rule (by
// position and id), the field, and the reason, e.g.
//   rule 3 "no-leaks", field "pattern": RE2 cannot parse it: missing closing ): `(a`
// A rule with any problem is never saved and never compiled, so it can never reach the worker.
import { RE2JS } from 're2js';
import * as v from 'valibot';
import { HouseRuleSchema, type HouseRule } from './schema';

export interface HouseRuleProblem {
  /** Position in the list being validated (0-based). */
  index: number;
  /** The rule's id, when it has a readable one. */
  id?: string;
  /** Dotted path of the field, e.g. "pattern", "swap.off the record", "phrases.2"; "" for the rule itself. */
  field: string;
  reason: string;
}

export interface HouseRuleValidation {
  valid: HouseRule[];
  problems: HouseRuleProblem[];
}

/** "rule 3 "no-leaks", field "pattern": reason" */
export function describeProblem(problem: HouseRuleProblem): string {
  const rule = `rule ${problem.index + 1}${problem.id ? ` "${problem.id}"` : ''}`;
  return problem.field ? `${rule}, field "${problem.field}": ${problem.reason}` : `${rule}: ${problem.reason}`;
}

function readableId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as Record<string, unknown>).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

/** Compiles the pattern the way compile.ts will, so a rule that validates always compiles. */
export function patternProblem(pattern: string, ignoreCase: boolean | undefined): string | undefined {
  try {
    RE2JS.compile(pattern, ignoreCase === false ? 0 : RE2JS.CASE_INSENSITIVE);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // RE2 leaves out look-around and back-references on purpose: they are what makes a pattern slow.
    const hint = /\(\?[<=!]|\\[1-9]/.test(pattern) ? ' (RE2 has no look-around or back-references)' : '';
    // re2js writes the case-insensitive flag into the pattern it quotes back; the user never typed it.
    const reason = message.replace(/^error parsing regexp: /, '').replace('`(?i)', '`');
    return `RE2 cannot parse it: ${reason}${hint}`;
  }
}

/** One rule: its problems (empty when it is good). */
export function validateHouseRule(raw: unknown, index = 0): { rule?: HouseRule; problems: HouseRuleProblem[] } {
  const id = readableId(raw);
  const base = { index, ...(id ? { id } : {}) };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problems: [{ ...base, field: '', reason: 'must be an object with id, kind, message, category and severity' }] };
  }
  const result = v.safeParse(HouseRuleSchema, raw, { abortEarly: false });
  if (!result.success) {
    const problems = result.issues.map((issue) => {
      const field = v.getDotPath(issue) ?? '';
      const missing = issue.input === undefined && issue.kind === 'schema';
      return { ...base, field, reason: missing ? 'is required' : issue.message };
    });
    // Report a pattern RE2 cannot run alongside the other problems, so all are fixed in one go.
    const record = raw as Record<string, unknown>;
    if (record.kind === 'pattern' && typeof record.pattern === 'string' && record.pattern && !problems.some((p) => p.field === 'pattern')) {
      const reason = patternProblem(record.pattern, record.ignoreCase === false ? false : undefined);
      if (reason) problems.push({ ...base, field: 'pattern', reason });
    }
    return { problems: dedupe(problems) };
  }
  const rule = result.output;
  if (rule.kind === 'pattern') {
    const reason = patternProblem(rule.pattern, rule.ignoreCase);
    if (reason) return { problems: [{ ...base, field: 'pattern', reason }] };
  }
  return { rule, problems: [] };
}

function dedupe(problems: HouseRuleProblem[]): HouseRuleProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}\u0000${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A list of rules: the good ones, and the problems of the others. An id used twice, or the id of a
 * built-in rule (reservedIds), is a problem of the later rule: findings are keyed by rule id, so
 * two rules with one id could not be told apart, switched off or reported as wrong.
 */
export function validateHouseRules(raw: unknown, reservedIds: Iterable<string> = []): HouseRuleValidation {
  if (!Array.isArray(raw)) {
    return { valid: [], problems: [{ index: 0, field: '', reason: 'house rules must be a list (a JSON array)' }] };
  }
  const reserved = new Set(reservedIds);
  const seen = new Set<string>();
  const valid: HouseRule[] = [];
  const problems: HouseRuleProblem[] = [];
  raw.forEach((entry, index) => {
    const { rule, problems: own } = validateHouseRule(entry, index);
    if (!rule) {
      problems.push(...own);
      return;
    }
    if (reserved.has(rule.id)) {
      problems.push({ index, id: rule.id, field: 'id', reason: 'is the id of a built-in rule; choose another' });
      return;
    }
    if (seen.has(rule.id)) {
      problems.push({ index, id: rule.id, field: 'id', reason: 'is used by an earlier rule in the list' });
      return;
    }
    seen.add(rule.id);
    valid.push(rule);
  });
  return { valid, problems };
}
