// The settings, loaded once per worker life and kept current by storage.onChanged, merged with the
// organisation's managed policy into the effective settings every check uses. The worker may be
// stopped at any moment and woken by the next message, so nothing here assumes it stays alive:
// the first request after a wake-up simply loads the settings and the policy again.
//
// Managed storage is slow just after the browser starts: Chromium answers storage.managed.get only
// once its policy service has loaded, which was 1–3 seconds after start-up here. A check does not
// wait for it longer than POLICY_WAIT_MS: it goes on under the copy of the last policy read (kept in
// storage.local), and when the live policy arrives and differs, the copy is replaced, which makes
// every content script check again (src/content/index.ts).
import { POLICY_COPY_KEY, SETTINGS_KEY, type Settings } from '../shared/settings';
import { QUARANTINE_KEY, SettingsStore, readSettings, type StorageAreaLike } from '../shared/settings-storage';
import { effectiveSettings, type EffectiveSettings } from './policy';

export type SettingsStorage = StorageAreaLike;

/** chrome.storage.managed: read-only, set by IT; get(null) returns every policy value. */
export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

export interface SettingsCacheOptions {
  sync?: StorageAreaLike;
  managed?: ManagedArea;
  /** Called with the notices the user should see (damaged settings set aside, skipped house rules); [] when all is well. */
  onNotices?: (notices: string[], effective: EffectiveSettings) => void;
  /** How long a check waits for managed storage before going on under the last copy (POLICY_WAIT_MS). */
  policyWaitMs?: number;
}

/** Long enough for managed storage in a running browser (under 2 ms here), short against the one-second promise. */
export const POLICY_WAIT_MS = 250;

type PolicyRead = { policy: Record<string, unknown>; live: boolean };

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export class SettingsCache {
  #settings: Settings | undefined;
  #loading: Promise<Settings> | undefined;
  #policy: Record<string, unknown> | undefined;
  #policyLoading: Promise<Record<string, unknown>> | undefined;
  #effective: EffectiveSettings | undefined;
  #effectiveLoading: Promise<EffectiveSettings> | undefined;
  /** #effective was computed under the policy copy while managed storage had not answered yet. */
  #provisional = false;
  /** Bumped by every change, so a computation that started before it is not kept. */
  #generation = 0;
  readonly #store: SettingsStore;
  readonly #managed: ManagedArea | undefined;
  readonly #onNotices: ((notices: string[], effective: EffectiveSettings) => void) | undefined;
  readonly #local: StorageAreaLike;
  readonly #policyWaitMs: number;

  constructor(local: StorageAreaLike, options: SettingsCacheOptions = {}) {
    this.#store = new SettingsStore({ local, ...(options.sync ? { sync: options.sync } : {}) });
    this.#local = local;
    this.#managed = options.managed;
    this.#onNotices = options.onNotices;
    this.#policyWaitMs = options.policyWaitMs ?? POLICY_WAIT_MS;
  }

  get store(): SettingsStore {
    return this.#store;
  }

  /** The user's own settings (without the policy). */
  current(): Promise<Settings> {
    if (this.#settings) return Promise.resolve(this.#settings);
    this.#loading ??= this.#store
      .load()
      .then(({ settings }) => settings)
      .catch(() => readSettings(undefined).settings)
      .then((settings) => {
        // A change that arrived while loading wins over what was read.
        this.#settings ??= settings;
        this.#loading = undefined;
        return this.#settings;
      });
    return this.#loading;
  }

  /** The live policy, or the last copy when managed storage has not answered within the wait. */
  #currentPolicy(): Promise<PolicyRead> {
    if (this.#policy) return Promise.resolve({ policy: this.#policy, live: true });
    if (!this.#managed) return Promise.resolve({ policy: (this.#policy = {}), live: true });
    const live = this.#readPolicy().then((policy) => ({ policy, live: true }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const copy = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.#policyWaitMs);
    }).then(() => this.#policyCopy().then((policy) => ({ policy, live: false })));
    return Promise.race([live, copy]).finally(() => clearTimeout(timer));
  }

  /** One read of managed storage at a time; its answer is kept, and the copy updated when it differs. */
  #readPolicy(): Promise<Record<string, unknown>> {
    const managed = this.#managed!;
    // Firefox throws when no policy is installed; an unreadable policy is no policy.
    const generation = this.#generation;
    this.#policyLoading ??= managed
      .get(null)
      .catch(() => ({}))
      .then((read) => {
        const policy = read ?? {};
        // A policy change while reading makes this read stale: the next call reads again.
        if (generation !== this.#generation) return policy;
        this.#policy ??= policy;
        this.#policyLoading = undefined;
        if (this.#provisional) this.#invalidate();
        void this.#keepCopy(this.#policy);
        return this.#policy;
      });
    return this.#policyLoading;
  }

  async #policyCopy(): Promise<Record<string, unknown>> {
    try {
      const copy = (await this.#local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
      return copy !== null && typeof copy === 'object' && !Array.isArray(copy) ? (copy as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  /** Written only when it changed: the write makes every open composer check again. */
  async #keepCopy(policy: Record<string, unknown>): Promise<void> {
    try {
      if (!sameValue(await this.#policyCopy(), policy)) await this.#local.set({ [POLICY_COPY_KEY]: policy });
    } catch {
      // Storage full or gone: the next worker start reads managed storage again anyway.
    }
  }

  /**
   * User settings ⊕ managed policy, with compiled house rules; recomputed only after a change, and
   * computed once however many checks arrive while it is (a wake-up brings several at once).
   */
  effective(): Promise<EffectiveSettings> {
    if (this.#effective) return Promise.resolve(this.#effective);
    if (this.#effectiveLoading) return this.#effectiveLoading;
    const loading = this.#computeEffective().finally(() => {
      if (this.#effectiveLoading === loading) this.#effectiveLoading = undefined;
    });
    this.#effectiveLoading = loading;
    return loading;
  }

  async #computeEffective(): Promise<EffectiveSettings> {
    const generation = this.#generation;
    const [settings, { policy, live }] = await Promise.all([this.current(), this.#currentPolicy()]);
    const effective = effectiveSettings(settings, policy);
    if (generation === this.#generation) {
      if (live) this.#effective = effective;
      else if (this.#policy === undefined) {
        this.#effective = effective;
        this.#provisional = true;
      }
      // Otherwise the live policy arrived while this was computed: the next check uses it.
    }
    // Damaged values stay set aside (and noticed) until the user exports or discards them.
    const quarantined = await this.#store.quarantined().catch(() => []);
    const notices = [
      ...quarantined.map((entry) => `Some settings could not be read and were set aside (see the options page): ${entry.reasons.join('; ')}`),
      ...effective.problems,
    ];
    // Every recomputation reports, so a notice goes away once the problem is fixed.
    this.#onNotices?.(notices, effective);
    return effective;
  }

  #invalidate(): void {
    this.#generation++;
    this.#effective = undefined;
    this.#effectiveLoading = undefined;
    this.#provisional = false;
  }

  /** storage.onChanged: the local settings, the synced copy from another machine, or the policy. */
  onStorageChanged(changes: Record<string, { newValue?: unknown }>, area: string = 'local'): void {
    if (area === 'managed') {
      // The next check reads the whole policy again (one small read), rather than patching it.
      this.#policy = undefined;
      this.#policyLoading = undefined;
      this.#invalidate();
      return;
    }
    if (area === 'local' && QUARANTINE_KEY in changes) {
      this.#invalidate();
      void this.effective().catch(() => undefined); // refresh the notice now, not at the next check
    }
    const change = changes[SETTINGS_KEY];
    if (!change) return;
    if (area === 'sync') {
      // Adopted into local, which fires the local change that updates this cache.
      this.#store.adoptFromSync(change.newValue).catch(() => undefined);
      return;
    }
    const { settings, problems } = readSettings(change.newValue);
    if (problems.length > 0) this.#store.quarantine(change.newValue, 'local', problems).catch(() => undefined);
    else this.#store.mirrorToSync(change.newValue).catch(() => undefined);
    this.#settings = settings;
    this.#invalidate();
  }
}
