#!/usr/bin/env node
// npm run bench:browser: how the extension feels in a real browser, against the product's targets.
// It reports; it does not gate (exit 0 whatever the figures): timings on a shared 2-core machine vary.
//
//   - keystroke -> overlay updated, over >= 500 keystrokes on the X (Draft.js) and Facebook
//     (Lexical) fixtures: from the keydown (a capture listener in the page) to the moment the
//     overlay shows the answer for that keystroke (a MutationObserver on the overlay's open shadow
//     root sees the badge leave its "check in flight" state, data-pending). Keystrokes are paced
//     just past the content script's 50 ms debounce, so each one gets its own check.
//     Target: p95 <= 16 ms (one frame).
//   - long tasks in the page while typing (PerformanceObserver 'longtask'), paced and at full
//     speed. Target: none over 50 ms.
//   - cold start: the service worker is stopped (CDP ServiceWorker.stopAllWorkers), then the time
//     from the next keystroke to the overlay's answer. Target: <= 300 ms. A restarted worker answers
//     first with the rules alone (the badge's data-partial) and then in full; both are reported, the
//     target judged on the first.
//   - the content script's size: its entry file(s) from the manifest plus every chunk they import,
//     gzipped. Target: <= 30 kB.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { FIXTURE_PAGES, FIXTURES_DIR, serveFixtures } from '../fixtures/fixture-routes.mjs';
import { stopExtensionWorker } from '../e2e/service-worker-control.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const TEST_BUILD = join(ROOT, 'dist-test');
const PRODUCTION_BUILD = join(ROOT, 'dist');
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 500);
const BURST_KEYSTROKES = 200;
const COLD_STARTS = 5;
const DEBOUNCE_MS = 50; // src/content/composer-session.ts CHECK_DEBOUNCE_MS

const EDITORS = {
  x: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
  facebook: '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
};
// A draft the rules flag on the default (personal) profile, so the badge is on screen from the start.
const OPENING = 'Views my own, but anyone voting Conservative wants their head examining. Vote Labour on Thursday! ';
const TYPED = 'the council will publish its budget consultation on monday and residents can reply online ';

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function fail(message) {
  console.error(`bench:browser: ${message}`);
  process.exit(0);
}

/** Installed in the page once the badge is on screen: times keydowns, overlay answers and long tasks. */
function instrumentPage() {
  const bench = { keydowns: [], answers: [], fullAnswers: [], longTasks: [] };
  window.__bench = bench;
  window.addEventListener('keydown', () => bench.keydowns.push(performance.now()), true);
  const roots = [...document.querySelectorAll('sense-check-root')].map((host) => host.shadowRoot).filter(Boolean);
  if (roots.length === 0) throw new Error('no open shadow root: is this the test build (dist-test)?');
  let inFlight = false;
  let awaitingFull = false;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    const pending = roots.some((root) => root.querySelector('[data-part="badge"][data-pending="true"]'));
    // After a worker start the first answer is the rules' alone (data-partial), the full one follows.
    const partial = roots.some((root) => root.querySelector('[data-part="badge"][data-partial="true"]'));
    if (pending) {
      inFlight = true;
      awaitingFull = true;
    } else if (inFlight) {
      inFlight = false;
      bench.answers.push(now);
    }
    if (!pending && !partial && awaitingFull) {
      awaitingFull = false;
      bench.fullAnswers.push(now);
    }
  });
  for (const root of roots) observer.observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
}

async function keyFor(index) {
  return TYPED[index % TYPED.length] === ' ' ? 'Space' : TYPED[index % TYPED.length];
}

/** Presses one key and waits for the overlay's answer to it; returns keydown -> answer in ms. */
async function timedKeystroke(page, key) {
  return (await timedKeystrokeFull(page, key)).first;
}

/** The same, and keydown -> the full answer (later than the first only after a worker start). */
async function timedKeystrokeFull(page, key) {
  const before = await page.evaluate(() => ({ answers: window.__bench.answers.length, full: window.__bench.fullAnswers.length }));
  await page.keyboard.press(key);
  await page.waitForFunction((counts) => window.__bench.answers.length > counts.answers && window.__bench.fullAnswers.length > counts.full, before, { timeout: 10_000, polling: 5 });
  return page.evaluate(() => {
    const bench = window.__bench;
    return { first: bench.answers.at(-1) - bench.keydowns.at(-1), full: bench.fullAnswers.at(-1) - bench.keydowns.at(-1) };
  });
}

async function measureSite(context, site) {
  const page = await context.newPage();
  await page.goto(FIXTURE_PAGES[site]);
  const editor = page.locator(EDITORS[site]);
  await editor.click();
  await page.keyboard.type(OPENING);
  await page.waitForFunction(
    () => [...document.querySelectorAll('sense-check-root')].some((host) => host.shadowRoot?.querySelector('[data-part="badge"]')),
    undefined,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(200);
  await page.evaluate(instrumentPage);

  const latencies = [];
  for (let index = 0; index < KEYSTROKES; index++) {
    latencies.push(await timedKeystroke(page, await keyFor(index)));
    await page.waitForTimeout(DEBOUNCE_MS + 10);
  }
  const pacedLongTasks = await page.evaluate(() => window.__bench.longTasks.splice(0));

  // Full speed, as a fast typist or key repeat: the debounce batches checks; the page must stay smooth.
  for (let index = 0; index < BURST_KEYSTROKES; index++) await page.keyboard.press(await keyFor(index));
  await page.waitForTimeout(500);
  const burstLongTasks = await page.evaluate(() => window.__bench.longTasks.splice(0));

  // Cold start: stop the extension's service worker, then time the next keystroke's answer.
  const coldStarts = [];
  for (let run = 0; run < COLD_STARTS; run++) {
    const wasStopped = await stopExtensionWorker(context);
    await page.bringToFront();
    await page.waitForTimeout(200);
    const timed = await timedKeystrokeFull(page, await keyFor(run));
    coldStarts.push({ ms: timed.first, fullMs: timed.full, wasStopped });
    await page.waitForTimeout(DEBOUNCE_MS + 10);
  }
  await page.close();
  latencies.sort((a, b) => a - b);
  return { site, latencies, pacedLongTasks, burstLongTasks, coldStarts };
}

/** The manifest's content-script files and every chunk they import, statically or dynamically. */
function contentScriptFiles(buildDir) {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  const queue = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []).map((file) => join(buildDir, file));
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const specifier = match[1];
      // crxjs's loader imports chunks by extension URL: chrome.runtime.getURL("assets/x.js").
      const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : join(buildDir, specifier.replace(/^\//, ''));
      queue.push(target);
    }
    for (const match of source.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) queue.push(join(buildDir, match[1].replace(/^\//, '')));
  }
  return [...seen];
}

function contentScriptSize(buildDir) {
  const files = contentScriptFiles(buildDir);
  const raw = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  const gzipped = gzipSync(Buffer.concat(files.map((file) => readFileSync(file))), { level: 9 }).length;
  return { files: files.map((file) => file.slice(buildDir.length + 1)), raw, gzipped };
}

function row(measure, value, target, pass) {
  return { measure, value, target, result: pass === null ? 'n/a' : pass ? 'PASS' : 'MISS' };
}

async function main() {
  if (!existsSync(join(TEST_BUILD, 'manifest.json'))) fail('dist-test/ is missing: run `npm run build:ext:test` (npm run bench:browser does).');
  if (!existsSync(join(FIXTURES_DIR, 'x', 'index.html'))) fail('dist-fixtures/ is missing: run `npm run build:fixtures`.');

  const profileDir = await mkdtemp(join(tmpdir(), 'sense-check-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.SENSE_CHECK_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${TEST_BUILD}`,
      `--load-extension=${TEST_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows = [];
  try {
    await serveFixtures(context);
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    for (const site of ['x', 'facebook']) {
      const result = await measureSite(context, site);
      const { latencies } = result;
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      const max = latencies.at(-1);
      rows.push(row(`${site}: keystroke -> overlay p50 (n=${latencies.length})`, `${p50.toFixed(1)} ms`, '', null));
      rows.push(row(`${site}: keystroke -> overlay p95`, `${p95.toFixed(1)} ms`, '<= 16 ms', p95 <= 16));
      rows.push(row(`${site}: keystroke -> overlay max`, `${max.toFixed(1)} ms`, '', null));
      for (const [label, tasks] of [['paced', result.pacedLongTasks], ['full speed', result.burstLongTasks]]) {
        const longest = Math.max(0, ...tasks.map((task) => task.duration));
        const over = tasks.filter((task) => task.duration > 50).length;
        rows.push(row(`${site}: long tasks typing (${label})`, `${tasks.length} (longest ${longest.toFixed(0)} ms)`, 'none > 50 ms', over === 0));
      }
      const colds = result.coldStarts;
      const stoppedColds = colds.filter((cold) => cold.wasStopped).map((cold) => cold.ms).sort((a, b) => a - b);
      const worst = stoppedColds.at(-1);
      rows.push(
        row(
          `${site}: cold start -> first findings (${stoppedColds.length}/${colds.length} runs with the worker stopped)`,
          stoppedColds.length ? `median ${percentile(stoppedColds, 50).toFixed(0)} ms, max ${worst.toFixed(0)} ms` : 'worker never stopped',
          '<= 300 ms',
          stoppedColds.length ? worst <= 300 : null,
        ),
      );
      // The first answer after a start is the rules' alone; the learned patterns' follow (not judged:
      // the target is for first findings, and the send gate always waits for the full answer).
      const fullColds = colds.filter((cold) => cold.wasStopped).map((cold) => cold.fullMs).sort((a, b) => a - b);
      rows.push(
        row(
          `${site}: cold start -> full findings (rules and learned patterns)`,
          fullColds.length ? `median ${percentile(fullColds, 50).toFixed(0)} ms, max ${fullColds.at(-1).toFixed(0)} ms` : 'worker never stopped',
          '',
          null,
        ),
      );
    }
  } finally {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  }

  // The target is for what users install (dist/); the test build is shown for reference only.
  for (const [label, dir, judged] of [['dist (production)', PRODUCTION_BUILD, true], ['dist-test (reference)', TEST_BUILD, false]]) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      rows.push(row(`content script gzipped, ${label}`, 'not built (npm run build:ext)', '<= 30 kB', null));
      continue;
    }
    const size = contentScriptSize(dir);
    rows.push(
      row(
        `content script gzipped, ${label} (${size.files.length} files, ${(size.raw / 1024).toFixed(1)} kB raw)`,
        `${(size.gzipped / 1024).toFixed(1)} kB`,
        judged ? '<= 30 kB' : '',
        judged ? size.gzipped <= 30 * 1024 : null,
      ),
    );
  }
  console.table(rows);
}

main().catch((error) => {
  console.error(`bench:browser failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(0);
});
