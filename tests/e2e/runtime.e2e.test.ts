// The runtime in the real browser (test build, fixture pages at the sites' addresses): the worker
// answers, highlights cover exactly the flagged passages, the handle reaches the popup's status
// question, overrides and "this warning is wrong" are kept locally without the text, checks carry
// on after the browser stops the service worker, and the content script removes itself cleanly
// when the extension is reloaded under the page.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { postAs } from './accounts';
import { RISKY_ANY_ACCOUNT } from './drafts';
import {
  currentWorker,
  focusEditor,
  extensionForFile,
  modelText,
  openPanel,
  openSite,
  overlay,
  selectAllAndDelete,
  typeText,
  waitForFindings,
} from './harness';
import { ALL_SITES } from './sites';
import { skeletonHtml } from '../../src/sites/test-skeleton';

/** The one chrome.* surface used from the worker here, typed locally (no @types/chrome). */
interface ChromeInWorker {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    tabs: {
      query(query: object): Promise<Array<{ id?: number }>>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    runtime: { reload(): void };
  };
}

const browser = extensionForFile('dist-test', (session) => postAs(session, 'corporate'));

/** The text of every range in the page's named highlights (the registry is shared by all worlds). */
function highlightedPassages(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
    return ['sense-check-warning', 'sense-check-serious'].flatMap((name) => [...(registry.get(name) ?? [])].map((range) => range.toString()));
  });
}

function mirroredPassages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('sense-check-mirror')].flatMap((host) => [...(host.shadowRoot?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent ?? '')),
  );
}

test('on the X skeleton of shared/sites (no editor library), the worker answers and the overlay appears', async () => {
  const page = await browser.context.newPage();
  await page.route('https://x.com/skeleton', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><html><head><title>X</title></head><body>${skeletonHtml('x')}</body></html>` }),
  );
  await page.goto('https://x.com/skeleton');
  await page.locator('sense-check-root').waitFor({ state: 'attached' });
  // Put the caret after "#tag", in the Draft.js leaf, and type as a user does.
  await page.evaluate(() => {
    const leaves = document.querySelectorAll('[data-testid="tweetTextarea_0"] [data-text="true"]');
    const last = leaves[leaves.length - 2]!.firstChild!; // the second block is an empty line (br)
    (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).focus();
    getSelection()!.setBaseAndExtent(last, last.textContent!.length, last, last.textContent!.length);
  });
  await typeText(page, ' Vote Labour on Thursday!');
  const badge = await waitForFindings(page);
  expect(badge.count).toBeGreaterThan(0);
  const leaves = await page.evaluate(() => [...document.querySelectorAll('[data-testid="tweetTextarea_0"] [data-text="true"]')].map((leaf) => leaf.textContent).join(''));
  expect(leaves).toBe('Hello #tag Vote Labour on Thursday!');
  await page.close();
});

describe('highlights', () => {
  test.each(ALL_SITES.map((site) => [site.site, site] as const))('%s: every highlighted passage is a passage of the draft, and the draft is untouched', async (_name, site) => {
    const page = await openSite(browser.context, site.site);
    await focusEditor(page, site.site);
    await typeText(page, RISKY_ANY_ACCOUNT);
    await waitForFindings(page);
    await page.waitForFunction(
      (textarea) =>
        textarea
          ? [...document.querySelectorAll('sense-check-mirror')].some((host) => host.shadowRoot?.querySelector('mark'))
          : ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('sense-check-serious')?.size ?? 0) +
              ((CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('sense-check-warning')?.size ?? 0) >
            0,
      site.textarea,
    );
    const passages = site.textarea ? await mirroredPassages(page) : await highlightedPassages(page);
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) expect(RISKY_ANY_ACCOUNT).toContain(passage);
    expect(await modelText(page)).toBe(RISKY_ANY_ACCOUNT);
    // The editor's DOM holds no trace of the extension.
    const marks = await page.locator(`${site.editor} mark, ${site.editor} sense-check-root, ${site.editor} [style*="highlight"]`).count();
    expect(marks).toBe(0);
    await page.close();
  });
});

test('the content script tells the popup the site, the handle and the findings on the tab', async () => {
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  const worker = await currentWorker(browser);
  // Without the "tabs" permission tab URLs are hidden: ask every tab, as the popup asks the active one.
  const status = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeInWorker;
    const replies = await Promise.all(
      (await chrome.tabs.query({})).map((tab) => chrome.tabs.sendMessage(tab.id!, { type: 'status' }).catch(() => undefined)),
    );
    return replies.find((reply) => (reply as { site?: string } | undefined)?.site === 'x');
  });
  expect(status).toMatchObject({ type: 'status', site: 'x', handle: '@jdoe', composers: 1, profileLabel: 'Corporate account · civil servant' });
  expect((status as { counts: { serious: number; warning: number } }).counts.serious + (status as { counts: { warning: number } }).counts.warning).toBeGreaterThan(0);
  await page.close();
});

async function storedFeedback(): Promise<{ overrides?: Array<Record<string, unknown>>; wrongReports?: Record<string, number> }> {
  const worker = await currentWorker(browser);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeInWorker;
    return { ...(await chrome.storage.local.get('overrides')), ...(await chrome.storage.local.get('wrongReports')) };
  });
}

test('"Post anyway" is recorded in storage.local: time, site, handle, rules, never the text', async () => {
  const page = await openSite(browser.context, 'bluesky');
  await focusEditor(page, 'bluesky');
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  await page.locator('[data-testid="composerPublishBtn"]').click();
  await overlay(page).faceCheck.locator('[data-action="post"]').click();
  await page.waitForFunction(() => window.__fixture!.posted.length === 1);
  let stored = await storedFeedback();
  for (let tries = 0; !stored.overrides && tries < 20; tries++) {
    await page.waitForTimeout(100);
    stored = await storedFeedback();
  }
  const last = stored.overrides!.at(-1)!;
  expect(last).toMatchObject({ site: 'bluesky', handle: '@alice.bsky.social', kind: 'post' });
  expect(Date.parse(last.time as string)).toBeGreaterThan(Date.now() - 60_000);
  expect((last.rules as string[]).length).toBeGreaterThan(0);
  expect(JSON.stringify(stored)).not.toContain('Labour');
  await page.close();
});

test('"This warning is wrong" is counted per rule and the finding goes', async () => {
  const page = await openSite(browser.context, 'threads');
  await focusEditor(page, 'threads');
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  await openPanel(page);
  const rows = await overlay(page).findings.count();
  const rule = await overlay(page).findings.first().getAttribute('data-rule');
  const before = (await storedFeedback()).wrongReports?.[rule!] ?? 0;
  await overlay(page).findings.first().locator('[data-action="wrong"]').click();
  await page.waitForFunction(
    (count) => [...document.querySelectorAll('sense-check-root')].some((host) => host.shadowRoot?.querySelectorAll('[data-part="finding"]').length === count - 1),
    rows,
  );
  let after = before;
  for (let tries = 0; after === before && tries < 20; tries++) {
    await page.waitForTimeout(100);
    after = (await storedFeedback()).wrongReports?.[rule!] ?? 0;
  }
  expect(after).toBe(before + 1);
  expect(await modelText(page)).toBe(RISKY_ANY_ACCOUNT);
  await page.close();
});

test('checks carry on after the browser stops the service worker', async () => {
  const page = await openSite(browser.context, 'mastodon');
  await focusEditor(page, 'mastodon');
  await typeText(page, 'Bins will be collected as normal on Monday. ');
  await page.waitForTimeout(300);
  // Stop the worker the way the browser does when it is idle: its target goes away.
  const cdp = await page.context().newCDPSession(page);
  const workerTargets = async () => (await cdp.send('Target.getTargets')).targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
  for (const target of await workerTargets()) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  for (let tries = 0; (await workerTargets()).length > 0 && tries < 50; tries++) await page.waitForTimeout(100);
  expect(await workerTargets()).toEqual([]);
  await selectAllAndDelete(page);
  await typeText(page, RISKY_ANY_ACCOUNT);
  const badge = await waitForFindings(page);
  expect(badge.count).toBeGreaterThan(0);
  expect(await modelText(page)).toBe(RISKY_ANY_ACCOUNT);
  expect((await workerTargets()).length).toBe(1); // the check woke it up again
  await page.close();
});

test('the popup loads under the extension CSP and its switch writes the profile to storage.local', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // The fixture router aborts everything that is not a fixture file; the extension's own pages are served by the browser.
  await page.route(/^chrome-extension:/, (route) => route.continue());
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  await page.getByRole('heading', { name: 'Sense Check' }).waitFor();
  // Opened as a tab, the popup's "active tab" is itself: no content script, no account, so it edits the default profile.
  await expect(page.locator('[data-part="site"]').textContent()).resolves.toBe('Sense Check is not running on this page.');
  await page.getByLabel('Personal').check();
  await page.getByLabel('Politically restricted post').check();
  await expect(page.locator('[data-part="profile-label"]').textContent()).resolves.toContain('Personal account');
  const worker = await currentWorker(browser);
  const stored = await worker.evaluate(async () => (globalThis as unknown as ChromeInWorker).chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ version: 2, defaults: { account: 'personal', restricted: true } });
  expect(errors).toEqual([]);
  await page.close();
  await postAs(browser, 'corporate');
});

test('a corporate account boosting partisan content is asked first; "Post anyway" boosts once', async () => {
  const page = await openSite(browser.context, 'mastodon');
  // The fixture's timeline post is harmless; give it partisan words and count the boosts that go out.
  await page.evaluate((text) => {
    const status = document.querySelector('article .status')!;
    const content = document.createElement('div');
    content.className = 'status__content';
    content.textContent = text;
    status.prepend(content);
    const boosts: number[] = [];
    (window as unknown as { __boosts: number[] }).__boosts = boosts;
    document.querySelector('button[title="Boost"]')!.addEventListener('click', () => boosts.push(Date.now()));
  }, RISKY_ANY_ACCOUNT);
  await page.locator('button[title="Boost"]').click();
  const dialog = overlay(page).faceCheck;
  await dialog.waitFor({ state: 'visible' });
  expect(await dialog.textContent()).toContain(RISKY_ANY_ACCOUNT);
  expect(await page.evaluate(() => (window as unknown as { __boosts: number[] }).__boosts.length)).toBe(0);
  await dialog.locator('[data-action="post"]').click();
  await page.waitForFunction(() => (window as unknown as { __boosts: number[] }).__boosts.length === 1);
  await dialog.waitFor({ state: 'detached' });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __boosts: number[] }).__boosts.length)).toBe(1);
  await page.close();
});

// Last: it reloads the extension.
test('when the extension is reloaded under the page, the overlay goes and the draft stays as typed', async () => {
  const page = await openSite(browser.context, 'linkedin');
  await focusEditor(page, 'linkedin');
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  const worker = await currentWorker(browser);
  await worker.evaluate(() => (globalThis as unknown as ChromeInWorker).chrome.runtime.reload()).catch(() => undefined);
  await page.waitForTimeout(500);
  await typeText(page, ' ok');
  await page.waitForFunction(() => document.querySelectorAll('sense-check-root').length === 0, undefined, { timeout: 10_000 });
  expect(await modelText(page)).toBe(`${RISKY_ANY_ACCOUNT} ok`);
  // A post now goes straight out: nothing gates any more.
  await page.locator('button.share-actions__primary-action').click();
  await page.waitForFunction(() => window.__fixture!.posted.length === 1);
  await page.close();
});
