// Sign-off and the audit trail in the built extension (test build, X fixture): with the
// organisation's sign-off required, a corporate post with any warning (here one that would
// otherwise go straight out) is stopped by the face check, which will not post without the name of
// who signed it off; the audit trail then holds the post with that name. Without sign-off, the
// same draft posts at once.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { check } from '../../src/engine/index';
import { SETTINGS_KEY, defaultSettings, type Settings } from '../../src/shared/settings';
import { currentWorker, focusEditor, extensionForFile, openSite, overlay, postedTexts, requestsThatLeft, typeText, waitForFindings } from './harness';
import { SITE_FIXTURES } from './sites';

interface ChromeStorage {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };
}

const browser = extensionForFile('dist-test');

/** A judgement stated as fact: a warning aimed at no one, which alone does not stop a send. */
const DRAFT = 'The new policy is a disaster.';
const corporate = { account: 'corporate', role: 'civil-servant', restricted: false } as const;

async function useSettings(signOff: boolean): Promise<void> {
  const settings: Settings = {
    ...defaultSettings(),
    defaults: { ...corporate },
    signOff: { required: signOff },
    auditTrail: { enabled: true, includeText: true, retentionDays: 90, maxEntries: 1000 },
  };
  const worker = await currentWorker(browser);
  await worker.evaluate(([key, value]) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, settings] as const);
}

async function waitForPosted(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((expected) => window.__fixture!.posted.length >= expected, count, { timeout: 10_000 });
  return postedTexts(page);
}

test('the draft raises only warnings aimed at no one (so only sign-off stops it)', () => {
  const findings = check({ text: DRAFT, platform: 'x', kind: 'post', postedAt: '2026-03-02T10:00:00' }, { ...corporate, electionPeriod: false });
  expect(findings.some((finding) => finding.severity === 'warning')).toBe(true);
  expect(findings.filter((finding) => finding.severity === 'serious' || finding.target)).toEqual([]);
});

test('with sign-off required, "Post anyway" needs a name, and the audit trail records it', async () => {
  await useSettings(true);
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  await typeText(page, DRAFT);
  await waitForFindings(page);
  await page.locator(SITE_FIXTURES.x.postButton).click();

  const dialog = overlay(page).faceCheck;
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  const name = dialog.locator('#sense-check-sign-off');
  await expect(dialog.getByLabel(/^Signed off by/).count()).resolves.toBe(1);
  await dialog.locator('[data-action="post"]').click();
  await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await postedTexts(page)).toEqual([]);

  await name.fill('Priya Shah');
  await dialog.locator('[data-action="post"]').click();
  expect(await waitForPosted(page, 1)).toEqual([DRAFT]);

  const worker = await currentWorker(browser);
  await expect
    .poll(async () => ((await worker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get('auditTrail'))).auditTrail as unknown[] | undefined)?.length ?? 0)
    .toBe(1);
  const { auditTrail } = await worker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get('auditTrail'));
  expect(auditTrail).toEqual([
    { time: expect.any(String), site: 'x', handle: expect.stringMatching(/^@/), account: 'corporate', kind: 'post', rules: expect.arrayContaining([expect.any(String)]), signedOffBy: 'Priya Shah', text: DRAFT },
  ]);
  await page.close();
});

test('without sign-off, the same draft posts at once', async () => {
  await useSettings(false);
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  await typeText(page, DRAFT);
  await waitForFindings(page);
  await page.locator(SITE_FIXTURES.x.postButton).click();
  expect(await waitForPosted(page, 1)).toEqual([DRAFT]);
  expect(await overlay(page).faceCheck.count()).toBe(0);
  await page.close();
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
