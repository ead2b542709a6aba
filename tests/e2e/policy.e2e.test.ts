// An organisation's policy, set the way IT sets it on Linux (a JSON file in Chromium's managed
// policy folder, docs/deploying.md), reaches the production build through chrome.storage.managed,
// and the options page shows what it locks: the rule is on, its switch is disabled and says "Set by
// your organisation", even though the user's own settings switched it off.
//
// Chromium reads policy files once, at start, so the file is written before the browser launches
// and removed when this file ends (vitest runs e2e files one after another, so no other browser
// test sees it). Writing to /etc needs root, as CI runs; elsewhere the test is skipped, saying why.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../../src/shared/settings';
import { currentWorker, focusEditor, launchExtension, openSite, REPO_ROOT, requestsThatLeft, typeText, waitForFindings, type ExtensionSession } from './harness';

/** The id every build gets from the manifest's "key" (docs/deploying.md). */
const EXTENSION_ID = 'ijhmblkcbnonjkdkjmbjagepanbafegm';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'sense-check-test.json');

/** What the organisation sets: the shape of public/managed-schema.json. */
const POLICY = {
  accounts: {
    'x:@harrowfieldbc': { account: 'corporate', role: 'local-gov-officer', restricted: false, employer: 'Harrowfield Borough Council' },
    // The X fixture's own account, so a draft typed there is the organisation's.
    'x:@jdoe': { account: 'corporate', role: 'civil-servant', restricted: false },
  },
  lockedRules: ['partisan-content'],
  minimumSeverity: { 'opponent-attack': 'warning' },
  signOffRequired: true,
};

/** Why this machine cannot install a managed policy, or null when it can. */
function cannotWritePolicy(): string | null {
  if (process.getuid?.() !== 0) return `not root (uid ${process.getuid?.() ?? 'unknown'}): Chromium's managed policy folder ${POLICY_DIR} needs root`;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    return null;
  } catch (error) {
    return `cannot create ${POLICY_DIR}: ${(error as Error).message}`;
  }
}
const skipReason = cannotWritePolicy();
if (skipReason) console.warn(`policy.e2e.test.ts skipped: ${skipReason}`);

/** The chrome.* calls made from the worker here, typed locally (no @types/chrome in this project). */
interface ChromeInWorker {
  chrome: {
    storage: {
      managed: { get(): Promise<Record<string, unknown>> };
      local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    };
  };
}

describe.skipIf(skipReason !== null)('a managed Chromium policy', () => {
  let browser: ExtensionSession;

  beforeAll(async () => {
    // A file left by a run that crashed is replaced, not merged with.
    rmSync(POLICY_FILE, { force: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: POLICY } } }, null, 2));
    browser = await launchExtension('dist');
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      rmSync(POLICY_FILE, { force: true });
    }
  });

  test('both builds carry the key that gives the documented id, and the browser agrees', () => {
    const key = (dist: string) => (JSON.parse(readFileSync(join(REPO_ROOT, dist, 'manifest.json'), 'utf8')) as { key?: string }).key;
    expect(key('dist')).toBeTruthy();
    expect(key('dist-test')).toBe(key('dist'));
    expect(browser.extensionId).toBe(EXTENSION_ID);
  });

  test('the worker reads the policy from chrome.storage.managed', async () => {
    const worker = await currentWorker(browser);
    const managed = await worker.evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.storage.managed.get());
    expect(managed).toEqual(POLICY);
  });

  test('the options page shows the locked rule on and disabled, whatever the user saved', async () => {
    // The user had switched the rule off, and tried to lower the other below the minimum.
    const userSettings: Settings = {
      ...defaultSettings(),
      ruleOverrides: { 'partisan-content': { enabled: false }, 'opponent-attack': { severity: 'info' } },
    };
    const worker = await currentWorker(browser);
    await worker.evaluate(
      ([key, value]) => (globalThis as unknown as ChromeInWorker).chrome.storage.local.set({ [key]: value }),
      [SETTINGS_KEY, userSettings] as const,
    );

    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The fixture router aborts everything that is not a fixture file; the extension's own pages are served by the browser.
    await page.route(/^chrome-extension:/, (route) => route.continue());
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'manifest.json'), 'utf8')) as { options_ui: { page: string } };
    await page.goto(`chrome-extension://${EXTENSION_ID}/${manifest.options_ui.page}`);
    await page.getByRole('heading', { name: 'Sense Check settings' }).waitFor();

    await expect(page.getByText('Some settings are managed by your organisation').isVisible()).resolves.toBe(true);

    const partisan = page.locator('tr[data-rule="partisan-content"]');
    const partisanOn = partisan.getByRole('checkbox', { name: 'partisan-content on' });
    await expect(partisanOn.isDisabled()).resolves.toBe(true);
    await expect(partisanOn.isChecked()).resolves.toBe(true);
    await expect(partisan.locator('.locked').textContent()).resolves.toContain('Set by your organisation: always on');

    // A rule the policy does not lock stays the user's to change.
    await expect(page.getByRole('checkbox', { name: 'shouting on' }).isDisabled()).resolves.toBe(false);

    // The minimum level: the lower option is unavailable and the user's "info" is raised to it.
    const opponent = page.locator('tr[data-rule="opponent-attack"]');
    await expect(opponent.locator('.locked').textContent()).resolves.toContain('at least warning');
    const level = opponent.getByRole('combobox', { name: 'opponent-attack level' });
    await expect(level.inputValue()).resolves.toBe('warning');
    // (Preact sets an option's value as a property, not an attribute, so the options are read from the element.)
    const unavailable = await level.evaluate((select: HTMLSelectElement) => [...select.options].filter((option) => option.disabled).map((option) => option.value));
    expect(unavailable).toEqual(['info']);

    // The organisation's account is listed, disabled, and cannot be removed; sign-off is locked on.
    const account = page.getByRole('combobox', { name: 'x:@harrowfieldbc: account' });
    await expect(account.inputValue()).resolves.toBe('corporate');
    await expect(account.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Remove x:@harrowfieldbc' }).count()).resolves.toBe(0);
    const signOff = page.getByRole('checkbox', { name: 'Corporate posts sent with a warning need a sign-off name' });
    await expect(signOff.isChecked()).resolves.toBe(true);
    await expect(signOff.isDisabled()).resolves.toBe(true);

    expect(errors).toEqual([]);
    await page.close();
  });

  test('a draft typed as the browser starts is checked under the policy once managed storage answers', async () => {
    // Managed storage answers only seconds after the browser starts. Checks go on meanwhile under the
    // worker's copy of the last policy (none yet in a fresh profile, so the user's own settings:
    // personal, where this draft is quiet); the live policy makes @jdoe corporate, the worker keeps
    // it as its copy, and that change makes the content script check the open draft again.
    const early = await launchExtension('dist-test');
    try {
      const page = await openSite(early.context, 'x');
      await focusEditor(page, 'x');
      // An unsourced figure: a warning from an official account, nothing from a personal one. (Not a
      // verdict such as "the plan is reckless": the learned patterns read it on a personal account
      // as criticism of the employer, and the draft would not be quiet before the policy came.)
      await typeText(page, 'Recycling rose by 20% this year.');
      const badge = await waitForFindings(page);
      expect(badge.severity).not.toBe('info');
      const worker = await currentWorker(early);
      const copy = await worker.evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.storage.local.get('policyCopy'));
      expect(copy).toEqual({ policyCopy: POLICY });
      expect(requestsThatLeft(early)).toEqual([]);
    } finally {
      await early.close();
    }
  });

  test('no request left the browser', () => {
    expect(requestsThatLeft(browser)).toEqual([]);
  });
});
