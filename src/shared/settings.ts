// Who is posting: a profile per account (site + handle), kept in storage.local under one key with
// a `version`, until the full settings arrive (options page, organisation policy: a later issue).
// Reading never throws: unknown or damaged values fall back to the default profile, and older
// versions are migrated forward, so nothing the user saved is lost on an upgrade.
import { defaultProfile } from '../engine/profile';
import { ACCOUNTS, ROLES, type Account, type Profile, type Role } from '../engine/types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

/** What the user chooses per account in the popup. */
export interface AccountSettings {
  account: Account;
  role: Role;
  restricted: boolean;
  employer?: string;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The profile for accounts the user has not set up. */
  defaults: AccountSettings;
  /** accountKey(site, handle) → that account's settings. */
  accounts: Record<string, AccountSettings>;
}

/** The engine's default (personal account, council officer, not restricted); no election period until settings say so. */
function defaultProfileFor(): Profile {
  return { ...defaultProfile(), electionPeriod: false };
}

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, defaults: toAccountSettings(defaultProfileFor()), accounts: {} };
}

/** The storage key of an account: handles are case-insensitive on every supported site. */
export function accountKey(site: string, handle: string): string {
  return `${site}:${handle.trim().toLowerCase()}`;
}

function toAccountSettings(profile: Profile): AccountSettings {
  const settings: AccountSettings = { account: profile.account, role: profile.role, restricted: profile.restricted };
  if (profile.employer) settings.employer = profile.employer;
  return settings;
}

function parseAccountSettings(raw: unknown, fallback: AccountSettings): AccountSettings {
  if (typeof raw !== 'object' || raw === null) return { ...fallback };
  const value = raw as Record<string, unknown>;
  const parsed: AccountSettings = {
    account: (ACCOUNTS as readonly unknown[]).includes(value.account) ? (value.account as Account) : fallback.account,
    role: (ROLES as readonly unknown[]).includes(value.role) ? (value.role as Role) : fallback.role,
    restricted: typeof value.restricted === 'boolean' ? value.restricted : fallback.restricted,
  };
  if (typeof value.employer === 'string' && value.employer.trim()) parsed.employer = value.employer.trim().slice(0, 200);
  return parsed;
}

/**
 * Reads whatever storage holds under SETTINGS_KEY. Version 0 (no `version` field: the shape of
 * early builds, a bare map of account key → settings) is migrated to version 1.
 */
export function parseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return settings;
  const value = raw as Record<string, unknown>;
  const accounts = value.version === undefined ? value : value.accounts;
  if (value.version !== undefined) settings.defaults = parseAccountSettings(value.defaults, settings.defaults);
  if (typeof accounts === 'object' && accounts !== null) {
    for (const [key, entry] of Object.entries(accounts)) {
      if (/^[a-z][a-z0-9-]*:.+$/.test(key)) settings.accounts[key] = parseAccountSettings(entry, settings.defaults);
    }
  }
  return settings;
}

export function profileFor(settings: Settings, site: string, handle: string | undefined): { profile: Profile; saved: boolean } {
  const saved = handle ? settings.accounts[accountKey(site, handle)] : undefined;
  const chosen = saved ?? settings.defaults;
  const profile: Profile = { ...defaultProfileFor(), account: chosen.account, role: chosen.role, restricted: chosen.restricted };
  if (chosen.employer) profile.employer = chosen.employer;
  return { profile, saved: saved !== undefined };
}

export function withAccount(settings: Settings, site: string, handle: string, account: AccountSettings): Settings {
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
