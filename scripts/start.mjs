#!/usr/bin/env node
// `npm start`: shows Sense Check working with no account anywhere. After the build (dist/ and
// dist-fixtures/, run by the npm script), it opens Chromium (or Chrome / Edge where installed)
// with the extension loaded and a fresh profile, on a local demo page that links to each site's
// compose box. The content script only runs on the real sites' addresses, so those addresses are
// answered by the browser itself from dist-fixtures/ (Playwright's context.route): nothing goes
// out to x.com or anywhere else, and no log-in is needed.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { FIXTURES_DIR, FIXTURE_PAGES, contentTypeOf, serveFixtures } from '../tests/fixtures/fixture-routes.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, 'dist');

function findBrowser() {
  const candidates = [
    process.env.SENSE_CHECK_BROWSER,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ];
  return candidates.find((path) => path && existsSync(path));
}

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const LOAD_BY_HAND = `To try it in your own browser instead:
  1. Open chrome://extensions (edge://extensions in Edge) and switch on Developer mode.
  2. Click "Load unpacked" and choose ${EXTENSION_DIR}
  3. Compose a post on X, Facebook, LinkedIn, Bluesky, Mastodon (mastodon.social) or Threads.`;

/** Serves dist-fixtures/ on 127.0.0.1: the demo page at /, the built assets under /__fixture/. */
async function serveDemo() {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const relative = path === '/' ? 'demo/index.html' : path.startsWith('/__fixture/') ? path.slice('/__fixture/'.length) : null;
    const file = relative === null ? null : join(FIXTURES_DIR, normalize(decodeURIComponent(relative)));
    if (!file || !file.startsWith(FIXTURES_DIR + sep)) {
      response.writeHead(404).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypeOf(file) }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || !existsSync(join(FIXTURES_DIR, 'demo', 'index.html'))) {
    console.error('The extension or the demo pages are not built. Run `npm start` (it builds both) rather than this script alone.');
    process.exit(1);
  }
  // SENSE_CHECK_DEMO_HEADLESS=1 runs the same demo without a window, to smoke-test this script in CI.
  const headless = process.env.SENSE_CHECK_DEMO_HEADLESS === '1';
  if (!headless && !hasDisplay()) {
    console.log(`Sense Check is built in ${EXTENSION_DIR}, but there is no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window can open.\n\n${LOAD_BY_HAND}`);
    return;
  }
  const executablePath = findBrowser();
  if (!executablePath) {
    console.log(`No Chromium, Chrome or Edge found (set SENSE_CHECK_BROWSER to the browser's executable to choose one).\n\n${LOAD_BY_HAND}`);
    return;
  }

  const demo = await serveDemo();
  const profileDir = await mkdtemp(join(tmpdir(), 'sense-check-demo-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    viewport: null,
    // Playwright adds --disable-extensions by default; the demo needs this one extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      // Chromium refuses to start its sandbox as root (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // The six sites' addresses are answered from dist-fixtures/; the demo page itself comes from the
  // local server, which the route lets through.
  const demoOrigin = new URL(demo.url).origin;
  await serveFixtures(context, { passThrough: (url) => url.origin === demoOrigin });

  const [first] = context.pages();
  const page = first ?? (await context.newPage());
  await page.goto(demo.url);
  if (headless) {
    // Smoke test: the demo page loads, and its first link opens X's composer at x.com with the overlay host.
    await page.getByRole('link', { name: 'X', exact: true }).click();
    await page.waitForURL(FIXTURE_PAGES.x);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Views my own, but anyone voting Conservative wants their head examining.');
    await page.locator('sense-check-root').first().waitFor({ state: 'attached', timeout: 15_000 });
    console.log(`Headless smoke test: demo page and ${page.url()} loaded, and the extension's overlay is on the page.`);
    await context.close();
    demo.server.close();
    await rm(profileDir, { recursive: true, force: true });
    return;
  }
  console.log(`Sense Check demo running in ${executablePath}.
Demo page: ${demo.url} (also open in the browser)
Compose boxes, served locally at the sites' real addresses:
${Object.entries(FIXTURE_PAGES).map(([site, url]) => `  ${site.padEnd(9)} ${url}`).join('\n')}
Close the browser window (or press Ctrl+C here) to stop.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await context.close().catch(() => {});
    demo.server.close();
    await rm(profileDir, { recursive: true, force: true });
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
