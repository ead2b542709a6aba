// The fixture routes (tests/fixtures/fixture-routes.mjs: fixture pages at the real sites'
// addresses, everything else aborted) plus a record of every request anything in the browser
// made that was not a fixture file: the page, the content script, the extension's service worker
// (Playwright reports service-worker requests in Chromium). A test asserts the record is empty.
import type { BrowserContext, Request } from 'playwright-core';
import { fixtureFileFor, isBrowserFavicon, serveFixtures } from '../fixtures/fixture-routes.mjs';

export { FIXTURES_DIR } from '../fixtures/fixture-routes.mjs';

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** Where it came from: a page's URL, or the service worker's. */
  from: string;
}

function isInsideBrowser(url: string): boolean {
  return /^(chrome-extension|data|blob|about|chrome|devtools):/.test(url);
}

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

export class FixtureRouter {
  /** Requests that were not fixture files: each would have left the browser. */
  readonly foreign: RecordedRequest[] = [];

  async install(context: BrowserContext): Promise<void> {
    context.on('request', (request) => {
      const url = request.url();
      if (isInsideBrowser(url) || isBrowserFavicon(url)) return;
      if (fixtureFileFor(url, request.resourceType())) return;
      this.foreign.push({ url, resourceType: request.resourceType(), from: origin(request) });
    });
    await serveFixtures(context);
  }
}
