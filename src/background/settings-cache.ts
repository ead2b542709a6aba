// The settings, loaded once per worker life and kept current by storage.onChanged. The worker may
// be stopped at any moment and woken by the next message, so nothing here assumes it stays alive:
// the first request after a wake-up simply loads the settings again.
import { SETTINGS_KEY, parseSettings, type Settings } from '../shared/settings';

export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

export class SettingsCache {
  #settings: Settings | undefined;
  #loading: Promise<Settings> | undefined;
  readonly #storage: SettingsStorage;

  constructor(storage: SettingsStorage) {
    this.#storage = storage;
  }

  current(): Promise<Settings> {
    if (this.#settings) return Promise.resolve(this.#settings);
    this.#loading ??= this.#storage
      .get(SETTINGS_KEY)
      .then((stored) => parseSettings(stored[SETTINGS_KEY]))
      .catch(() => parseSettings(undefined))
      .then((settings) => {
        // A change that arrived while loading wins over what was read.
        this.#settings ??= settings;
        this.#loading = undefined;
        return this.#settings;
      });
    return this.#loading;
  }

  /** storage.onChanged, local area. */
  onStorageChanged(changes: Record<string, { newValue?: unknown }>): void {
    const change = changes[SETTINGS_KEY];
    if (change) this.#settings = parseSettings(change.newValue);
  }
}
