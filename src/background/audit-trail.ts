// The audit trail: when the organisation (or the user) turns it on, each post sent after a warning
// ("Post anyway") is recorded in storage.local: when, where, from which account, which rules were
// raised, who signed it off, and the text only when includeText is on. It never leaves the machine;
// the options page exports it as CSV for the person who asks (an information governance review).
// Kept to the last `maxEntries` records and `retentionDays` days, whichever is fewer.
import type { Account, PostKind } from '../engine/types';
import type { AuditTrailSettings } from '../shared/settings';

export const AUDIT_TRAIL_KEY = 'auditTrail';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AuditEntry {
  /** ISO 8601, UTC. */
  time: string;
  site: string;
  handle?: string;
  account: Account;
  kind: PostKind;
  rules: string[];
  signedOffBy?: string;
  /** Only when the trail's includeText is on. */
  text?: string;
}

export interface AuditStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Limits = Pick<AuditTrailSettings, 'retentionDays' | 'maxEntries'>;

/** Entries inside the retention window, newest last, at most maxEntries. */
export function applyRetention(entries: readonly AuditEntry[], limits: Limits, now: Date): AuditEntry[] {
  const oldest = now.getTime() - limits.retentionDays * DAY_MS;
  return entries.filter((entry) => Date.parse(entry.time) >= oldest).slice(-limits.maxEntries);
}

function isEntry(value: unknown): value is AuditEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.time === 'string' && typeof entry.site === 'string' && Array.isArray(entry.rules);
}

export class AuditTrail {
  readonly #storage: AuditStorage;
  /** Writes are read-modify-write; chaining them stops two quick posts losing one another. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(storage: AuditStorage) {
    this.#storage = storage;
  }

  async entries(limits: Limits, now: Date = new Date()): Promise<AuditEntry[]> {
    const stored = (await this.#storage.get(AUDIT_TRAIL_KEY))[AUDIT_TRAIL_KEY];
    return applyRetention(Array.isArray(stored) ? stored.filter(isEntry) : [], limits, now);
  }

  /** Records a post when the trail is on; the text is kept only when includeText is on. */
  record(entry: AuditEntry, settings: AuditTrailSettings, now: Date = new Date()): Promise<void> {
    if (!settings.enabled) return Promise.resolve();
    const kept: AuditEntry = { ...entry };
    if (!settings.includeText) delete kept.text;
    return this.#enqueue(async () => {
      const list = await this.entries(settings, now);
      list.push(kept);
      await this.#storage.set({ [AUDIT_TRAIL_KEY]: applyRetention(list, settings, now) });
    });
  }

  clear(): Promise<void> {
    return this.#enqueue(() => this.#storage.set({ [AUDIT_TRAIL_KEY]: [] }));
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

const CSV_COLUMNS = ['time', 'site', 'handle', 'account', 'kind', 'rules', 'signedOffBy', 'text'] as const;

/**
 * RFC 4180 CSV. A cell that starts with =, +, - or @ is prefixed with a quote mark: a spreadsheet
 * would otherwise run it as a formula (CSV injection), and post text is written by anyone.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditTrailCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) => {
      const value = column === 'rules' ? entry.rules.join(' ') : entry[column];
      return csvCell(value === undefined ? '' : String(value));
    }).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
