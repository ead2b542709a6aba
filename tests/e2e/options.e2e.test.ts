// The options page in the built extension (test build): it loads under the extension's CSP, and a
// house rule added there reaches a compose box that is already open: the draft is checked again
// when the settings change, without a keystroke, and the new rule's finding shows. An account set
// to corporate there, then back to personal, changes what the same X draft raises. Nothing leaves
// the browser meanwhile.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { SETTINGS_KEY, type AccountSettings } from '../../src/shared/settings';
import { CLEAN } from './drafts';
import {
  badgeState,
  currentWorker,
  focusEditor,
  extensionForFile,
  openPanel,
  openSite,
  overlay,
  requestsThatLeft,
  selectAllAndDelete,
  typeText,
  waitForFindings,
  waitForModelText,
  type ExtensionSession,
} from './harness';

const browser = extensionForFile('dist-test');

const DRAFT = `${CLEAN} Refuse sacks from Bluebell Waste.`;

test('a house rule added in the options page raises on an open X draft', async () => {
  const x = await openSite(browser.context, 'x');
  await focusEditor(x, 'x');
  await typeText(x, DRAFT);
  // The clean draft is checked and nothing is raised (give the check time to come back).
  await x.waitForTimeout(1_000);
  expect((await badgeState(x))?.count ?? 0).toBe(0);

  const options = await browser.context.newPage();
  const errors: string[] = [];
  options.on('pageerror', (error) => errors.push(error.message));
  options.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // The fixture router aborts everything that is not a fixture file; the extension's own pages are served by the browser.
  await options.route(/^chrome-extension:/, (route) => route.continue());
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.getByRole('heading', { name: 'Sense Check settings' }).waitFor();

  const form = options.locator('[data-part="house-rule-form"]');
  await form.locator('input[data-field="id"]').fill('no-named-suppliers');
  await form.locator('input[data-field="message"]').fill('Naming a supplier (%s) can read as an endorsement.');
  await form.locator('select[data-field="category"]').selectOption('endorsement');
  await form.locator('select[data-field="severity"]').selectOption('warning');
  await form.locator('textarea[data-field="phrases"]').fill('Bluebell Waste');
  // The live test box shows what the rule would flag before it is saved.
  await form.locator('[data-part="rule-test-input"]').fill(DRAFT);
  await expect(form.locator('[data-part="rule-test-result"] li').textContent()).resolves.toContain('Bluebell Waste');

  await form.locator('[data-action="save-rule"]').click();
  const savedAt = Date.now();
  await options.locator('[data-house-rule="no-named-suppliers"]').waitFor();

  const badge = await waitForFindings(x, 10_000);
  const latency = Date.now() - savedAt;
  console.info(`house rule from options to badge: ${latency} ms`);
  expect(badge.count).toBe(1);
  await openPanel(x);
  const finding = overlay(x).findings.first();
  await expect(finding.getAttribute('data-rule')).resolves.toBe('no-named-suppliers');
  await expect(finding.getAttribute('data-category')).resolves.toBe('endorsement');
  await expect(finding.textContent()).resolves.toContain('Naming a supplier (Bluebell Waste) can read as an endorsement.');
  expect(errors).toEqual([]);
  await options.close();
  await x.close();
});

test('an invalid house rule is refused in the options page with the field and reason, and is not saved', async () => {
  const options = await browser.context.newPage();
  await options.route(/^chrome-extension:/, (route) => route.continue());
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const form = options.locator('[data-part="house-rule-form"]');
  await form.locator('select[data-field="kind"]').selectOption('pattern');
  await form.locator('input[data-field="id"]').fill('slow-pattern');
  await form.locator('input[data-field="message"]').fill('No.');
  await form.locator('input[data-field="pattern"]').fill('(a+)+\\1');
  await form.locator('[data-action="save-rule"]').click();
  await expect(options.locator('[data-error-for="pattern"]').textContent()).resolves.toMatch(/RE2 cannot parse it/);
  await expect(options.locator('[data-house-rule="slow-pattern"]').count()).resolves.toBe(0);
  const stored = await options.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { houseRules?: { id: string }[] }>> } } } }).chrome.storage.local.get('settings')).settings);
  expect((stored?.houseRules ?? []).map((rule) => rule.id)).not.toContain('slow-pattern');
  await options.close();
});

/**
 * Personal life posted from an official account: serious on a corporate account, nothing at warning
 * or above on a personal one, at any hour and for either role (checked with the engine itself).
 * Not RISKY_CORPORATE from drafts.ts: its "irresponsible" is an opponent attack on any account (a
 * warning on a personal one), so it cannot show the quiet half.
 */
const CORPORATE_ONLY_DRAFT = 'Not gonna lie, still gutted about the derby. Up the Rovers!';

async function openOptions(session: ExtensionSession): Promise<Page> {
  const options = await session.context.newPage();
  // The fixture router aborts everything that is not a fixture file; the extension's own pages are served by the browser.
  await options.route(/^chrome-extension:/, (route) => route.continue());
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await options.getByRole('heading', { name: 'Sense Check settings' }).waitFor();
  return options;
}

/** The account settings the worker will read for `key`, straight from chrome.storage.local. */
async function storedAccount(session: ExtensionSession, key: string): Promise<AccountSettings | undefined> {
  const worker = await currentWorker(session);
  return worker.evaluate(
    async ([settingsKey, accountKey]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, { accounts?: Record<string, AccountSettings> } | undefined>> } } };
      };
      return (await chrome.storage.local.get(settingsKey))[settingsKey]?.accounts?.[accountKey];
    },
    [SETTINGS_KEY, key] as const,
  );
}

/** Types the draft afresh in the X fixture's editor, as a user retyping it. */
async function retypeOnX(x: Page, text: string): Promise<void> {
  await x.bringToFront();
  await focusEditor(x, 'x');
  await selectAllAndDelete(x);
  await typeText(x, text);
  await expect(waitForModelText(x, (now) => now === text)).resolves.toBe(text);
}

test('the same draft on the X fixture is serious on a corporate account and quiet on a personal one after changing it in the options page', async () => {
  const x = await openSite(browser.context, 'x');
  const options = await openOptions(browser);
  const errors: string[] = [];
  options.on('pageerror', (error) => errors.push(error.message));
  options.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

  // Add the X fixture's account (@jdoe) the way a user does: site, handle, "Add account".
  const addForm = options.getByRole('form', { name: 'Add an account' });
  await addForm.getByLabel('Site').selectOption('x');
  await addForm.getByLabel('Handle').click();
  await options.keyboard.type('@jdoe');
  await addForm.getByRole('button', { name: 'Add account' }).click();
  const row = options.locator('li[data-account="x:@jdoe"]');
  await row.waitFor();
  await expect.poll(() => storedAccount(browser, 'x:@jdoe'), { timeout: 10_000 }).toBeDefined();

  // The account's own select saves on change (the accounts section has no separate Save button).
  const accountType = row.getByLabel('x:@jdoe: account');
  await accountType.selectOption('corporate');
  await expect.poll(async () => (await storedAccount(browser, 'x:@jdoe'))?.account, { timeout: 10_000 }).toBe('corporate');

  await retypeOnX(x, CORPORATE_ONLY_DRAFT);
  const corporate = await waitForFindings(x);
  expect(corporate.count).toBeGreaterThan(0);
  expect(corporate.severity).toBe('serious');

  await options.bringToFront();
  await accountType.selectOption('personal');
  await expect.poll(async () => (await storedAccount(browser, 'x:@jdoe'))?.account, { timeout: 10_000 }).toBe('personal');

  await retypeOnX(x, CORPORATE_ONLY_DRAFT);
  // Quiet: the check for the retyped text has come back (no pending badge) with nothing at warning
  // or above, and it stays that way (the content script debounces keystrokes, so a quiet moment
  // right after typing could still be an earlier revision's answer).
  const quiet = () =>
    x.waitForFunction(
      () =>
        [...document.querySelectorAll('sense-check-root')].every((host) => {
          const badge = host.shadowRoot?.querySelector('[data-part="badge"]');
          return !badge || (Number(badge.getAttribute('data-count')) === 0 && badge.getAttribute('data-pending') !== 'true');
        }),
      undefined,
      { timeout: 20_000 },
    );
  await quiet();
  await x.waitForTimeout(1_000);
  await quiet();
  expect((await badgeState(x))?.count ?? 0).toBe(0);

  expect(errors).toEqual([]);
  await options.close();
  await x.close();
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
