// Loading and saving the settings. storage.local holds the working copy that every part of the
// extension reads (the popup, the worker, the content script's change listener); storage.sync holds
// a mirror so the settings follow the user to their other browsers, but only while they fit
// Chrome's per-item quota (8 KB: a long list of house rules does not), otherwise they stay local.
//
// Nothing is ever silently dropped: a stored value that cannot be read in full is copied, raw and
// untouched, under QUARANTINE_KEY with the reasons, before the readable part is saved back. The
// options page shows the notice and offers the quarantined value for export.
import { describeProblem, validateHouseRules } from '../house-rules/validate';
import { SETTINGS_KEY, SETTINGS_VERSION, readSettings as readWith, type HouseRulesReader, type SettingsReading, type Settings } from './settings';

/** Full validation of stored house rules: a rule RE2 or the schema rejects is a damaged value. */
const validatedHouseRules: HouseRulesReader = (raw) => {
  const { valid, problems } = validateHouseRules(raw);
  return { valid, problems: problems.map((problem) => `houseRules: ${describeProblem(problem)}`) };
};

/** settings.readSettings with house rules fully validated (the worker's and the options page's reading). */
export function readSettings(raw: unknown): SettingsReading {
  return readWith(raw, validatedHouseRules);
}

export const QUARANTINE_KEY = 'quarantine';
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM; counted over key + JSON value, as Chrome does. */
export const SYNC_ITEM_QUOTA_BYTES = 8192;
/** Keep the last few damaged values, not an ever-growing pile. */
export const MAX_QUARANTINED = 10;

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(key: string): Promise<void>;
}

export interface QuarantinedSettings {
  /** ISO 8601, UTC. */
  at: string;
  /** Where the value came from: 'local', 'sync', 'import'. */
  from: string;
  reasons: string[];
  /** Exactly what was stored. */
  raw: unknown;
}

export interface LoadedSettings {
  settings: Settings;
  /** Notices for the user: damaged values kept aside (with the reasons). */
  notices: string[];
  /** The version the stored settings were migrated from, when they were older than this build's. */
  upgradedFrom?: number;
}

export interface SettingsStoreOptions {
  local: StorageAreaLike;
  sync?: StorageAreaLike;
  now?: () => Date;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Does this value fit in one storage.sync item? */
export function fitsSyncQuota(key: string, value: unknown): boolean {
  return byteLength(key) + byteLength(JSON.stringify(value)) <= SYNC_ITEM_QUOTA_BYTES;
}

export class SettingsStore {
  readonly #local: StorageAreaLike;
  readonly #sync: StorageAreaLike | undefined;
  readonly #now: () => Date;

  constructor(options: SettingsStoreOptions) {
    this.#local = options.local;
    this.#sync = options.sync;
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * The settings. A fresh install on a second machine starts from the synced copy. Damaged parts
   * are quarantined and the readable rest is written back (once), so the notice is given once and
   * the raw value stays available for export.
   */
  async load(): Promise<LoadedSettings> {
    let raw = (await this.#local.get(SETTINGS_KEY))[SETTINGS_KEY];
    let from = 'local';
    if (raw === undefined && this.#sync) {
      raw = (await this.#sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>))[SETTINGS_KEY];
      from = 'sync';
    }
    const { settings, problems, fromVersion } = readSettings(raw);
    const notices: string[] = [];
    if (problems.length > 0) {
      await this.quarantine(raw, from, problems);
      notices.push(`Some settings could not be read and were set aside (export them from the options page): ${problems.join('; ')}`);
    }
    const upgraded = fromVersion !== undefined && fromVersion < SETTINGS_VERSION;
    if (problems.length > 0 || upgraded || (raw !== undefined && from === 'sync')) await this.#local.set({ [SETTINGS_KEY]: settings });
    return { settings, notices, ...(upgraded ? { upgradedFrom: fromVersion } : {}) };
  }

  /** Saves to local, and mirrors to sync when it fits. Returns whether the settings are synced. */
  async save(settings: Settings): Promise<{ synced: boolean }> {
    await this.#local.set({ [SETTINGS_KEY]: settings });
    return this.mirrorToSync(settings);
  }

  /**
   * Copies local settings to sync (storage.onChanged, local area). Too big for the quota: the
   * synced copy is removed, so another machine never adopts an older, smaller version.
   */
  async mirrorToSync(settings: unknown): Promise<{ synced: boolean }> {
    if (!this.#sync) return { synced: false };
    try {
      const current = (await this.#sync.get(SETTINGS_KEY))[SETTINGS_KEY];
      if (!fitsSyncQuota(SETTINGS_KEY, settings)) {
        if (current !== undefined) await this.#sync.remove?.(SETTINGS_KEY);
        return { synced: false };
      }
      if (JSON.stringify(current) !== JSON.stringify(settings)) await this.#sync.set({ [SETTINGS_KEY]: settings });
      return { synced: true };
    } catch {
      // Sync off, quota for writes per hour reached, signed out: the local copy is what counts.
      return { synced: false };
    }
  }

  /**
   * Settings changed in sync (another machine): adopt them locally when they differ. Our own mirror
   * writes the same value, so this never loops. A damaged synced value is quarantined, not adopted.
   */
  async adoptFromSync(raw: unknown): Promise<boolean> {
    if (raw === undefined) return false;
    const local = (await this.#local.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (JSON.stringify(local) === JSON.stringify(raw)) return false;
    const { settings, problems } = readSettings(raw);
    if (problems.length > 0) {
      await this.quarantine(raw, 'sync', problems);
      return false;
    }
    await this.#local.set({ [SETTINGS_KEY]: settings });
    return true;
  }

  async quarantine(raw: unknown, from: string, reasons: string[]): Promise<void> {
    const stored = (await this.#local.get(QUARANTINE_KEY))[QUARANTINE_KEY];
    const list = Array.isArray(stored) ? (stored as QuarantinedSettings[]) : [];
    // The same damaged value read twice (two wake-ups racing) is kept once.
    if (list.some((entry) => JSON.stringify(entry.raw) === JSON.stringify(raw))) return;
    list.push({ at: this.#now().toISOString(), from, reasons, raw: raw === undefined ? null : raw });
    await this.#local.set({ [QUARANTINE_KEY]: list.slice(-MAX_QUARANTINED) });
  }

  async quarantined(): Promise<QuarantinedSettings[]> {
    const stored = (await this.#local.get(QUARANTINE_KEY))[QUARANTINE_KEY];
    return Array.isArray(stored) ? (stored as QuarantinedSettings[]) : [];
  }

  async clearQuarantine(): Promise<void> {
    await this.#local.set({ [QUARANTINE_KEY]: [] });
  }
}

export const SETTINGS_FILE_FORMAT = 'sense-check-settings';

/** Everything, for a backup or to move to a browser without sync; quarantined values included. */
export function exportSettings(settings: Settings, quarantined: readonly QuarantinedSettings[] = []): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings, ...(quarantined.length > 0 ? { quarantine: quarantined } : {}) }, null, 2)}\n`;
}

export interface SettingsImport {
  /** Undefined when the file could not be used at all. */
  settings?: Settings;
  /** What was wrong; the options page shows these and saves nothing when `settings` is undefined. */
  problems: string[];
}

/**
 * Reads an exported settings file (or a bare settings object). Parts that cannot be read are
 * reported; the caller decides whether to save the rest.
 */
export function importSettings(text: string): SettingsImport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problems: [`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { problems: ['The file does not hold settings (expected a JSON object).'] };
  const record = parsed as Record<string, unknown>;
  const raw = record.format === SETTINGS_FILE_FORMAT ? record.settings : parsed;
  if (typeof raw !== 'object' || raw === null) return { problems: ['The file has no "settings" object.'] };
  const { settings, problems } = readSettings(raw);
  return { settings, problems };
}
