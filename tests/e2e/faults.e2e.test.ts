// Faults the browser throws at the extension (test build, fixture pages at the sites' addresses):
//   - the service worker stopped 20 times while typing: each time the next keystroke brings the
//     findings back, and not one character typed is lost;
//   - after a stop, the restarted worker's first answer (the rules' alone) is followed by the
//     learned patterns' findings with no further keystroke;
//   - composers opened and closed 100 times (X's reply modal): no overlay, listener or observer is
//     left behind (overlay hosts counted in the DOM; listeners on window and document counted
//     through DevTools' DOMDebugger; observers and highlights counted in the content script's
//     isolated world with Runtime.queryObjects, so the page itself is given no hook);
//   - the extension reloaded with a draft open on a textarea site: the overlay and the textarea's
//     mirror go, and the draft stays as typed (runtime.e2e.test.ts covers a contenteditable site).
import { expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { postAs } from './accounts';
import { RISKY_ANY_ACCOUNT } from './drafts';
import {
  currentWorker,
  focusEditor,
  extensionForFile,
  modelText,
  openSite,
  requestsThatLeft,
  stopWorker,
  typeText,
  waitForFindings,
} from './harness';

const browser = extensionForFile('dist-test', (session) => postAs(session, 'corporate'));

/** Resolves when no badge counts a finding and no check is in flight (read through the open shadow root). */
function waitForQuietBadge(page: Page): Promise<unknown> {
  return page.waitForFunction(() =>
    [...document.querySelectorAll('sense-check-root')].every((host) => {
      const badge = host.shadowRoot?.querySelector('[data-part="badge"]');
      return !badge || (Number(badge.getAttribute('data-count')) === 0 && badge.getAttribute('data-pending') !== 'true');
    }),
  );
}

// "…is reckles" is clean; the one keystroke "s" makes "…is reckless", a contestable judgement from an
// official account (a warning), so each round's keystroke has a finding to bring back.
// Every line is the same, so the draft's words do not change as lines pile up: the learned patterns
// (src/rules/learned-patterns.ts) score a draft by the words it has, and twenty numbered lines of
// "…is" read to them as a verdict, which would leave no clean moment before the keystroke. The
// model trained with AdaGrad reads "the plan is …" itself as a verdict, so the line is about a bridge.
const LINE = 'Draft caption: the new bridge is reckles';
const ROUNDS = 20;

test(`the service worker stopped ${ROUNDS} times while typing: findings come back after the next keystroke, no character lost`, async () => {
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  const latencies: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    if (round > 1) await page.keyboard.press('Enter');
    await typeText(page, LINE);
    await waitForQuietBadge(page);
    expect(await stopWorker(browser), `round ${round}: the worker stopped`).toBe(true);
    const before = await page.evaluate(() => performance.now());
    await page.keyboard.type('s');
    // Time measured in the page, from just before the keystroke to the badge counting the finding.
    const handle = await page.waitForFunction(
      () =>
        [...document.querySelectorAll('sense-check-root')].some((host) => {
          const badge = host.shadowRoot?.querySelector('[data-part="badge"]');
          return Number(badge?.getAttribute('data-count')) > 0 && badge?.getAttribute('data-pending') !== 'true';
        }) && performance.now(),
      undefined,
      { timeout: 20_000, polling: 'raf' },
    );
    latencies.push(((await handle.jsonValue()) as number) - before);
    await page.keyboard.press('Backspace');
  }
  const expected = Array.from({ length: ROUNDS }, () => LINE).join('\n');
  expect(await modelText(page)).toBe(expected);
  const sorted = [...latencies].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const worst = sorted.at(-1)!;
  console.log(
    `faults: worker stopped ${ROUNDS} times; findings back after the next keystroke in median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms ` +
      `(${latencies.map((ms) => ms.toFixed(0)).join(', ')}); ` +
      `${expected.length} characters typed, ${expected.length - (await modelText(page)).length} lost`,
  );
  // The product's promise is one second, every time. The first rounds come just after the browser
  // started, when managed storage does not answer yet: the worker waits for it at most
  // POLICY_WAIT_MS (src/background/settings-cache.ts), then checks under its copy of the policy.
  expect(latencies).toHaveLength(ROUNDS);
  expect(worst).toBeLessThanOrEqual(1_000);
  await page.close();
});

// Flagged by the learned patterns alone on a corporate account (the rules find nothing in it).
const MODEL_ONLY = 'The bridge works were delayed, but some people will moan whatever we do.';

test('after a worker stop, the rules answer first and the learned patterns follow with no further keystroke', async () => {
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  await typeText(page, 'Draft caption: ');
  await waitForQuietBadge(page);
  expect(await stopWorker(browser)).toBe(true);
  // One input event, so one check: the restarted worker's first, answered without the model.
  await page.keyboard.insertText(MODEL_ONLY);
  // The model's findings arrive unprompted (the content script asks again after a partial answer).
  const badge = await waitForFindings(page);
  expect(badge.count).toBeGreaterThan(0);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('sense-check-root')].every((host) => host.shadowRoot?.querySelector('[data-part="badge"]')?.getAttribute('data-partial') !== 'true'),
  );
  expect(await modelText(page)).toBe(`Draft caption: ${MODEL_ONLY}`);
  await page.close();
});

/** The content script's isolated world (Chromium names it after the extension), found through DevTools. */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.name === 'Sense Check');
  if (!world) throw new Error(`No isolated world named "Sense Check" among: ${contexts.map((context) => context.name || '(main)').join(', ')}`);
  return world.id;
}

/** Live objects made with a constructor in one world (Runtime.queryObjects collects garbage first). */
async function liveObjects(cdp: CDPSession, contextId: number, constructor: string): Promise<number> {
  const prototype = await cdp.send('Runtime.evaluate', { expression: `${constructor}.prototype`, contextId });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId! });
  const length = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  return length.result.value as number;
}

/**
 * Listeners on window and document, per world and event type: the page's own (main world) and the
 * content script's (its isolated world has its own window and document wrappers; DevTools lists
 * each world's listeners through that world's objects).
 */
async function listenerCounts(cdp: CDPSession, world: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [worldName, contextId] of [['page', undefined], ['content-script', world]] as const) {
    for (const target of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target, ...(contextId ? { contextId } : {}) });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 });
      for (const listener of listeners) {
        const key = `${worldName} ${target}:${listener.type}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
  }
  return counts;
}

interface Census {
  hosts: number;
  mirrors: number;
  listeners: Record<string, number>;
  observers: Record<string, number>;
}

async function census(page: Page, cdp: CDPSession, world: number): Promise<Census> {
  const observers: Record<string, number> = {};
  for (const kind of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'Highlight']) observers[kind] = await liveObjects(cdp, world, kind);
  return {
    hosts: await page.locator('sense-check-root').count(),
    mirrors: await page.locator('sense-check-mirror').count(),
    listeners: await listenerCounts(cdp, world),
    observers,
  };
}

const CYCLES = 100;

test(`a composer opened and closed ${CYCLES} times leaves no overlay, listener or observer behind`, async () => {
  const page = await openSite(browser.context, 'x');
  const cdp = await page.context().newCDPSession(page);
  const world = await isolatedWorld(cdp);
  const reply = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');

  const cycle = async (typed: string) => {
    await page.locator('[data-testid="reply"]').first().click();
    await reply.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('sense-check-root').length === 2);
    if (typed) {
      await reply.click();
      await typeText(page, typed);
    }
    await page.locator('[data-testid="app-bar-close"]').click();
    await reply.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('sense-check-root').length === 1);
  };

  // One cycle first, so whatever the content script creates once (for the first modal) is in the baseline.
  await cycle('Hi');
  await page.waitForTimeout(300);
  const before = await census(page, cdp, world);
  for (let i = 0; i < CYCLES; i++) await cycle(i % 10 === 0 ? RISKY_ANY_ACCOUNT : i % 2 === 0 ? 'ok' : '');
  await page.waitForTimeout(300);
  const after = await census(page, cdp, world);
  console.log(`faults: ${CYCLES} composers opened and closed; before ${JSON.stringify(before)}; after ${JSON.stringify(after)}`);

  expect(after.hosts).toBe(1); // the home composer's
  expect(after.mirrors).toBe(0);
  expect(after.listeners).toEqual(before.listeners);
  // The census sees the content script's own capture listeners, so it is not blind to them.
  expect(Object.keys(before.listeners).filter((key) => key.startsWith('content-script window:'))).toEqual(expect.arrayContaining(['content-script window:keydown']));
  // Growth by a handful would be noise from the page's own React; a leak grows with the cycles.
  for (const kind of Object.keys(before.observers)) expect(after.observers[kind]! - before.observers[kind]!, kind).toBeLessThan(CYCLES / 10);

  // The home composer still works after all that.
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  await cdp.detach();
  await page.close();
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});

// Last: it reloads the extension.
test('when the extension is reloaded under a textarea draft, the overlay and the mirror go and the draft stays', async () => {
  const page = await openSite(browser.context, 'mastodon');
  await focusEditor(page, 'mastodon');
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  await page.waitForFunction(() => document.querySelectorAll('sense-check-mirror').length > 0);
  const worker = await currentWorker(browser);
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await page.waitForTimeout(500);
  await typeText(page, ' ok');
  await page.waitForFunction(() => document.querySelectorAll('sense-check-root, sense-check-mirror').length === 0, undefined, { timeout: 10_000 });
  expect(await modelText(page)).toBe(`${RISKY_ANY_ACCOUNT} ok`);
  expect(await page.locator('textarea.autosuggest-textarea__textarea').inputValue()).toBe(`${RISKY_ANY_ACCOUNT} ok`);
  await page.close();
});
