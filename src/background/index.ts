// The service worker: answers the content scripts' checks with the engine, records the user's
// answers, and keeps user-enabled sites registered. Every listener is registered synchronously at
// the top level so that a message wakes the worker straight into them (MV3 may stop the worker
// whenever it is idle; there are no keep-alive pings by design).
import browser, { type Runtime } from 'webextension-polyfill';
import { AuditTrail } from './audit-trail';
import { FeedbackLog } from './feedback-log';
import { handleMessage, shippedModelWarmer } from './message-handler';
import { SettingsCache } from './settings-cache';
import type { EffectiveSettings } from './policy';
import { toolbarState } from './toolbar-state';
import { staticContentScript, syncUserSiteScripts, USER_SITES_SCRIPT_ID } from './user-sites';

const settings = new SettingsCache(browser.storage.local, {
  sync: browser.storage.sync,
  managed: browser.storage.managed,
  onNotices: showSettingsNotices,
});
const feedback = new FeedbackLog(browser.storage.local);
const audit = new AuditTrail(browser.storage.local);
const lastChecked = new Map<string, { revision: number; text: string }>();
// One per worker life: a restarted worker answers its first check before decoding the model.
const model = shippedModelWarmer();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender, { extensionId: browser.runtime.id, settings, feedback, audit, lastChecked, model }),
);

browser.storage.onChanged.addListener((changes, area) => {
  settings.onStorageChanged(changes, area);
});

function showSettingsNotices(notices: string[], effective?: EffectiveSettings): void {
  const { text, title } = toolbarState(notices, effective?.settings.electionPeriods ?? [], new Date());
  browser.action.setBadgeText({ text }).catch(() => undefined);
  browser.action.setTitle({ title }).catch(() => undefined);
}

function syncUserSites(): void {
  syncUserSiteScripts({
    getManifest: () => browser.runtime.getManifest(),
    getAllPermissions: () => browser.permissions.getAll(),
    getRegistered: () => browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] }),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  }).catch((error: unknown) => console.warn('Sense Check: could not register the content script on enabled sites', error));
}

/**
 * A site just enabled from the popup: start the content script in its open tabs now (the popup
 * may have closed while the permission prompt was up). A second injection finds the first one
 * running and stops (src/content/index.ts).
 */
async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  const files = staticContentScript(browser.runtime.getManifest()).js;
  if (files.length === 0) return;
  for (const tab of await browser.tabs.query({ url: origins })) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => undefined);
  }
}

browser.runtime.onInstalled.addListener(syncUserSites);
browser.runtime.onStartup.addListener(syncUserSites);
browser.permissions.onAdded.addListener((added) => {
  syncUserSites();
  const origins = (added.origins ?? []).filter((origin) => origin.startsWith('https://'));
  if (origins.length > 0) injectIntoOpenTabs(origins).catch(() => undefined);
});
browser.permissions.onRemoved.addListener(syncUserSites);
