// Accessibility in Chromium (test build, open shadow root): axe-core, injected into the page
// through DevTools (so the extension pages' CSP does not stop it), finds no violation in the
// findings panel, the face check, the popup or the options page, with real layout, so colour contrast and target size
// are judged too (src/overlay/overlay.a11y.test.tsx runs the structural rules in jsdom). Then the
// whole flow by keyboard alone: the shortcut from the editor to the panel, the arrow keys through
// the findings, Apply and Dismiss with Enter, Escape back to the editor; and the face check keeps
// focus inside while open and gives it back to the editor when closed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { postAs } from './accounts';
import { RISKY_ANY_ACCOUNT, RISKY_SHOUTING } from './drafts';
import {
  focusEditor,
  focusIsInEditor,
  extensionForFile,
  modelText,
  openPanel,
  openSite,
  overlay,
  REPO_ROOT,
  requestsThatLeft,
  typeText,
  waitForFindings,
} from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = extensionForFile('dist-test', (session) => postAs(session, 'corporate'));

/** WCAG 2.2 A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's violations within `include` (an axe context: arrays of selectors step into shadow
 * roots), described as "rule: target — summary" lines so a failure says what and where.
 */
async function axeViolations(page: Page, include: string[][] | null): Promise<string[]> {
  // Through DevTools' Runtime.evaluate, which a page's CSP does not govern (an added <script> would be blocked).
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    ([context, tags]) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      return axe.run(context ? { include: context } : document, { runOnly: { type: 'tag', values: tags } });
    },
    [include, AXE_TAGS] as const,
  )) as AxeResults;
  // Not blind to the shadow root: some rule passed on an element inside it (axe names those with a
  // nested selector path, host first).
  if (include) expect(results.passes.some((rule) => rule.nodes.some((node) => Array.isArray(node.target[0]) && node.target[0].length > 1))).toBe(true);
  return results.violations.flatMap((violation: Result) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`),
  );
}

describe('axe-core finds no violations', () => {
  test('in the findings panel', async () => {
    const page = await openSite(browser.context, 'x');
    await focusEditor(page, 'x');
    await typeText(page, `${RISKY_SHOUTING} ${RISKY_ANY_ACCOUNT}`);
    await waitForFindings(page);
    await openPanel(page);
    expect(await overlay(page).findings.count()).toBeGreaterThan(0);
    expect(await axeViolations(page, [['sense-check-root']])).toEqual([]);
    await page.close();
  });

  test('in the face check', async () => {
    const page = await openSite(browser.context, 'bluesky');
    await focusEditor(page, 'bluesky');
    await typeText(page, RISKY_ANY_ACCOUNT);
    await waitForFindings(page);
    await page.locator('[data-testid="composerPublishBtn"]').click();
    await overlay(page).faceCheck.waitFor({ state: 'visible' });
    // Finite CSS animations (the dialog fades in) are let finish, so contrast is judged on the settled colours.
    await page.waitForTimeout(600);
    expect(await axeViolations(page, [['sense-check-root']])).toEqual([]);
    await page.close();
  });

  test('in the popup', async () => {
    const page = await browser.context.newPage();
    await page.route(/^chrome-extension:/, (route) => route.continue());
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await page.getByRole('heading', { name: 'Sense Check' }).waitFor();
    expect(await axeViolations(page, null)).toEqual([]);
    await page.close();
  });

  test('in the options page', async () => {
    const page = await browser.context.newPage();
    await page.route(/^chrome-extension:/, (route) => route.continue());
    // The page the browser opens from "Options" is the manifest's options_ui.page.
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'dist-test', 'manifest.json'), 'utf8')) as { options_ui?: { page?: string } };
    expect(manifest.options_ui?.page).toBeTruthy();
    await page.goto(`chrome-extension://${browser.extensionId}/${manifest.options_ui!.page}`);
    await page.getByRole('heading', { name: 'Sense Check settings' }).waitFor();
    // The sections that load their own data (audit count, sites) have rendered too.
    await page.locator('[data-part="audit-count"]').filter({ hasText: /kept\./ }).waitFor();
    expect(await axeViolations(page, null)).toEqual([]);
    await page.close();
  });
});

/** The element focused inside the overlay's shadow root, described by its data attributes. */
function overlayFocus(page: Page): Promise<{ part?: string; action?: string; rule?: string; kind?: string } | null> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('sense-check-root')) {
      const active = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
      if (active) {
        const row = active.closest('[data-part="finding"]') as HTMLElement | null;
        const dialog = active.closest('[role="dialog"]') as HTMLElement | null;
        return {
          ...(active.dataset.part ? { part: active.dataset.part } : {}),
          ...(active.dataset.action ? { action: active.dataset.action } : {}),
          ...(row?.dataset.rule ? { rule: row.dataset.rule } : {}),
          ...(dialog?.dataset.kind ? { kind: dialog.dataset.kind } : {}),
        };
      }
    }
    return null;
  });
}

test('keyboard only: shortcut to the panel, arrows through the findings, Apply, Dismiss, Escape back', async () => {
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  const draft = `${RISKY_SHOUTING} ${RISKY_ANY_ACCOUNT}`;
  await typeText(page, draft);
  await waitForFindings(page);

  // Alt+Shift+S from the editor opens the panel with focus on the first finding.
  await page.keyboard.press('Alt+Shift+KeyS');
  await overlay(page).panel.waitFor({ state: 'visible' });
  const rows = await overlay(page).findings.count();
  expect(rows).toBeGreaterThan(1);
  const firstRule = await overlay(page).findings.first().getAttribute('data-rule');
  expect(await overlayFocus(page)).toMatchObject({ part: 'finding', rule: firstRule });

  // ArrowDown visits every finding in order, and stops at the last.
  const visited = [firstRule];
  for (let i = 1; i < rows; i++) {
    await page.keyboard.press('ArrowDown');
    visited.push((await overlayFocus(page))?.rule ?? null);
  }
  await page.keyboard.press('ArrowDown');
  expect((await overlayFocus(page))?.rule).toBe(visited.at(-1));
  expect(visited).toEqual(await overlay(page).findings.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-rule'))));

  // Apply the shouting finding's safer wording with Tab and Enter: it changes exactly its passage.
  const shouting = overlay(page).findings.filter({ has: page.locator('[data-action="apply"]') }).first();
  const shoutingRule = await shouting.getAttribute('data-rule');
  await page.keyboard.press('Home');
  for (let i = 0; i < rows && (await overlayFocus(page))?.rule !== shoutingRule; i++) await page.keyboard.press('ArrowDown');
  expect((await overlayFocus(page))?.rule).toBe(shoutingRule);
  const applyFocused = async () => (await overlayFocus(page))?.action === 'apply';
  for (let i = 0; i < 6 && !(await applyFocused()); i++) await page.keyboard.press('Tab');
  expect(await applyFocused()).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForFunction((before) => window.__fixture!.getText() !== before, draft);
  const applied = await modelText(page);
  expect(applied).toContain(RISKY_ANY_ACCOUNT);
  expect(applied).not.toContain('PLEASE STOP');

  // Dismiss a finding with Enter: its row goes and focus stays in the panel (or returns to the editor when none is left).
  // Apply hands focus back to the editor, so typing carries on; the shortcut leads back to the list.
  await waitForFindings(page);
  expect(await focusIsInEditor(page, 'x')).toBe(true);
  await page.keyboard.press('Alt+Shift+KeyS');
  await overlay(page).panel.waitFor({ state: 'visible' });
  expect((await overlayFocus(page))?.part).toBe('finding');
  const before = await overlay(page).findings.count();
  const dismissFocused = async () => (await overlayFocus(page))?.action === 'dismiss';
  for (let i = 0; i < 6 && !(await dismissFocused()); i++) await page.keyboard.press('Tab');
  expect(await dismissFocused()).toBe(true);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (count) => [...document.querySelectorAll('sense-check-root')].every((host) => (host.shadowRoot?.querySelectorAll('[data-part="finding"]').length ?? 0) < count),
    before,
  );
  if (before > 1) {
    expect(await overlayFocus(page)).not.toBeNull();
    // Escape closes the panel onto the badge; Escape on the badge returns to the editor.
    await page.keyboard.press('Escape');
    await overlay(page).panel.waitFor({ state: 'hidden' });
    expect((await overlayFocus(page))?.part).toBe('badge');
    await page.keyboard.press('Escape');
  }
  await page.waitForFunction(() => document.activeElement?.tagName !== 'SENSE-CHECK-ROOT');
  expect(await focusIsInEditor(page, 'x')).toBe(true);
  // Typing goes on where the user was.
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await expect.poll(() => modelText(page)).toMatch(/!$/);
  await page.close();
});

test('the face check keeps focus inside while open and gives it back to the editor', async () => {
  const page = await openSite(browser.context, 'x');
  await focusEditor(page, 'x');
  await typeText(page, RISKY_ANY_ACCOUNT);
  await waitForFindings(page);
  await page.keyboard.press('Control+Enter'); // X posts on Ctrl+Enter: the face check stops it
  await overlay(page).faceCheck.waitFor({ state: 'visible' });
  expect(await overlayFocus(page)).toMatchObject({ kind: 'face-check', action: 'edit' });

  const seen = new Set<string>();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focus = await overlayFocus(page);
    expect(focus?.kind, `Tab ${i + 1} left the dialog`).toBe('face-check');
    seen.add(focus?.action ?? '?');
  }
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Shift+Tab');
    expect((await overlayFocus(page))?.kind, `Shift+Tab ${i + 1} left the dialog`).toBe('face-check');
  }
  expect([...seen]).toEqual(expect.arrayContaining(['edit', 'post']));

  await page.keyboard.press('Escape');
  await overlay(page).faceCheck.waitFor({ state: 'detached' });
  expect(await focusIsInEditor(page, 'x')).toBe(true);
  expect(await page.evaluate(() => window.__fixture!.posted.length)).toBe(0);
  expect(await modelText(page)).toBe(RISKY_ANY_ACCOUNT);
  await page.close();
});

test('no request left the browser', () => {
  expect(requestsThatLeft(browser)).toEqual([]);
});
