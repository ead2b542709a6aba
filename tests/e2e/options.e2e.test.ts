// The options page in the built extension (test build): it loads under the extension's CSP, and a
// house rule added there reaches a compose box that is already open: the draft is checked again
// when the settings change, without a keystroke, and the new rule's finding shows. Nothing leaves
// the browser meanwhile.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CLEAN } from './drafts';
import { badgeState, focusEditor, launchExtension, openPanel, openSite, overlay, requestsThatLeft, typeText, waitForFindings, type ExtensionSession } from './harness';

let browser: ExtensionSession;
beforeAll(async () => {
  browser = await launchExtension('dist-test');
});
afterAll(async () => {
  await browser?.close();
});

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

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
