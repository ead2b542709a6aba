// The browser-test harness: Debian's Chromium with the built extension loaded, the fixture pages
// served at the sites' real addresses, typing and pasting the way a user does, and the overlay
// read through its open shadow root (test builds only).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { FixtureApi, FixtureSite } from '../fixtures/fixture-api';
import { FIXTURES_DIR, FixtureRouter, type RecordedRequest } from './fixture-router';
import { startLeakProxy, unexplainedLeaks } from './leak-proxy';
import { stopExtensionWorker } from './service-worker-control.mjs';
import { ALL_SITES, SITE_FIXTURES, type SiteFixture } from './sites';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS_DIR = join(REPO_ROOT, 'docs/screenshots');
export const CHROMIUM = process.env.SENSE_CHECK_CHROMIUM ?? '/usr/bin/chromium';

export type ExtensionBuild = 'dist' | 'dist-test';

export interface ExtensionSession {
  context: BrowserContext;
  /** The extension's service worker; null when launched without the extension. */
  worker: Worker | null;
  extensionId: string | null;
  /** Requests that were not fixture files (each would have left the browser), page and worker alike. */
  foreignRequests: RecordedRequest[];
  /** Requests that got past Playwright's routing to the catch-all proxy. */
  proxyLeaks: string[];
  close(): Promise<void>;
}

export function chromiumArgs(extensionDir: string | null, proxy?: string): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...(proxy ? [`--proxy-server=${proxy}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * Starts Chromium with a fresh profile and the extension built in `dist` (or none, with null, to
 * show a fixture behaves the same without it).
 */
export async function launchExtension(dist: ExtensionBuild | null): Promise<ExtensionSession> {
  if (!existsSync(join(FIXTURES_DIR, 'x', 'index.html'))) {
    throw new Error(`No fixture pages in ${FIXTURES_DIR}: run \`npm run build:fixtures\` first.`);
  }
  const extensionDir = dist ? join(REPO_ROOT, dist) : null;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    const command = dist === 'dist' ? 'npm run build:ext' : 'npm run build:ext:test';
    throw new Error(`No built extension in ${extensionDir} (manifest.json missing): run \`${command}\` first.`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'sense-check-e2e-'));
  const proxy = await startLeakProxy();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: chromiumArgs(extensionDir, proxy.address),
  });
  const router = new FixtureRouter();
  await router.install(context);

  let worker: Worker | null = null;
  if (extensionDir) {
    worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  }
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    worker,
    extensionId,
    foreignRequests: router.foreign,
    proxyLeaks: proxy.leaks,
    close: async () => {
      await context.close();
      await proxy.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser for one test file: launched before its tests, then `setUp` (choosing who is posting,
 * say), and closed after them. The object returned is filled in when the browser is up, so the
 * file's tests use it directly.
 */
export function extensionForFile(dist: ExtensionBuild, setUp?: (session: ExtensionSession) => Promise<unknown>): ExtensionSession {
  const session = {} as ExtensionSession;
  let launched: ExtensionSession | undefined;
  beforeAll(async () => {
    launched = await launchExtension(dist);
    Object.assign(session, launched);
    await setUp?.(session);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return session;
}

/** Stops the extension's service worker as Chrome does when idle; true once DevTools reports it stopped. */
export function stopWorker(session: ExtensionSession): Promise<boolean> {
  return stopExtensionWorker(session.context, session.extensionId);
}

/** The extension's service worker, started again if the browser stopped it. */
export async function currentWorker(session: ExtensionSession): Promise<Worker> {
  const running = session.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (running) return running;
  return session.context.waitForEvent('serviceworker', { timeout: 30_000 });
}

/** Opens a site's fixture at the site's real address and waits until its editor is ready. */
export async function openSite(context: BrowserContext, site: FixtureSite, page?: Page): Promise<Page> {
  const target = page ?? (await context.newPage());
  const fixture = SITE_FIXTURES[site];
  await target.goto(fixture.url);
  await target.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
  await target.locator(fixture.editor).first().waitFor();
  return target;
}

export function editor(page: Page, site: FixtureSite): Locator {
  return page.locator(SITE_FIXTURES[site].editor).first();
}

export async function focusEditor(page: Page, site: FixtureSite): Promise<void> {
  await editor(page, site).click();
}

/** The editor's own model text (Draft.js ContentState, Lexical state, Quill delta, ProseMirror doc, React state). */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture!.getText());
}

export function postedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__fixture!.posted]);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Types text as a person does: key presses for ASCII characters, Enter for "\n", and whole
 * grapheme clusters for emoji and other characters (as an emoji picker or IME inserts them).
 */
export async function typeText(page: Page, text: string): Promise<void> {
  for (const { segment } of segmenter.segment(text)) {
    if (segment === '\n') await page.keyboard.press('Enter');
    else if (/^[\x20-\x7e]$/.test(segment)) await page.keyboard.type(segment, { delay: 0 });
    else await page.keyboard.insertText(segment);
  }
}

/**
 * Pastes through the real clipboard: the text is written with the async clipboard API and pasted
 * with Ctrl+V, so the editor gets a trusted paste event and the browser's own default action.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}

export async function selectAllAndDelete(page: Page): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

/**
 * The overlay's parts, read through the OPEN shadow root of <sense-check-root> in test builds
 * (Playwright's CSS engine pierces open shadow roots; in production the root is closed).
 */
export function overlay(page: Page) {
  const host = page.locator('sense-check-root');
  return {
    host,
    badge: page.locator('sense-check-root [data-part="badge"]'),
    badgeButton: page.locator('sense-check-root [data-part="badge"] button, sense-check-root button[data-part="badge"]').first(),
    panel: page.locator('sense-check-root [data-part="panel"]'),
    findings: page.locator('sense-check-root [data-part="finding"]'),
    faceCheck: page.locator('sense-check-root [role="dialog"][data-kind="face-check"]'),
  };
}

/** Opens the findings panel from the badge, if it is not open already. */
export async function openPanel(page: Page): Promise<void> {
  const parts = overlay(page);
  if (await parts.panel.isVisible()) return;
  await parts.badgeButton.click();
  await parts.panel.waitFor({ state: 'visible' });
}

export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, name);
  // Finite CSS animations (the face check fades in) are finished first, so the picture is the settled UI.
  await target.screenshot({ path, animations: 'disabled' });
  return path;
}

export type { FixtureApi, SiteFixture };

export interface BadgeState {
  count: number;
  severity: string;
  label: string;
}

/** The badge of any compose box on the page, read through the open shadow root; null when none is rendered. */
export function badgeState(page: Page): Promise<BadgeState | null> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('sense-check-root')) {
      const badge = host.shadowRoot?.querySelector('[data-part="badge"]');
      if (!badge) continue;
      const button = badge.matches('button') ? badge : badge.querySelector('button');
      return {
        count: Number(badge.getAttribute('data-count')),
        severity: badge.getAttribute('data-severity') ?? '',
        label: button?.getAttribute('aria-label') ?? '',
      };
    }
    return null;
  });
}

/**
 * Waits until the badge shows at least one finding at warning or above for the text in the editor
 * NOW: the check has come back (no data-pending) and nothing changed for 150 ms (the content
 * script debounces keystrokes by up to 50 ms, so a badge seen right after typing may still be the
 * answer for an earlier revision).
 */
export async function waitForFindings(page: Page, timeout = 20_000): Promise<BadgeState> {
  const settled = () =>
    page.waitForFunction(
      () =>
        [...document.querySelectorAll('sense-check-root')].some((host) => {
          const badge = host.shadowRoot?.querySelector('[data-part="badge"]');
          return Number(badge?.getAttribute('data-count')) > 0 && badge?.getAttribute('data-pending') !== 'true';
        }),
      undefined,
      { timeout },
    );
  await settled();
  let before = await badgeState(page);
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.waitForTimeout(150);
    await settled();
    const now = await badgeState(page);
    if (now && before && now.count === before.count && now.severity === before.severity) return now;
    if (Date.now() > deadline) throw new Error(`The badge kept changing for ${timeout} ms: last ${JSON.stringify(now)}`);
    before = now;
  }
}

/** Waits until no compose box on the page renders a badge. */
export async function waitForNoBadge(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => ![...document.querySelectorAll('sense-check-root')].some((host) => host.shadowRoot?.querySelector('[data-part="badge"]')),
    undefined,
    { timeout },
  );
}

/** Polls until the editor's model text satisfies `done`; returns the last text read. */
export async function waitForModelText(page: Page, done: (text: string) => boolean, timeout = 5_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let text = await modelText(page);
  while (!done(text) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    text = await modelText(page);
  }
  return text;
}

/** True when the keyboard focus is in the site's editor (for a contenteditable, anywhere inside it). */
export function focusIsInEditor(page: Page, site: FixtureSite): Promise<boolean> {
  return page.evaluate((selector) => {
    const editorElement = document.querySelector(selector);
    const active = document.activeElement;
    return Boolean(editorElement && active && (editorElement === active || editorElement.contains(active)));
  }, SITE_FIXTURES[site].editor);
}

/**
 * Every request anything in the browser made that was not a fixture file (recorded and aborted
 * by the router), plus anything that reached the catch-all proxy and is not Chromium's own.
 */
export function requestsThatLeft(session: ExtensionSession): string[] {
  const hosts = ALL_SITES.map((site) => new URL(site.url).host);
  return [
    ...session.foreignRequests.map((request) => `${request.resourceType} ${request.url} (from ${request.from})`),
    ...unexplainedLeaks(session.proxyLeaks, hosts).map((leak) => `${leak} (reached the proxy)`),
  ];
}
