// What the options page needs from the browser, behind one interface so the components can be
// tested with a fake (options-app.test.tsx) and the real thing stays a thin wrapper.
import browser from 'webextension-polyfill';
import { AuditTrail, type AuditEntry } from '../background/audit-trail';
import { WRONG_REPORTS_KEY } from '../background/feedback-log';
import type { AuditTrailSettings, Settings } from '../shared/settings';
import { SettingsStore, type QuarantinedSettings } from '../shared/settings-storage';

export interface OptionsData {
  settings: Settings;
  /** Notices from loading: damaged values set aside, an upgrade. */
  notices: string[];
  quarantine: QuarantinedSettings[];
  /** What storage.managed holds (the organisation's policy), {} when none. */
  policy: Record<string, unknown>;
}

export interface OptionsApi {
  load(): Promise<OptionsData>;
  save(settings: Settings): Promise<{ synced: boolean }>;
  clearQuarantine(): Promise<void>;
  auditEntries(limits: Pick<AuditTrailSettings, 'retentionDays' | 'maxEntries'>): Promise<AuditEntry[]>;
  clearAuditTrail(): Promise<void>;
  /** Rule id → times "This warning is wrong" was pressed. */
  wrongReports(): Promise<Record<string, number>>;
  /** https origins the user enabled (optional host permissions), e.g. "https://social.example". */
  enabledOrigins(): Promise<string[]>;
  removeOrigin(origin: string): Promise<boolean>;
  /** Offers a file for download. */
  download(filename: string, text: string, type: string): void;
}

const store = new SettingsStore({ local: browser.storage.local, sync: browser.storage.sync });
const audit = new AuditTrail(browser.storage.local);

export const browserOptionsApi: OptionsApi = {
  async load() {
    const [{ settings, notices }, quarantine, policy] = await Promise.all([
      store.load(),
      store.quarantined(),
      // Firefox throws when no policy is installed: no policy.
      browser.storage.managed.get().catch(() => ({})),
    ]);
    return { settings, notices, quarantine, policy: policy ?? {} };
  },
  save: (settings) => store.save(settings),
  clearQuarantine: () => store.clearQuarantine(),
  auditEntries: (limits) => audit.entries(limits),
  clearAuditTrail: () => audit.clear(),
  async wrongReports() {
    const stored = (await browser.storage.local.get(WRONG_REPORTS_KEY))[WRONG_REPORTS_KEY];
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, number>) : {};
  },
  async enabledOrigins() {
    const manifestMatches = new Set(browser.runtime.getManifest().content_scripts?.[0]?.matches ?? []);
    const { origins = [] } = await browser.permissions.getAll();
    return origins
      .filter((pattern) => /^https:\/\/[^/*]+\/\*$/.test(pattern) && !manifestMatches.has(pattern))
      .map((pattern) => pattern.slice(0, -2))
      .sort();
  },
  removeOrigin: (origin) => browser.permissions.remove({ origins: [`${origin}/*`] }),
  download(filename, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
