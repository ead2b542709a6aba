// "Nothing leaves the machine", proven over a full session in the production build (dist/, closed
// shadow root, minified) and the test build: drafts typed and pasted on all six sites, the panel,
// "This warning is wrong", the face check and "Post anyway", the service worker stopped and woken,
// the popup (and the options page, when the manifest declares one). The harness records every
// request anything in the browser makes that is not a fixture file (page, content script, service
// worker, extension pages), and a local proxy is the browser's only route out; both must stay empty.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postAs } from './accounts';
import { CLEAN, RISKY_ANY_ACCOUNT, RISKY_CORPORATE } from './drafts';
import {
  REPO_ROOT,
  currentWorker,
  focusEditor,
  launchExtension,
  modelText,
  openPanel,
  openSite,
  overlay,
  pasteText,
  requestsThatLeft,
  selectAllAndDelete,
  stopWorker,
  typeText,
  waitForFindings,
  type ExtensionBuild,
  type ExtensionSession,
} from './harness';
import { ALL_SITES } from './sites';

/** Extension pages a user can open: the popup, and the options page once the manifest has one. */
function extensionPages(build: ExtensionBuild): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, build, 'manifest.json'), 'utf8'));
  return [manifest.action?.default_popup, manifest.options_ui?.page, manifest.options_page].filter((page): page is string => typeof page === 'string');
}

interface CdpNode {
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * In the production build the overlay's shadow root is closed: the page (and Playwright) cannot see
 * the badge, but DevTools can. Waits until some badge there counts a finding.
 */
async function waitForBadgeSeenByDevTools(page: Page, timeout = 20_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const counts = (node: CdpNode): number[] => {
    const attributes = node.attributes ?? [];
    const own: number[] = [];
    if (attributes[attributes.indexOf('data-part') + 1] === 'badge') own.push(Number(attributes[attributes.indexOf('data-count') + 1]));
    return [...own, ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(counts)];
  };
  try {
    for (const deadline = Date.now() + timeout; Date.now() < deadline; await page.waitForTimeout(100)) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      if (counts(root).some((count) => count > 0)) return;
    }
    throw new Error(`No badge counted a finding within ${timeout} ms (seen through DevTools)`);
  } finally {
    await cdp.detach();
  }
}

describe.each(['dist-test', 'dist'] as const)('a full session in %s/', (build) => {
  let browser: ExtensionSession;
  beforeAll(async () => {
    browser = await launchExtension(build);
    await postAs(browser, 'corporate');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('typing, checking and answering on all six sites sends no request', async () => {
    for (const site of ALL_SITES) {
      const page = await openSite(browser.context, site.site);
      await focusEditor(page, site.site);
      await typeText(page, `${RISKY_CORPORATE} `);
      await pasteText(page, RISKY_ANY_ACCOUNT);
      if (build === 'dist-test') await waitForFindings(page);
      else await waitForBadgeSeenByDevTools(page);
      if (build === 'dist-test') {
        // The panel and its answers (reachable through the open shadow root of the test build only).
        await openPanel(page);
        const rows = overlay(page).findings;
        if ((await rows.count()) > 1) await rows.first().locator('[data-action="wrong"]').click();
        await overlay(page).panel.locator('[data-action="close"]').click();
        await overlay(page).panel.waitFor({ state: 'hidden' });
        await page.locator(site.postButton).first().click();
        const dialog = overlay(page).faceCheck;
        await dialog.waitFor({ state: 'visible' });
        await dialog.locator('[data-action="post"]').click();
        await page.waitForFunction(() => window.__fixture!.posted.length === 1);
      } else {
        expect(await modelText(page)).toBe(`${RISKY_CORPORATE} ${RISKY_ANY_ACCOUNT}`);
      }
      await page.close();
    }
  });

  test('the service worker stopped and woken by the next keystroke sends no request', async () => {
    const page = await openSite(browser.context, 'mastodon');
    await focusEditor(page, 'mastodon');
    await typeText(page, CLEAN);
    expect(await stopWorker(browser)).toBe(true);
    await selectAllAndDelete(page);
    await typeText(page, RISKY_ANY_ACCOUNT);
    if (build === 'dist-test') await waitForFindings(page);
    else await waitForBadgeSeenByDevTools(page);
    await currentWorker(browser);
    await page.close();
  });

  test('the extension pages send no request', async () => {
    const pages = extensionPages(build);
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) {
      const page = await browser.context.newPage();
      // The fixture router aborts everything that is not a fixture file; the extension's own files
      // are served by the browser (and chrome-extension: URLs are not requests that leave it).
      await page.route(/^chrome-extension:/, (route) => route.continue());
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForLoadState('networkidle');
      // Use the page: every checkbox and radio button toggled once.
      for (const control of await page.locator('input[type="checkbox"], input[type="radio"]').all()) {
        if (await control.isEnabled()) await control.click();
      }
      await page.waitForTimeout(300);
      await page.close();
    }
  });

  test('no request left the browser during the session', () => {
    expect(requestsThatLeft(browser)).toEqual([]);
  });
});
