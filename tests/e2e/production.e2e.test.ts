// The production build (dist/): the overlay's shadow root is closed, so the page (and any script
// on it) cannot read the findings, the draft echoed in the overlay, or its buttons.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { RISKY_PERSONAL } from './drafts';
import { focusEditor, extensionForFile, openSite, requestsThatLeft, typeText } from './harness';

const browser = extensionForFile('dist');

interface CdpNode {
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The badge's data-count as the browser's DevTools protocol sees it: CDP pierces closed shadow
 * roots, so the test can tell the overlay rendered even though the page cannot.
 */
async function badgeCountSeenByDevTools(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const stack: CdpNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const attributes = node.attributes ?? [];
    const part = attributes.indexOf('data-part');
    if (part >= 0 && attributes[part + 1] === 'badge') {
      const count = attributes.indexOf('data-count');
      return count >= 0 ? Number(attributes[count + 1]) : null;
    }
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return null;
}

test('the overlay is unreadable from the page', async () => {
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  await typeText(page, RISKY_PERSONAL);
  await page.locator('sense-check-root').first().waitFor({ state: 'attached', timeout: 15_000 });
  // The overlay did render its findings (seen through DevTools)...
  const deadline = Date.now() + 15_000;
  let count = await badgeCountSeenByDevTools(page);
  while (!(count && count > 0) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    count = await badgeCountSeenByDevTools(page);
  }
  expect(count).toBeGreaterThan(0);

  // ...and none of it is reachable from the page.
  const fromThePage = await page.evaluate(() => {
    const host = document.querySelector('sense-check-root')!;
    return {
      shadowRootIsNull: host.shadowRoot === null,
      hostText: host.textContent,
      partsVisible: document.querySelectorAll('[data-part], [data-kind="face-check"]').length,
    };
  });
  expect(fromThePage).toEqual({ shadowRootIsNull: true, hostText: '', partsVisible: 0 });
  // Playwright pierces OPEN shadow roots only: nothing of the overlay can be found.
  expect(await page.locator('[data-part="badge"]').count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Sense Check:/ }).count()).toBe(0);
  await page.close();
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
