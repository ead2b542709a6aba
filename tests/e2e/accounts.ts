// Chooses who is posting, the way the popup does: settings in storage.local, written through the
// extension's own service worker with the schema of src/shared/settings.ts.
import type { Account } from '../../src/engine/types';
import { SETTINGS_KEY, defaultSettings, profileFor, type Settings, type SettingsInput } from '../../src/shared/settings';
import { currentWorker, type ExtensionSession } from './harness';

/** The one chrome.* call made here, typed locally (no @types/chrome in this project). */
interface ExtensionGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

export function settingsWithDefaultAccount(account: Account): Settings {
  const settings = defaultSettings();
  settings.defaults = { ...settings.defaults, account, role: 'civil-servant' };
  return settings;
}

/** Every account the user has not set up posts as `account` (a civil servant's), from the next check on. */
export async function postAs(session: ExtensionSession, account: Account): Promise<Settings> {
  const settings = settingsWithDefaultAccount(account);
  const worker = await currentWorker(session);
  await worker.evaluate(
    ([key, value]) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ [key]: value }),
    [SETTINGS_KEY, settings] as const,
  );
  return settings;
}

/** The profile the worker will assemble for these settings (for computing expected findings in the test). */
export function profileOf(settings: SettingsInput, site: string) {
  return profileFor(settings, site, undefined).profile;
}
