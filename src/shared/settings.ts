// The user's settings: a profile per account (site + handle), election periods, house rules, rule
// overrides, the audit trail and sign-off. Kept under one key with a `version`; settings-storage.ts
// loads and saves them (storage.local, mirrored to storage.sync when they fit), and the worker
// merges the organisation's managed policy on top (src/background/policy.ts).
//
// Reading never throws: unknown or damaged values fall back to defaults field by field, each one
// reported as a problem so that settings-storage.ts can keep the raw value aside (quarantine) and
// show a notice. Older versions are migrated forward, so nothing the user saved is lost on an
// upgrade: version 0 (a bare map of accounts) → 1 (defaults + accounts) → 2 (this shape).
import { defaultProfile } from '../engine/profile';
import { ACCOUNTS, ROLES, SEVERITIES, type Account, type Profile, type Role, type RuleOverride } from '../engine/types';
import type { HouseRule } from '../house-rules/schema';

export const SETTINGS_KEY = 'settings';
/**
 * The worker's copy of the organisation's last managed policy (storage.local). Managed storage can
 * take seconds to answer just after the browser starts, and checks go on under this copy meanwhile;
 * content scripts check again when it changes.
 */
export const POLICY_COPY_KEY = 'policyCopy';
export const SETTINGS_VERSION = 2;

/** What the user chooses per account in the popup. */
export interface AccountSettings {
  account: Account;
  role: Role;
  restricted: boolean;
  employer?: string;
}

/** A pre-election period ("purdah"): dates are local calendar days, both ends included. */
export interface ElectionPeriod {
  name: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
}

export interface AuditTrailSettings {
  enabled: boolean;
  /** Keep the text of each post in the trail (off by default: the trail then holds rule ids only). */
  includeText: boolean;
  retentionDays: number;
  maxEntries: number;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The profile for accounts the user has not set up. */
  defaults: AccountSettings;
  /** accountKey(site, handle) → that account's settings. */
  accounts: Record<string, AccountSettings>;
  electionPeriods: ElectionPeriod[];
  houseRules: HouseRule[];
  /** Built-in rule id → on/off and severity. */
  ruleOverrides: Record<string, RuleOverride>;
  auditTrail: AuditTrailSettings;
  signOff: { required: boolean };
}

/**
 * What profileFor() and withAccount() need: any settings with defaults and accounts (an older
 * shape, or a test's literal, still works).
 */
export type SettingsInput = Pick<Settings, 'defaults' | 'accounts'> & Partial<Omit<Settings, 'defaults' | 'accounts' | 'version'>> & { version?: number };

export const AUDIT_TRAIL_DEFAULTS: AuditTrailSettings = { enabled: false, includeText: false, retentionDays: 90, maxEntries: 1000 };

/** The engine's default (personal account, council officer, not restricted); no election period until settings say so. */
function defaultProfileFor(): Profile {
  return { ...defaultProfile(), electionPeriod: false };
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    defaults: toAccountSettings(defaultProfileFor()),
    accounts: {},
    electionPeriods: [],
    houseRules: [],
    ruleOverrides: {},
    auditTrail: { ...AUDIT_TRAIL_DEFAULTS },
    signOff: { required: false },
  };
}

/** The storage key of an account: handles are case-insensitive on every supported site. */
export function accountKey(site: string, handle: string): string {
  return `${site}:${handle.trim().toLowerCase()}`;
}

export const ACCOUNT_KEY_PATTERN = /^[a-z][a-z0-9-]*:.+$/;

function toAccountSettings(profile: Profile): AccountSettings {
  const settings: AccountSettings = { account: profile.account, role: profile.role, restricted: profile.restricted };
  if (profile.employer) settings.employer = profile.employer;
  return settings;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects what could not be read, as "where: what" lines. */
type Problems = string[];

export function parseAccountSettings(raw: unknown, fallback: AccountSettings, problems: Problems = [], where = 'account'): AccountSettings {
  if (!isObject(raw)) {
    problems.push(`${where}: not an account's settings`);
    return { ...fallback };
  }
  const pick = <T>(field: string, allowed: readonly T[], fallbackValue: T): T => {
    if ((allowed as readonly unknown[]).includes(raw[field])) return raw[field] as T;
    if (raw[field] !== undefined) problems.push(`${where}.${field}: ${JSON.stringify(raw[field])} is not one of ${allowed.join(', ')}`);
    return fallbackValue;
  };
  const parsed: AccountSettings = {
    account: pick('account', ACCOUNTS, fallback.account),
    role: pick('role', ROLES, fallback.role),
    restricted: pick('restricted', [true, false], fallback.restricted),
  };
  if (typeof raw.employer === 'string' && raw.employer.trim()) parsed.employer = raw.employer.trim().slice(0, 200);
  return parsed;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1;
}

export function parseElectionPeriods(raw: unknown, problems: Problems = [], where = 'electionPeriods'): ElectionPeriod[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${where}: not a list`);
    return [];
  }
  const periods: ElectionPeriod[] = [];
  raw.forEach((entry, index) => {
    const at = `${where}.${index}`;
    if (!isObject(entry)) return void problems.push(`${at}: not an election period`);
    if (!isCalendarDay(entry.start)) return void problems.push(`${at}.start: must be a date written YYYY-MM-DD`);
    if (!isCalendarDay(entry.end)) return void problems.push(`${at}.end: must be a date written YYYY-MM-DD`);
    if (entry.end < entry.start) return void problems.push(`${at}.end: is before the start`);
    const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim().slice(0, 100) : `Election period ${entry.start}`;
    periods.push({ name, start: entry.start, end: entry.end });
  });
  return periods;
}

export function parseRuleOverrides(raw: unknown, problems: Problems = [], where = 'ruleOverrides'): Record<string, RuleOverride> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    problems.push(`${where}: not a table of rule ids`);
    return {};
  }
  const overrides: Record<string, RuleOverride> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(id) || !isObject(value)) {
      problems.push(`${where}.${id}: not a rule override`);
      continue;
    }
    const override: RuleOverride = {};
    if (typeof value.enabled === 'boolean') override.enabled = value.enabled;
    if ((SEVERITIES as readonly unknown[]).includes(value.severity)) override.severity = value.severity as RuleOverride['severity'];
    else if (value.severity !== undefined) problems.push(`${where}.${id}.severity: not one of ${SEVERITIES.join(', ')}`);
    if (Object.keys(override).length > 0) overrides[id] = override;
  }
  return overrides;
}

function boundedInteger(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function parseAuditTrail(raw: unknown, problems: Problems): AuditTrailSettings {
  if (raw === undefined) return { ...AUDIT_TRAIL_DEFAULTS };
  if (!isObject(raw)) {
    problems.push('auditTrail: not the audit trail settings');
    return { ...AUDIT_TRAIL_DEFAULTS };
  }
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : AUDIT_TRAIL_DEFAULTS.enabled,
    includeText: typeof raw.includeText === 'boolean' ? raw.includeText : AUDIT_TRAIL_DEFAULTS.includeText,
    retentionDays: boundedInteger(raw.retentionDays, AUDIT_TRAIL_DEFAULTS.retentionDays, 1, 3650),
    maxEntries: boundedInteger(raw.maxEntries, AUDIT_TRAIL_DEFAULTS.maxEntries, 1, 10_000),
  };
}

/** Reads the stored house rules: the ones to keep, and "where: reason" for the others. */
export type HouseRulesReader = (raw: unknown) => { valid: HouseRule[]; problems: string[] };

/**
 * The shape check this module can do without the schema library: objects with an id and a kind are
 * kept as they are. The full validation (valibot + RE2, house-rules/validate.ts) is passed in by
 * settings-storage.ts, so the content script and the popup, which import this module, do not carry
 * it; the popup then writes house rules back untouched, and the worker validates them anyway.
 */
export const keepRuleShapedEntries: HouseRulesReader = (raw) => {
  if (!Array.isArray(raw)) return { valid: [], problems: ['houseRules: not a list'] };
  const valid: HouseRule[] = [];
  const problems: string[] = [];
  raw.forEach((entry, index) => {
    if (isObject(entry) && typeof entry.id === 'string' && typeof entry.kind === 'string') valid.push(entry as unknown as HouseRule);
    else problems.push(`houseRules: rule ${index + 1} is not a house rule`);
  });
  return { valid, problems };
};

export interface SettingsReading {
  settings: Settings;
  /** What could not be read and fell back to a default, as "field: reason"; empty when all was well. */
  problems: string[];
  /** The version the stored value had (0 = the unversioned shape; undefined = nothing stored). */
  fromVersion: number | undefined;
}

/**
 * Reads whatever storage holds under SETTINGS_KEY, migrating older versions:
 *   0 (no `version`: early builds stored a bare map of account key → settings)
 *   1 ({version, defaults, accounts})
 *   2 (this shape: 1 plus election periods, house rules, overrides, audit trail, sign-off)
 */
export function readSettings(raw: unknown, readHouseRules: HouseRulesReader = keepRuleShapedEntries): SettingsReading {
  const settings = defaultSettings();
  const problems: Problems = [];
  if (raw === undefined || raw === null) return { settings, problems, fromVersion: undefined };
  if (!isObject(raw)) return { settings, problems: ['settings: not an object'], fromVersion: undefined };
  const version = raw.version === undefined ? 0 : raw.version;
  if (version !== 0 && version !== 1 && version !== 2) {
    return { settings, problems: [`version: ${JSON.stringify(raw.version)} is not a version this build can read`], fromVersion: undefined };
  }
  const accounts = version === 0 ? raw : raw.accounts;
  if (version !== 0 && raw.defaults !== undefined) settings.defaults = parseAccountSettings(raw.defaults, settings.defaults, problems, 'defaults');
  if (isObject(accounts)) {
    for (const [key, entry] of Object.entries(accounts)) {
      if (ACCOUNT_KEY_PATTERN.test(key)) settings.accounts[key] = parseAccountSettings(entry, settings.defaults, problems, `accounts.${key}`);
      else problems.push(`accounts.${key}: not a site:handle key`);
    }
  } else if (accounts !== undefined) {
    problems.push('accounts: not a table of accounts');
  }
  if (version === 2) {
    settings.electionPeriods = parseElectionPeriods(raw.electionPeriods, problems);
    if (raw.houseRules !== undefined) {
      const { valid, problems: ruleProblems } = readHouseRules(raw.houseRules);
      settings.houseRules = valid;
      problems.push(...ruleProblems);
    }
    settings.ruleOverrides = parseRuleOverrides(raw.ruleOverrides, problems);
    settings.auditTrail = parseAuditTrail(raw.auditTrail, problems);
    if (isObject(raw.signOff) && typeof raw.signOff.required === 'boolean') settings.signOff = { required: raw.signOff.required };
    else if (raw.signOff !== undefined) problems.push('signOff: not the sign-off settings');
  }
  return { settings, problems, fromVersion: version };
}

/** The settings, whatever storage holds (see readSettings for what is reported). */
export function parseSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}

/** Today's local calendar day, YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The period `now` falls in (local calendar day, both ends included), if any. */
export function currentElectionPeriod(periods: readonly ElectionPeriod[] | undefined, now: Date): ElectionPeriod | undefined {
  const today = localDay(now);
  return periods?.find((period) => period.start <= today && today <= period.end);
}

export function profileFor(settings: SettingsInput, site: string, handle: string | undefined, now: Date = new Date()): { profile: Profile; saved: boolean } {
  const saved = handle ? settings.accounts[accountKey(site, handle)] : undefined;
  const chosen = saved ?? settings.defaults;
  const profile: Profile = { ...defaultProfileFor(), account: chosen.account, role: chosen.role, restricted: chosen.restricted };
  if (chosen.employer) profile.employer = chosen.employer;
  if (currentElectionPeriod(settings.electionPeriods, now)) profile.electionPeriod = true;
  if (settings.ruleOverrides && Object.keys(settings.ruleOverrides).length > 0) profile.ruleOverrides = { ...settings.ruleOverrides };
  return { profile, saved: saved !== undefined };
}

export function withAccount<T extends SettingsInput>(settings: T, site: string, handle: string, account: AccountSettings): T {
  return { ...settings, accounts: { ...settings.accounts, [accountKey(site, handle)]: { ...account } } };
}

const ROLE_LABELS: Record<Role, string> = { 'civil-servant': 'civil servant', 'local-gov-officer': 'council officer' };

/** "Corporate account · civil servant · politically restricted · election period" */
export function profileLabel(profile: Profile): string {
  const parts = [profile.account === 'corporate' ? 'Corporate account' : 'Personal account', ROLE_LABELS[profile.role]];
  if (profile.restricted) parts.push('politically restricted');
  if (profile.electionPeriod) parts.push('election period');
  return parts.join(' · ');
}

export function accountLabel(profile: Profile): string {
  return profile.account === 'corporate' ? 'Corporate account' : 'Personal account';
}
