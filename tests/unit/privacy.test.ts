// "Nothing leaves the machine", checked on what ships: the BUILT extension (dist/, dist-test/,
// dist-firefox/ when present) holds no network API and no remote or string-evaluated code, its
// manifest asks for the six sites only (anything more is optional and granted by the user), its
// pages run under a strict CSP, and the record of "Post anyway" holds no text.
// tests/unit/manifest.test.ts already scans src/ for network APIs; this file covers the bundles
// (a dependency could bring a fetch in, as Vite's modulepreload polyfill did) and remote code in src/.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_TRAIL_KEY, AuditTrail } from '../../src/background/audit-trail';
import { FeedbackLog, OVERRIDES_KEY } from '../../src/background/feedback-log';
import { handleMessage, type HandlerDeps } from '../../src/background/message-handler';
import { SettingsCache } from '../../src/background/settings-cache';
import { SETTINGS_KEY, defaultSettings } from '../../src/shared/settings';

const root = resolve(import.meta.dirname, '../..');

/** The six sites (X under both names, Threads under both domains): the only hosts the extension runs on unasked. */
const SITE_PATTERNS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.facebook.com/*',
  'https://www.linkedin.com/*',
  'https://bsky.app/*',
  'https://www.threads.com/*',
  'https://www.threads.net/*',
  'https://mastodon.social/*',
];

/** Network APIs and ways to run code that did not ship in the package. */
const FORBIDDEN_IN_CODE: Array<[string, RegExp]> = [
  ['fetch', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
  ['WebTransport', /WebTransport/],
  ['RTCPeerConnection', /RTCPeerConnection/],
  ['importScripts', /importScripts/],
  // A call of eval, not a method that happens to be named eval (re2js has one: `eval(input, pos) {`).
  ['eval', /(?<![\w$.])eval\s*\((?![^()]*\)\s*\{)/],
  ['new Function', /(?<![\w$.])(?:new\s+)?Function\s*\(\s*["'`]/],
  ['import() of a URL', /import\s*\(\s*["'`](?:https?:)?\/\//],
  ['static import of a URL', /(?:^|[;\s])import\s[^;]*?from\s*["'`](?:https?:)?\/\//],
  ['string timer', /(?<![\w$.])set(?:Timeout|Interval)\s*\(\s*["'`]/],
];

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** Every rule a file breaks, as "file: what" lines. */
function offences(file: string, code: string): string[] {
  return FORBIDDEN_IN_CODE.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${relative(root, file)}: ${what}`);
}

const BUILDS = ['dist', 'dist-test', 'dist-firefox'].filter((build) => existsSync(join(root, build, 'manifest.json')));

describe('the built extension', () => {
  it('has been built (npm test builds dist/ and dist-test/ before the unit tests)', () => {
    // A missing build would make every check below vacuous, so say so instead of passing quietly.
    expect(BUILDS, 'run `npm run build:ext` and `npm run build:ext:test` first').toEqual(expect.arrayContaining(['dist', 'dist-test']));
  });

  describe.each(BUILDS)('%s/', (build) => {
    const dir = join(root, build);
    // dist/lib is the engine library for the command line and other tools, not part of the extension.
    const scripts = filesUnder(dir, (name) => /\.(m?js)$/.test(name)).filter((file) => !file.startsWith(join(dir, 'lib')));
    const pages = filesUnder(dir, (name) => name.endsWith('.html'));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

    it('holds no network API and no remote or string-evaluated code in any script', () => {
      expect(scripts.length).toBeGreaterThan(2);
      expect(scripts.flatMap((file) => offences(file, readFileSync(file, 'utf8')))).toEqual([]);
    });

    it('loads only its own scripts in its pages, none inline', () => {
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const html = readFileSync(page, 'utf8');
        const tags = [...html.matchAll(/<(script|link|iframe|img)\b[^>]*>/gi)].map((match) => match[0]);
        for (const tag of tags) {
          const url = /\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
          if (url !== undefined) expect(url, `${relative(root, page)}: ${tag}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:)?\/\//i);
        }
        const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].filter((match) => match[1]!.trim() !== '');
        expect(inline.map((match) => match[0]), relative(root, page)).toEqual([]);
      }
    });

    it('runs unasked on the six sites only; any other site must be granted by the user', () => {
      expect(manifest.host_permissions ?? []).toEqual([]);
      const matches = (manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches);
      expect([...new Set(matches)].sort()).toEqual([...SITE_PATTERNS].sort());
      expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
      expect(manifest.permissions).not.toEqual(expect.arrayContaining(['<all_urls>']));
      for (const permission of ['webRequest', 'tabs', 'history', 'cookies', 'downloads', 'nativeMessaging', 'debugger', 'management']) {
        expect(manifest.permissions, permission).not.toContain(permission);
      }
      // No web page and no other extension may message it.
      expect(manifest.externally_connectable).toBeUndefined();
      const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry: { matches?: string[] }) => entry.matches ?? []);
      expect(exposed.filter((pattern: string) => !SITE_PATTERNS.includes(pattern))).toEqual([]);
    });

    it('locks its pages to their own scripts with a strict CSP', () => {
      const csp: string = manifest.content_security_policy?.extension_pages ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
      expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    });
  });
});

describe('the extension source', () => {
  it('holds no remote or string-evaluated code (network APIs: see manifest.test.ts)', () => {
    const folders = readdirSync(join(root, 'src')).filter((name) => name !== 'cli' && statSync(join(root, 'src', name)).isDirectory());
    const files = folders.flatMap((folder) => filesUnder(join(root, 'src', folder), (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)));
    const remoteCode = FORBIDDEN_IN_CODE.filter(([what]) => /eval|Function|import|timer/.test(what));
    const found = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      return remoteCode.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${relative(root, file)}: ${what}`);
    });
    expect(files.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});

describe('the record of what the user did', () => {
  function memoryStorage() {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    };
  }

  it('keeps no text of a post that went out anyway, even when the message carries some', async () => {
    const storage = memoryStorage();
    const deps: HandlerDeps = {
      extensionId: 'abcdefghijklmnopabcdefghijklmnop',
      settings: new SettingsCache(storage),
      feedback: new FeedbackLog(storage),
      now: () => new Date('2026-03-02T10:00:00Z'),
    };
    const secret = 'Vote Labour on Thursday! #ToriesOut';
    const request = { type: 'record-override', site: 'x', handle: '@jdoe', kind: 'post', rules: ['partisan-content'], text: secret, draft: { text: secret } };
    await handleMessage(request, { id: deps.extensionId }, deps);
    const stored = storage.data[OVERRIDES_KEY] as Array<Record<string, unknown>>;
    expect(stored).toEqual([{ time: '2026-03-02T10:00:00.000Z', site: 'x', handle: '@jdoe', kind: 'post', rules: ['partisan-content'] }]);
    expect(JSON.stringify(storage.data)).not.toContain('Labour');
  });

  /** A check of the draft, then "Post anyway", through the worker's handler, with the audit trail as set. */
  async function postAnyway(auditTrail: { enabled: boolean; includeText: boolean }) {
    const settings = defaultSettings();
    settings.auditTrail = { ...settings.auditTrail, ...auditTrail };
    const storage = memoryStorage();
    storage.data[SETTINGS_KEY] = settings;
    const deps: HandlerDeps = {
      extensionId: 'abcdefghijklmnopabcdefghijklmnop',
      settings: new SettingsCache(storage),
      feedback: new FeedbackLog(storage),
      audit: new AuditTrail(storage),
      lastChecked: new Map(),
      now: () => new Date('2026-03-02T10:00:00Z'),
    };
    const sender = { id: deps.extensionId, tab: { id: 4 } };
    const text = 'Vote Labour on Thursday! #ToriesOut';
    await handleMessage({ type: 'check', revision: 1, site: 'x', handle: '@jdoe', draft: { text, platform: 'x', kind: 'post', postedAt: '2026-03-02T10:00:00' } }, sender, deps);
    await handleMessage({ type: 'record-override', site: 'x', handle: '@jdoe', kind: 'post', rules: ['partisan-content'] }, sender, deps);
    const { [SETTINGS_KEY]: _settings, ...stored } = storage.data;
    return { stored, lastChecked: deps.lastChecked! };
  }

  it('keeps no audit trail unless it is turned on (it is off by default, text off too)', async () => {
    expect(defaultSettings().auditTrail).toMatchObject({ enabled: false, includeText: false });
    const { stored, lastChecked } = await postAnyway({ enabled: false, includeText: false });
    expect(stored[AUDIT_TRAIL_KEY]).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain('Labour');
    expect(lastChecked.size).toBe(0); // the worker does not even hold the text in memory
  });

  it('keeps an audit trail without the text when the trail is on but text is not', async () => {
    const { stored, lastChecked } = await postAnyway({ enabled: true, includeText: false });
    expect(stored[AUDIT_TRAIL_KEY]).toEqual([{ time: '2026-03-02T10:00:00.000Z', site: 'x', handle: '@jdoe', account: 'personal', kind: 'post', rules: ['partisan-content'] }]);
    expect(JSON.stringify(stored)).not.toContain('Labour');
    expect(lastChecked.size).toBe(0);
  });

  it('keeps the text only when the user (or their organisation) opts in', async () => {
    const { stored } = await postAnyway({ enabled: true, includeText: true });
    expect(stored[AUDIT_TRAIL_KEY]).toEqual([expect.objectContaining({ rules: ['partisan-content'], text: 'Vote Labour on Thursday! #ToriesOut' })]);
  });
});
