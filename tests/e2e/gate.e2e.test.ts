// The send gate on every site (test build, corporate account): a post with a serious finding is
// stopped once with "Would you say this to their face?"; "Post anyway" posts it, "Edit post"
// keeps the draft and gives the editor its focus back, and the same draft sent again goes out
// without a second prompt (one chance, no loops); a clean post goes straight out. Where the
// site posts on Ctrl+Enter, the shortcut is gated too.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { postAs } from './accounts';
import { CLEAN, RISKY_ANY_ACCOUNT } from './drafts';
import {
  focusEditor,
  focusIsInEditor,
  extensionForFile,
  modelText,
  openSite,
  overlay,
  postedTexts,
  requestsThatLeft,
  screenshot,
  typeText,
  waitForFindings,
  waitForModelText,
} from './harness';
import { ALL_SITES, type SiteFixture } from './sites';

const browser = extensionForFile('dist-test', (session) => postAs(session, 'corporate'));

async function waitForPosted(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((expected) => window.__fixture!.posted.length >= expected, count, { timeout: 10_000 });
  return postedTexts(page);
}

async function expectFaceCheck(page: Page, draft: string): Promise<void> {
  const dialog = overlay(page).faceCheck;
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  expect(await dialog.count()).toBe(1);
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  expect(await dialog.textContent()).toContain('Would you say this to their face?');
  expect(await dialog.textContent()).toContain(draft);
  expect((await dialog.locator('[data-part="headline"]').textContent())?.trim()).not.toBe('');
}

describe.each(ALL_SITES.map((site) => [site.site, site] as const))('%s', (_name, site: SiteFixture) => {
  test('a risky post is stopped once: Edit keeps the draft, and the next send goes through', async () => {
    const page = await openSite(browser.context, site.site);
    await focusEditor(page, site.site);
    await typeText(page, RISKY_ANY_ACCOUNT);
    await waitForFindings(page);

    await page.locator(site.postButton).click();
    await expectFaceCheck(page, RISKY_ANY_ACCOUNT);
    if (site.site === 'x') await screenshot(page, 'face-check.png');
    expect(await postedTexts(page)).toEqual([]);

    // Edit post: the dialog goes, the draft stays as it was, the caret is back in the editor.
    await overlay(page).faceCheck.locator('[data-action="edit"]').click();
    await overlay(page).faceCheck.waitFor({ state: 'detached' });
    expect(await modelText(page)).toBe(RISKY_ANY_ACCOUNT);
    expect(await focusIsInEditor(page, site.site)).toBe(true);
    expect(await postedTexts(page)).toEqual([]);

    // One chance, no loops (DESIGN.md): the same draft, sent again, is not asked about again.
    await page.locator(site.postButton).click();
    expect(await waitForPosted(page, 1)).toEqual([RISKY_ANY_ACCOUNT]);
    expect(await overlay(page).faceCheck.count()).toBe(0);
    await page.close();
  });

  test('Post anyway posts the draft, exactly once', async () => {
    const page = await openSite(browser.context, site.site);
    await focusEditor(page, site.site);
    await typeText(page, RISKY_ANY_ACCOUNT);
    await waitForFindings(page);

    await page.locator(site.postButton).click();
    await expectFaceCheck(page, RISKY_ANY_ACCOUNT);
    expect(await postedTexts(page)).toEqual([]);
    await overlay(page).faceCheck.locator('[data-action="post"]').click();
    expect(await waitForPosted(page, 1)).toEqual([RISKY_ANY_ACCOUNT]);
    await overlay(page).faceCheck.waitFor({ state: 'detached' });
    // The site clears its editor after a post, as the real ones do.
    expect(await waitForModelText(page, (text) => text === '')).toBe('');
    await page.waitForTimeout(300);
    expect(await postedTexts(page)).toEqual([RISKY_ANY_ACCOUNT]);
    await page.close();
  });

  test('a clean post goes straight out', async () => {
    const page = await openSite(browser.context, site.site);
    await focusEditor(page, site.site);
    await typeText(page, CLEAN);
    await page.waitForTimeout(300); // let the check come back, so the gate knows the draft is clean
    await page.locator(site.postButton).click();
    expect(await waitForPosted(page, 1)).toEqual([CLEAN]);
    expect(await overlay(page).faceCheck.count()).toBe(0);
    await page.close();
  });

  // Only X, Mastodon and Bluesky post on Ctrl/Cmd+Enter.
  if (site.postShortcut) {
    test('Ctrl+Enter is gated the same way', async () => {
      const page = await openSite(browser.context, site.site);
      await focusEditor(page, site.site);
      await typeText(page, RISKY_ANY_ACCOUNT);
      await waitForFindings(page);
      await page.keyboard.press('Control+Enter');
      await expectFaceCheck(page, RISKY_ANY_ACCOUNT);
      expect(await postedTexts(page)).toEqual([]);
      expect(await modelText(page)).toBe(RISKY_ANY_ACCOUNT);
      await overlay(page).faceCheck.locator('[data-action="post"]').click();
      expect(await waitForPosted(page, 1)).toEqual([RISKY_ANY_ACCOUNT]);
      await page.close();
    });
  }
});

test('x: the reply composer in #layers is checked and gated too', async () => {
  const page = await openSite(browser.context, 'x');
  await page.locator('[data-testid="primaryColumn"] article [data-testid="reply"]').click();
  const replyEditor = page.locator('#layers [data-testid="tweetTextarea_0"]');
  await replyEditor.click();
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  await page.locator('#layers [data-testid="tweetButton"]').click();
  await expectFaceCheck(page, RISKY_ANY_ACCOUNT);
  await overlay(page).faceCheck.locator('[data-action="post"]').click();
  expect(await waitForPosted(page, 1)).toEqual([RISKY_ANY_ACCOUNT]);
  await page.close();
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
