// House rules: the public face of this folder. The worker calls compileHouseRules() on whatever
// settings and policy hold (never trusting them); the options page validates before saving and
// imports/exports rule files as JSON.
import type { Rule } from '../engine/types';
import { compileHouseRule } from './compile';
import type { HouseRule, HouseRuleOrigin } from './schema';
import { describeProblem, validateHouseRules, type HouseRuleProblem } from './validate';

export { compileHouseRule, fillMessage, MAX_HITS_PER_RULE, phraseMatcher } from './compile';
export { HOUSE_RULE_KINDS, HouseRuleSchema, LIMITS, type HouseRule, type HouseRuleKind, type HouseRuleOrigin } from './schema';
export { describeProblem, patternProblem, validateHouseRule, validateHouseRules, type HouseRuleProblem, type HouseRuleValidation } from './validate';

export interface CompiledHouseRules {
  rules: Rule[];
  /** Rules that were skipped, and why; shown to the user, never thrown. */
  problems: HouseRuleProblem[];
}

/**
 * Validates and compiles a list from storage or policy. Bad rules are skipped and reported; the
 * good ones still run. Never throws, whatever `raw` holds.
 */
export function compileHouseRules(raw: unknown, origin: HouseRuleOrigin, reservedIds: Iterable<string> = []): CompiledHouseRules {
  const { valid, problems } = validateHouseRules(raw ?? [], reservedIds);
  const rules: Rule[] = [];
  valid.forEach((rule) => {
    try {
      rules.push(compileHouseRule(rule, origin));
    } catch (error) {
      // validate.ts compiles patterns the same way, so this is a bug, not bad input; still, skip it.
      problems.push({ index: 0, id: rule.id, field: '', reason: `could not be compiled: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return { rules, problems };
}

export const HOUSE_RULES_FILE_FORMAT = 'sense-check-house-rules';

/** A file the options page offers for download, and another organisation can import. */
export function exportHouseRules(rules: readonly HouseRule[]): string {
  return `${JSON.stringify({ format: HOUSE_RULES_FILE_FORMAT, version: 1, rules }, null, 2)}\n`;
}

export interface HouseRulesImport {
  rules: HouseRule[];
  problems: string[];
}

/**
 * Reads a house-rules file: the exported shape ({format, version, rules}) or a bare JSON array.
 * Problems name the line of a JSON syntax error, or the rule, field and reason.
 */
export function importHouseRules(text: string, reservedIds: Iterable<string> = []): HouseRulesImport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { rules: [], problems: [`The file is not valid JSON: ${jsonErrorWhere(text, error)}`] };
  }
  const list = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).rules : undefined;
  if (!Array.isArray(list)) return { rules: [], problems: ['The file holds no list of rules: expected a JSON array, or an object with a "rules" array.'] };
  const { valid, problems } = validateHouseRules(list, reservedIds);
  return { rules: valid, problems: problems.map(describeProblem) };
}

function jsonErrorWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
