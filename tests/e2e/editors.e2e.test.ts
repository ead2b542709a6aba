// The first promise of DESIGN.md, "Never touch the draft": typing about 2,000 characters (words,
// Enter, Backspace, whole emoji, real clipboard pastes) into each site's real editor leaves the
// editor's OWN model text exactly equal to what was typed. Run first without the extension, to
// show the fixture and the typing are sound, then with the test build loaded and its overlay on
// the page, where any difference is the extension's doing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  focusEditor,
  launchExtension,
  modelText,
  openSite,
  overlay,
  pasteText,
  requestsThatLeft,
  typeText,
  waitForFindings,
  type ExtensionBuild,
  type ExtensionSession,
} from './harness';
import { ALL_SITES } from './sites';
import { typingSession, type TypingStep } from './typing-script';

const session = typingSession(2000);

async function perform(page: import('playwright-core').Page, step: TypingStep): Promise<void> {
  switch (step.kind) {
    case 'type':
    case 'emoji':
      return typeText(page, step.text);
    case 'enter':
      return page.keyboard.press('Enter');
    case 'backspace':
      return page.keyboard.press('Backspace');
    case 'paste':
      return pasteText(page, step.text);
  }
}

/** Where two texts first differ, for a failure message a person can act on. */
function firstDifference(actual: string, expected: string): string {
  let index = 0;
  while (index < actual.length && actual[index] === expected[index]) index++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 30), index + 30));
  return `first difference at offset ${index}: editor has ${around(actual)}, typed ${around(expected)}`;
}

const runs: Array<[string, ExtensionBuild | null]> = [
  ['without the extension', null],
  ['with the extension (dist-test) and its overlay present', 'dist-test'],
];

describe.each(runs)('typing into the real editors %s', (_label, build) => {
  let browser: ExtensionSession;
  beforeAll(async () => {
    browser = await launchExtension(build);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(ALL_SITES.map((site) => [site.site, site] as const))(
    '%s: the model text equals what was typed',
    async (site) => {
      const page = await openSite(browser.context, site);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await focusEditor(page, site);
      if (build) {
        // The content script has found the compose box and mounted its overlay host.
        await overlay(page).host.first().waitFor({ state: 'attached', timeout: 15_000 });
      }
      for (const step of session.steps) await perform(page, step);

      const text = await modelText(page);
      expect(text === session.expected, firstDifference(text, session.expected)).toBe(true);
      if (build) {
        // The overlay was live all along: the session opens with a flagged sentence.
        expect((await waitForFindings(page)).count).toBeGreaterThan(0);
        expect(await modelText(page)).toBe(session.expected);
      }
      expect(pageErrors).toEqual([]);
      await page.close();
    },
  );

  test('no request left the browser', () => {
    expect(requestsThatLeft(browser)).toEqual([]);
  });
});
