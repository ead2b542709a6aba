// The harness checks itself, so that "no request left the browser" in the other files means
// something: a request from the page, and one from the extension's service worker, are both
// recorded (and refused); and the fixture pages really are served at the sites' addresses.
import { expect, test } from 'vitest';
import { currentWorker, extensionForFile, modelText, openSite, requestsThatLeft } from './harness';
import { ALL_SITES } from './sites';

const browser = extensionForFile('dist-test');

test('every fixture is served at its site address with an empty editor', async () => {
  const page = await browser.context.newPage();
  for (const site of ALL_SITES) {
    await openSite(browser.context, site.site, page);
    expect(page.url()).toBe(site.url);
    expect(await page.evaluate(() => window.__fixture?.site)).toBe(site.site);
    expect(await modelText(page)).toBe('');
  }
  await page.close();
});

test('a request from the page is recorded and refused', async () => {
  const page = await openSite(browser.context, 'x');
  const outcome = await page.evaluate(() =>
    fetch('https://telemetry.example/collect', { method: 'POST', body: 'draft' }).then(
      () => 'answered',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
  expect(requestsThatLeft(browser)).toEqual([expect.stringContaining('https://telemetry.example/collect')]);
  browser.foreignRequests.length = 0;
  await page.close();
});

test("a request from the extension's service worker is recorded and refused", async () => {
  const worker = await currentWorker(browser);
  const outcome = await worker.evaluate(() =>
    fetch('https://worker-telemetry.example/collect').then(
      () => 'answered',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
  expect(browser.foreignRequests.map((request) => [request.url, request.from])).toEqual([
    ['https://worker-telemetry.example/collect', worker.url()],
  ]);
  browser.foreignRequests.length = 0;
});
