// The organisation's policy (chrome.storage.managed, set by IT through Chrome/Edge enterprise
// policy or Firefox's policies.json; schema in managed-schema.json) merged over the user's
// settings. The organisation wins, and the user cannot weaken it:
//   accounts, defaults      managed values replace the user's (and show as locked)
//   electionPeriods         the organisation's periods always apply; the user may add more
//   houseRules              the organisation's rules run alongside the user's; a user rule with the
//                           same id is skipped; the user cannot switch an organisation rule off
//   lockedRules             built-in rules the user cannot switch off
//   minimumSeverity         the lowest level the user may set for a rule
//   auditTrail, signOffRequired   managed values replace the user's
// Nothing here throws: a damaged policy value is skipped and reported, the rest still applies.
import { RULE_IDS } from '../rules/ids';
import { SEVERITIES, type Rule, type RuleOverride, type Severity } from '../engine/types';
import { compileHouseRules } from '../house-rules/index';
import { describeProblem, validateHouseRules } from '../house-rules/validate';
import type { HouseRule } from '../house-rules/schema';
import {
  ACCOUNT_KEY_PATTERN,
  parseAccountSettings,
  parseElectionPeriods,
  type AccountSettings,
  type AuditTrailSettings,
  type ElectionPeriod,
  type Settings,
} from '../shared/settings';

export interface ManagedPolicy {
  accounts?: Record<string, AccountSettings>;
  defaults?: AccountSettings;
  houseRules?: HouseRule[];
  lockedRules?: string[];
  minimumSeverity?: Record<string, Severity>;
  electionPeriods?: ElectionPeriod[];
  auditTrail?: Partial<Pick<AuditTrailSettings, 'enabled' | 'includeText' | 'retentionDays' | 'maxEntries'>>;
  signOffRequired?: boolean;
}

/** What the options page greys out, and why the worker overrides the user. */
export interface PolicyLocks {
  /** Account keys the organisation set. */
  accounts: string[];
  defaults: boolean;
  /** Built-in (or organisation house) rule id → the user cannot switch it off / go below `minimum`. */
  rules: Record<string, { locked: boolean; minimum?: Severity }>;
  /** Ids of the organisation's house rules. */
  houseRules: string[];
  electionPeriods: ElectionPeriod[];
  auditTrail: (keyof AuditTrailSettings)[];
  signOff: boolean;
}

export interface EffectiveSettings {
  /** The merged settings the profile is built from. */
  settings: Settings;
  locks: PolicyLocks;
  /** Compiled house rules, organisation's first, then the user's; invalid ones left out. */
  extraRules: Rule[];
  /** Skipped policy values and house rules, as "where: reason"; never thrown. */
  problems: string[];
  /** true when any managed value applies. */
  managed: boolean;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, serious: 2 };
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Reads what storage.managed holds (Chrome has already checked it against the schema; Firefox and tests may not have). */
export function parseManagedPolicy(raw: unknown): { policy: ManagedPolicy; problems: string[] } {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  if (!isObject(raw)) return { policy, problems: raw === undefined || raw === null ? [] : ['policy: not an object'] };
  const fallback: AccountSettings = { account: 'personal', role: 'local-gov-officer', restricted: false };
  if (raw.defaults !== undefined) policy.defaults = parseAccountSettings(raw.defaults, fallback, problems, 'policy.defaults');
  if (isObject(raw.accounts)) {
    policy.accounts = {};
    for (const [key, value] of Object.entries(raw.accounts)) {
      // Handles are matched without case (settings.accountKey); IT may write them as they appear.
      const normalised = key.trim().toLowerCase();
      if (ACCOUNT_KEY_PATTERN.test(normalised)) policy.accounts[normalised] = parseAccountSettings(value, policy.defaults ?? fallback, problems, `policy.accounts.${key}`);
      else problems.push(`policy.accounts.${key}: not a site:handle key such as "x:@harrowfieldbc"`);
    }
  } else if (raw.accounts !== undefined) problems.push('policy.accounts: not a table of accounts');
  if (raw.houseRules !== undefined) {
    // Validated again when compiled; kept raw here so problems are reported once, by the compiler.
    policy.houseRules = Array.isArray(raw.houseRules) ? (raw.houseRules as HouseRule[]) : [];
    if (!Array.isArray(raw.houseRules)) problems.push('policy.houseRules: not a list');
  }
  if (Array.isArray(raw.lockedRules)) {
    policy.lockedRules = raw.lockedRules.filter((id): id is string => typeof id === 'string' && RULE_ID.test(id));
    if (policy.lockedRules.length !== raw.lockedRules.length) problems.push('policy.lockedRules: some entries are not rule ids');
  } else if (raw.lockedRules !== undefined) problems.push('policy.lockedRules: not a list of rule ids');
  if (isObject(raw.minimumSeverity)) {
    policy.minimumSeverity = {};
    for (const [id, level] of Object.entries(raw.minimumSeverity)) {
      if (RULE_ID.test(id) && (SEVERITIES as readonly unknown[]).includes(level)) policy.minimumSeverity[id] = level as Severity;
      else problems.push(`policy.minimumSeverity.${id}: must be one of ${SEVERITIES.join(', ')}`);
    }
  } else if (raw.minimumSeverity !== undefined) problems.push('policy.minimumSeverity: not a table of rule ids');
  if (raw.electionPeriods !== undefined) policy.electionPeriods = parseElectionPeriods(raw.electionPeriods, problems, 'policy.electionPeriods');
  if (isObject(raw.auditTrail)) {
    const audit: ManagedPolicy['auditTrail'] = {};
    if (typeof raw.auditTrail.enabled === 'boolean') audit.enabled = raw.auditTrail.enabled;
    if (typeof raw.auditTrail.includeText === 'boolean') audit.includeText = raw.auditTrail.includeText;
    for (const field of ['retentionDays', 'maxEntries'] as const) {
      const value = raw.auditTrail[field];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= (field === 'retentionDays' ? 3650 : 10_000)) audit[field] = value;
      else if (value !== undefined) problems.push(`policy.auditTrail.${field}: not a whole number in range`);
    }
    policy.auditTrail = audit;
  } else if (raw.auditTrail !== undefined) problems.push('policy.auditTrail: not the audit trail settings');
  if (typeof raw.signOffRequired === 'boolean') policy.signOffRequired = raw.signOffRequired;
  else if (raw.signOffRequired !== undefined) problems.push('policy.signOffRequired: must be true or false');
  return { policy, problems };
}

/** A user override, made to respect the lock and the minimum level of its rule. */
function constrainOverride(override: RuleOverride, lock: { locked: boolean; minimum?: Severity } | undefined): RuleOverride | undefined {
  if (!lock) return override;
  const constrained: RuleOverride = { ...override };
  if (lock.locked && constrained.enabled === false) delete constrained.enabled;
  if (lock.minimum && constrained.severity && RANK[constrained.severity] < RANK[lock.minimum]) constrained.severity = lock.minimum;
  return Object.keys(constrained).length > 0 ? constrained : undefined;
}

const BUILT_IN_IDS = RULE_IDS;

export function effectiveSettings(user: Settings, rawPolicy: unknown, builtInIds: readonly string[] = BUILT_IN_IDS): EffectiveSettings {
  const { policy, problems } = parseManagedPolicy(rawPolicy);
  const settings: Settings = structuredClone(user);
  const locks: PolicyLocks = { accounts: [], defaults: false, rules: {}, houseRules: [], electionPeriods: [], auditTrail: [], signOff: false };

  if (policy.defaults) {
    settings.defaults = policy.defaults;
    locks.defaults = true;
  }
  for (const [key, account] of Object.entries(policy.accounts ?? {})) {
    settings.accounts[key] = account;
    locks.accounts.push(key);
  }
  if (policy.electionPeriods) {
    locks.electionPeriods = policy.electionPeriods;
    const own = settings.electionPeriods.filter((period) => !policy.electionPeriods!.some((p) => p.start === period.start && p.end === period.end));
    settings.electionPeriods = [...policy.electionPeriods, ...own];
  }
  if (policy.auditTrail) {
    settings.auditTrail = { ...settings.auditTrail, ...policy.auditTrail };
    locks.auditTrail = Object.keys(policy.auditTrail) as (keyof AuditTrailSettings)[];
  }
  if (policy.signOffRequired !== undefined) {
    settings.signOff = { required: policy.signOffRequired };
    locks.signOff = true;
  }

  // House rules: the organisation's first (their ids are then taken), then the user's.
  const organisation = compileHouseRules(policy.houseRules ?? [], 'organisation', builtInIds);
  problems.push(...organisation.problems.map((problem) => `policy.houseRules: ${describeProblem(problem)}`));
  const organisationIds = organisation.rules.map((rule) => rule.id);
  const userValidation = validateHouseRules(settings.houseRules, builtInIds);
  const userRules = userValidation.valid.filter((rule) => {
    if (!organisationIds.includes(rule.id)) return true;
    problems.push(`houseRules: your rule "${rule.id}" is skipped: your organisation has a rule with the same id`);
    return false;
  });
  const personal = compileHouseRules(userRules, 'user', builtInIds);
  problems.push(...[...userValidation.problems, ...personal.problems].map((problem) => `houseRules: ${describeProblem(problem)}`));
  locks.houseRules = organisationIds;

  for (const id of policy.lockedRules ?? []) locks.rules[id] = { locked: true };
  for (const [id, minimum] of Object.entries(policy.minimumSeverity ?? {})) locks.rules[id] = { locked: locks.rules[id]?.locked ?? false, minimum };
  // The organisation's own house rules cannot be switched off or lowered either.
  for (const rule of policy.houseRules ?? []) {
    if (organisationIds.includes(rule.id)) locks.rules[rule.id] = { locked: true, minimum: rule.severity };
  }
  const overrides: Record<string, RuleOverride> = {};
  for (const [id, override] of Object.entries(settings.ruleOverrides)) {
    const constrained = constrainOverride(override, locks.rules[id]);
    if (constrained) overrides[id] = constrained;
  }
  settings.ruleOverrides = overrides;

  const managed = isObject(rawPolicy) && Object.keys(rawPolicy).length > 0;
  return { settings, locks, extraRules: [...organisation.rules, ...personal.rules], problems, managed };
}
