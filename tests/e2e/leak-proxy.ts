// A last line of defence for "nothing leaves the machine": the browser is started with this
// local HTTP proxy as its only route out. Playwright's routing answers every request it sees; a
// request it cannot see (from a part of the browser Playwright does not instrument) would reach
// this proxy instead, which records where it was going and refuses it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LeakProxy {
  /** Pass to Chromium as --proxy-server. */
  address: string;
  /** Host or URL of every request that reached the proxy. */
  leaks: string[];
  close(): Promise<void>;
}

export async function startLeakProxy(): Promise<LeakProxy> {
  const leaks: string[] = [];
  const server: Server = createServer((request, response) => {
    leaks.push(`${request.method} ${request.url}`);
    response.writeHead(502).end('Sense Check tests: no network');
  });
  server.on('connect', (request, socket) => {
    leaks.push(`CONNECT ${request.url}`);
    socket.destroy();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    leaks,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// Chromium reaches these by itself even with --disable-background-networking and
// --disable-component-update (component updater, account and autofill services), with or
// without any extension loaded.
const BROWSER_OWN_HOSTS = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|googleusercontent\.com)(:\d+)?$/;

/**
 * The leaks the extension could be responsible for: drops Chromium's own service traffic and the
 * connection it opens in advance (preconnect) to the host of a page being navigated to, before
 * Playwright's routing answers the request itself. Both were seen in a run without the extension.
 */
export function unexplainedLeaks(leaks: readonly string[], pageHosts: readonly string[]): string[] {
  return leaks.filter((leak) => {
    const [method, target = ''] = leak.split(' ');
    const host = method === 'CONNECT' ? target : safeHost(target);
    if (BROWSER_OWN_HOSTS.test(host)) return false;
    if (method === 'CONNECT' && pageHosts.some((page) => host === `${page}:443`)) return false;
    return true;
  });
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
