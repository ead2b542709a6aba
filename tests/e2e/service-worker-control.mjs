// Stops the extension's service worker the way Chrome does when it idles, for the browser tests
// and `npm run bench:browser` (plain JavaScript so the .mjs bench can use it as is).
//
// ServiceWorker.stopAllWorkers acts on the storage partition of the page its DevTools session is
// attached to, and a web page's partition does not hold the extension's worker (from x.com's tab
// the call returns and nothing stops). So the session is opened on a page of the extension's own
// origin: its manifest.json, which runs no script and sends no message. Playwright's Worker
// "close" event comes late, so DevTools' runningStatus is the signal.

/** The extension's running service worker as Playwright knows it, if any. */
export function extensionWorker(context) {
  return context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
}

/** Resolves true once DevTools reports the extension's worker "stopped" (false after 5 s). */
export async function stopExtensionWorker(context, extensionId) {
  const id = extensionId ?? (extensionWorker(context) ? new URL(extensionWorker(context).url()).host : null);
  if (!id) return false;
  const origin = `chrome-extension://${id}`; // new URL(...).origin is "null" for this scheme in Node
  const extensionPage = await context.newPage();
  try {
    await extensionPage.goto(`${origin}/manifest.json`);
    const cdp = await context.newCDPSession(extensionPage);
    const stopped = new Promise((done) => {
      const timer = setTimeout(() => done(false), 5_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.scriptURL.startsWith(origin) && version.runningStatus === 'stopped')) {
          clearTimeout(timer);
          done(true);
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const result = await stopped;
    await cdp.detach();
    return result;
  } finally {
    await extensionPage.close();
  }
}
