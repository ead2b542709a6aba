// What the user told us, kept in storage.local only: each "Post anyway" (time, site, handle, rule
// ids, never the text) and a count per rule of "This warning is wrong". A later settings page can
// show both; nothing ever leaves the machine.
import type { PostKind } from '../engine/types';

export const OVERRIDES_KEY = 'overrides';
export const WRONG_REPORTS_KEY = 'wrongReports';
/** Enough history to show patterns; older records are dropped first. */
export const MAX_OVERRIDES = 500;

export interface OverrideRecord {
  /** ISO 8601, UTC. */
  time: string;
  site: string;
  handle?: string;
  kind: PostKind;
  rules: string[];
}

export interface LogStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class FeedbackLog {
  readonly #storage: LogStorage;
  /** Writes are read-modify-write; chaining them stops two quick answers losing one another. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(storage: LogStorage) {
    this.#storage = storage;
  }

  recordOverride(record: OverrideRecord): Promise<void> {
    return this.#enqueue(async () => {
      const stored = (await this.#storage.get(OVERRIDES_KEY))[OVERRIDES_KEY];
      const list = Array.isArray(stored) ? stored : [];
      list.push(record);
      await this.#storage.set({ [OVERRIDES_KEY]: list.slice(-MAX_OVERRIDES) });
    });
  }

  reportWrong(rule: string): Promise<void> {
    return this.#enqueue(async () => {
      const stored = (await this.#storage.get(WRONG_REPORTS_KEY))[WRONG_REPORTS_KEY];
      const counts: Record<string, number> =
        typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...(stored as Record<string, number>) } : {};
      counts[rule] = (Number.isFinite(counts[rule]) ? (counts[rule] as number) : 0) + 1;
      await this.#storage.set({ [WRONG_REPORTS_KEY]: counts });
    });
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
