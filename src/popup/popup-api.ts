// What the popup needs from the browser, behind one interface so the component can be tested
// with a fake (popup-app.test.tsx) and the real thing stays a thin wrapper over the extension APIs.
import browser from 'webextension-polyfill';
import type { StatusReply } from '../shared/protocol';
import { SETTINGS_KEY, parseSettings, type Settings } from '../shared/settings';

export interface ActiveTab {
  id: number;
  url?: string;
}

export interface PopupApi {
  activeTab(): Promise<ActiveTab | undefined>;
  /** The content script's answer, or undefined when none runs on the tab. */
  tabStatus(tabId: number): Promise<StatusReply | undefined>;
  loadSettings(): Promise<Settings>;
  /** What storage.managed holds (the organisation's policy), {} when none. */
  loadPolicy(): Promise<unknown>;
  saveSettings(settings: Settings): Promise<void>;
  /** Is the extension allowed on this origin (optional host permission)? */
  hasOrigin(origin: string): Promise<boolean>;
  /** Asks the user for the origin (must run in the click's user gesture), then starts the content script on the tab. */
  enableOrigin(origin: string, tabId: number): Promise<boolean>;
  disableOrigin(origin: string): Promise<boolean>;
}

const originPattern = (origin: string) => `${origin}/*`;

export const browserPopupApi: PopupApi = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
  },
  async tabStatus(tabId) {
    try {
      const reply = (await browser.tabs.sendMessage(tabId, { type: 'status' })) as StatusReply | undefined;
      return reply?.type === 'status' ? reply : undefined;
    } catch {
      return undefined; // no content script on this tab
    }
  },
  async loadSettings() {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  },
  // Firefox throws when no policy is installed: no policy.
  loadPolicy: () => browser.storage.managed.get().catch(() => ({})),
  async saveSettings(settings) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  },
  hasOrigin: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
  async enableOrigin(origin, tabId) {
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return false;
    // The worker registers the script for future visits (permissions.onAdded); this tab gets it now.
    const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    if (files.length > 0) await browser.scripting.executeScript({ target: { tabId }, files });
    return true;
  },
  disableOrigin: (origin) => browser.permissions.remove({ origins: [originPattern(origin)] }),
};
