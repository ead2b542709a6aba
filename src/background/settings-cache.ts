// The settings, loaded once per worker life and kept current by storage.onChanged, merged with the
// organisation's managed policy into the effective settings every check uses. The worker may be
// stopped at any moment and woken by the next message, so nothing here assumes it stays alive:
// the first request after a wake-up simply loads the settings and the policy again.
import { SETTINGS_KEY, type Settings } from '../shared/settings';
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
}

export class SettingsCache {
  #settings: Settings | undefined;
  #loading: Promise<Settings> | undefined;
  #policy: Record<string, unknown> | undefined;
  #policyLoading: Promise<Record<string, unknown>> | undefined;
  #effective: EffectiveSettings | undefined;
  #effectiveLoading: Promise<EffectiveSettings> | undefined;
  /** Bumped by every change, so a computation that started before it is not kept. */
  #generation = 0;
  readonly #store: SettingsStore;
  readonly #managed: ManagedArea | undefined;
  readonly #onNotices: ((notices: string[], effective: EffectiveSettings) => void) | undefined;

  constructor(local: StorageAreaLike, options: SettingsCacheOptions = {}) {
    this.#store = new SettingsStore({ local, ...(options.sync ? { sync: options.sync } : {}) });
    this.#managed = options.managed;
    this.#onNotices = options.onNotices;
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

  #currentPolicy(): Promise<Record<string, unknown>> {
    if (this.#policy) return Promise.resolve(this.#policy);
    if (!this.#managed) return Promise.resolve((this.#policy = {}));
    // Firefox throws when no policy is installed; an unreadable policy is no policy.
    const generation = this.#generation;
    this.#policyLoading ??= this.#managed
      .get(null)
      .catch(() => ({}))
      .then((policy) => {
        // A policy change while reading makes this read stale: the next call reads again.
        if (generation !== this.#generation) return policy ?? {};
        this.#policy ??= policy ?? {};
        this.#policyLoading = undefined;
        return this.#policy;
      });
    return this.#policyLoading;
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
    const [settings, policy] = await Promise.all([this.current(), this.#currentPolicy()]);
    const effective = effectiveSettings(settings, policy);
    if (generation === this.#generation) this.#effective = effective;
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
