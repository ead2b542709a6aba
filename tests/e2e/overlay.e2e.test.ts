// The overlay on every site, in the test build (open shadow root): a risky draft gets the badge,
// highlights and finding rows; a clean draft gets nothing; Apply replaces exactly the flagged
// passage with the suggestion and Ctrl+Z brings it back. Nothing leaves the browser meanwhile.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CATEGORIES, type Finding, type Platform } from '../../src/engine/types';
import { check } from '../../src/engine/index';
import { postAs, profileOf } from './accounts';
import { CLEAN, RISKY_ANY_ACCOUNT, RISKY_CORPORATE, RISKY_PERSONAL, RISKY_SHOUTING } from './drafts';
import {
  badgeState,
  focusEditor,
  focusIsInEditor,
  extensionForFile,
  modelText,
  openPanel,
  openSite,
  overlay,
  requestsThatLeft,
  screenshot,
  selectAllAndDelete,
  typeText,
  waitForFindings,
  waitForModelText,
  waitForNoBadge,
} from './harness';
import { ALL_SITES, type SiteFixture } from './sites';

const browser = extensionForFile('dist-test');

const siteCases = ALL_SITES.map((site) => [site.site, site] as const);

/** Highlight ranges the content script has registered (CSS Custom Highlight API), by name. */
function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const name of ['sense-check-warning', 'sense-check-serious']) sizes[name] = CSS.highlights.get(name)?.size ?? 0;
    return sizes;
  });
}

describe('a personal account (the default profile)', () => {
  test.each(siteCases)('%s: a risky draft shows the badge and finding rows; a clean one shows none', async (_name, site) => {
    const page = await openSite(browser.context, site.site);
    await focusEditor(page, site.site);
    await typeText(page, RISKY_PERSONAL);

    const badge = await waitForFindings(page);
    expect(badge.count).toBeGreaterThan(0);
    expect(['warning', 'serious']).toContain(badge.severity);
    expect(badge.label).toMatch(/^Sense Check/);
    // The host hangs off <body>, never inside the editor or the site's own tree.
    expect(await page.evaluate(() => document.querySelector('sense-check-root')?.parentElement === document.body)).toBe(true);

    if (!site.textarea) {
      const sizes = await highlightSizes(page);
      expect(sizes['sense-check-warning']! + sizes['sense-check-serious']!).toBeGreaterThan(0);
    }

    await openPanel(page);
    const rows = overlay(page).findings;
    const rowCount = await rows.count();
    expect(rowCount).toBeGreaterThan(0);
    const severities: string[] = [];
    for (let index = 0; index < rowCount; index++) {
      const row = rows.nth(index);
      expect(await row.getAttribute('data-rule')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CATEGORIES as readonly string[]).toContain(await row.getAttribute('data-category'));
      severities.push((await row.getAttribute('data-severity')) ?? '');
      await expect(row.locator('[data-action="dismiss"]').count()).resolves.toBe(1);
      await expect(row.locator('[data-action="wrong"]').count()).resolves.toBe(1);
    }
    // data-count counts the findings at warning or above; info findings show in the panel only.
    expect(badge.count).toBe(severities.filter((severity) => severity !== 'info').length);
    if (site.site === 'x') await screenshot(page, 'overlay.png');

    // Clear the draft and type a clean one: the badge, rows and highlights go away.
    await focusEditor(page, site.site);
    await selectAllAndDelete(page);
    await typeText(page, CLEAN);
    await waitForNoBadge(page);
    await page.waitForTimeout(500); // and stay away once every check has come back
    expect(await badgeState(page)).toBeNull();
    expect(await overlay(page).findings.count()).toBe(0);
    if (!site.textarea) {
      const sizes = await highlightSizes(page);
      expect(sizes['sense-check-warning']! + sizes['sense-check-serious']!).toBe(0);
    }
    expect(await modelText(page)).toBe(CLEAN);
    await page.close();
  });

});

/** A draft and account for which some finding offers a suggestion, found by running the engine itself. */
function draftWithSuggestion(platform: Platform): { text: string; findings: Finding[] } | null {
  const settings = { version: 1 as const, defaults: { account: 'personal' as const, role: 'civil-servant' as const, restricted: false }, accounts: {} };
  for (const text of [RISKY_SHOUTING, RISKY_PERSONAL, RISKY_ANY_ACCOUNT, RISKY_CORPORATE]) {
    const findings = check({ text, platform, kind: 'post', postedAt: new Date() }, profileOf(settings, platform));
    if (findings.some((finding) => finding.suggestion !== undefined)) return { text, findings };
  }
  return null;
}

describe('Apply and undo', () => {
  beforeAll(async () => {
    await postAs(browser, 'personal');
  });

  test.each(siteCases)('%s: Apply replaces exactly the passage; Ctrl+Z restores the draft', async (_name, site: SiteFixture) => {
    const candidate = draftWithSuggestion(site.site);
    expect(candidate, 'no built-in rule offers a suggestion for any of the test drafts').not.toBeNull();
    const { text, findings } = candidate!;
    const page = await openSite(browser.context, site.site);
    await focusEditor(page, site.site);
    await typeText(page, text);
    await waitForFindings(page);
    // A person reads the finding before clicking Apply. Editors merge edits made within a short
    // time into one undo step (Quill: 1 s, Lexical here: 300 ms), which would make Ctrl+Z take
    // the typing away with the suggestion.
    await page.waitForTimeout(1_100);
    await openPanel(page);

    const row = overlay(page).findings.filter({ has: page.locator('[data-action="apply"]') }).first();
    const rule = await row.getAttribute('data-rule');
    const before = await modelText(page);
    expect(before).toBe(text);
    // Every way the suggestion of a finding of that rule could be applied to this draft.
    const acceptable = findings
      .filter((finding) => finding.rule === rule && finding.suggestion !== undefined)
      .map((finding) => before.slice(0, finding.start) + finding.suggestion + before.slice(finding.end));
    expect(acceptable.length).toBeGreaterThan(0);

    await row.locator('[data-action="apply"]').click();
    const after = await waitForModelText(page, (current) => current !== before);
    expect(acceptable).toContain(after);
    expect(await focusIsInEditor(page, site.site)).toBe(true);

    await page.keyboard.press('Control+Z');
    expect(await waitForModelText(page, (current) => current === before)).toBe(before);
    await page.close();
  });
});

describe('a corporate account', () => {
  beforeAll(async () => {
    await postAs(browser, 'corporate');
  });
  afterAll(async () => {
    await postAs(browser, 'personal');
  });

  test('the account switch reaches the checks: a corporate-only risk is flagged', async () => {
    const page = await openSite(browser.context, 'linkedin');
    await focusEditor(page, 'linkedin');
    await typeText(page, RISKY_CORPORATE);
    expect((await waitForFindings(page)).count).toBeGreaterThan(0);
    await page.close();
  });
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
