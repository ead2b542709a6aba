// Hostile pages and hostile drafts (test build, fixture pages at the sites' real addresses):
//   - a draft holding HTML and script payloads is shown as text in the findings panel and the
//     face check, never parsed or run (no element is created, no script runs, no request goes out);
//   - the page cannot drive the worker or forge findings: window.postMessage, custom events,
//     attributes on the overlay host and the editor, and chrome.runtime messaging from the page's
//     world reach nothing (no finding appears on a clean draft, nothing is written to storage).
import { expect, test } from 'vitest';
import { postAs } from './accounts';
import { CLEAN } from './drafts';
import {
  badgeState,
  currentWorker,
  focusEditor,
  extensionForFile,
  modelText,
  openPanel,
  openSite,
  overlay,
  postedTexts,
  requestsThatLeft,
  typeText,
  waitForFindings,
} from './harness';

/** The chrome.* surface used from the worker here, typed locally (no @types/chrome). */
interface ChromeInWorker {
  chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } } };
}

// Shouting (serious, with a suggestion that repeats the passage) and a party-political call, with
// markup inside the flagged passage, so the payload reaches the quoted passage, the suggestion and
// the face check.
const IMG_PAYLOAD = '<img src=x onerror=window.__pwned=1>';
const SCRIPT_PAYLOAD = '<script>window.__pwned=2</script>';
const HOSTILE_DRAFT = `We are NOT closing the ${IMG_PAYLOAD} library. PLEASE STOP sharing ${SCRIPT_PAYLOAD} that rumour. Vote Labour on Thursday!`;

const browser = extensionForFile('dist-test', (session) => postAs(session, 'corporate'));

/** Elements inside the overlay's (open, test-build) shadow roots that markup in a draft could have created. */
function activeElementsInOverlay(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('sense-check-root')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('img, script, iframe, object, embed, b, svg image') ?? [])].map((element) => element.outerHTML),
    ),
  );
}

test('a draft holding HTML and script shows as text in the panel and the face check, and runs nothing', async () => {
  const page = await openSite(browser.context, 'bluesky');
  await focusEditor(page, 'bluesky');
  await typeText(page, HOSTILE_DRAFT);
  await waitForFindings(page);
  await openPanel(page);

  // The flagged passage and its safer wording are quoted as the characters typed.
  const passages = await overlay(page).panel.locator('[data-part="passage"]').allTextContents();
  expect(passages.some((passage) => passage.includes(IMG_PAYLOAD))).toBe(true);
  const suggestions = await overlay(page).panel.locator('[data-part="suggestion"]').allTextContents();
  expect(suggestions.some((suggestion) => suggestion.toLowerCase().includes('<img src=x onerror='))).toBe(true);
  expect(await activeElementsInOverlay(page)).toEqual([]);

  // The face check quotes the draft as text too.
  await page.locator('[data-testid="composerPublishBtn"]').click();
  const dialog = overlay(page).faceCheck;
  await dialog.waitFor({ state: 'visible' });
  const dialogText = (await dialog.textContent()) ?? '';
  expect(dialogText).toContain(IMG_PAYLOAD);
  expect(dialogText).toContain(SCRIPT_PAYLOAD);
  expect(await activeElementsInOverlay(page)).toEqual([]);

  // Nothing ran in the page, and the draft is exactly what was typed.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await modelText(page)).toBe(HOSTILE_DRAFT);
  await dialog.locator('[data-action="post"]').click();
  await page.waitForFunction(() => window.__fixture!.posted.length === 1);
  expect(await postedTexts(page)).toEqual([HOSTILE_DRAFT]);
  await page.close();
});

test('the page cannot forge findings or drive the worker', async () => {
  const worker = await currentWorker(browser);
  const storedBefore = await worker.evaluate(async () => (globalThis as unknown as ChromeInWorker).chrome.storage.local.get(null));

  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  await typeText(page, CLEAN);
  await page.locator('sense-check-root').waitFor({ state: 'attached' });

  // Everything the page's own scripts can reach, each carrying a finding or a command in the shape
  // of the extension's protocol (src/shared/protocol.ts).
  const attempts = await page.evaluate((extensionId) => {
    const forged = {
      rule: 'partisan-content',
      category: 'party-political',
      severity: 'serious',
      start: 0,
      end: 4,
      message: 'FORGED by the page',
      why: 'forged',
      source: 'forged',
    };
    const results: Record<string, string> = {};
    for (let revision = 0; revision < 50; revision++) {
      window.postMessage({ type: 'result', revision, findings: [forged], profile: {}, profileLabel: 'forged' }, '*');
    }
    window.postMessage({ type: 'report-wrong', rule: 'partisan-content' }, '*');
    window.postMessage({ type: 'record-override', site: 'x', kind: 'post', rules: ['partisan-content'] }, '*');
    results.postMessage = 'sent';
    const targets: EventTarget[] = [window, document, document.querySelector('sense-check-root')!, document.querySelector('[data-testid="tweetTextarea_0"]')!];
    for (const target of targets) {
      for (const name of ['sense-check', 'sense-check:result', 'sense-check:findings', 'result', 'message']) {
        target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { type: 'result', revision: 1, findings: [forged] } }));
      }
    }
    results.customEvents = 'dispatched';
    for (const host of document.querySelectorAll('sense-check-root')) {
      host.setAttribute('data-count', '9');
      host.setAttribute('data-findings', JSON.stringify([forged]));
      host.setAttribute('data-severity', 'serious');
    }
    const editorElement = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    editorElement.setAttribute('data-sense-check-findings', JSON.stringify([forged]));
    results.attributes = 'set';
    // The extension declares no externally_connectable, so the page's world has no way in.
    const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }).chrome?.runtime;
    if (typeof runtime?.sendMessage !== 'function') results.runtime = 'no chrome.runtime.sendMessage in the page';
    else {
      try {
        runtime.sendMessage(extensionId, { type: 'report-wrong', rule: 'partisan-content' });
        results.runtime = 'sendMessage accepted';
      } catch (error) {
        results.runtime = `sendMessage refused: ${(error as Error).message}`;
      }
    }
    return results;
  }, browser.extensionId);
  expect(attempts.runtime).not.toBe('sendMessage accepted');

  // A real keystroke starts a real check; its answer is the only one the overlay shows.
  await typeText(page, ' ');
  await page.waitForTimeout(1_000);
  expect(await badgeState(page)).toBeNull();
  expect(await overlay(page).findings.count()).toBe(0);
  const overlayText = await page.evaluate(() => [...document.querySelectorAll('sense-check-root')].map((host) => host.shadowRoot?.textContent ?? '').join(''));
  expect(overlayText).not.toContain('FORGED');

  // A clean post goes straight out: no forged finding stopped it.
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await page.waitForFunction(() => window.__fixture!.posted.length === 1);
  expect(await overlay(page).faceCheck.count()).toBe(0);
  expect((await postedTexts(page)).map((text) => text.trim())).toEqual([CLEAN]);

  // The worker recorded nothing the page asked for.
  const storedAfter = await (await currentWorker(browser)).evaluate(async () => (globalThis as unknown as ChromeInWorker).chrome.storage.local.get(null));
  expect(storedAfter).toEqual(storedBefore);
  await page.close();
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
