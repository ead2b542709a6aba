// The extension's manifest and icons, and the promise that nothing leaves the machine: no network
// API appears anywhere in the extension's source.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

describe('manifest.json', () => {
  it('is MV3 with exactly the permissions the extension needs', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Sense Check');
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('locks extension pages to their own scripts', () => {
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'");
  });

  it('injects the content script on the six sites at document_idle', () => {
    const [script] = manifest.content_scripts;
    expect(script.run_at).toBe('document_idle');
    for (const host of ['x.com', 'twitter.com', 'www.facebook.com', 'www.linkedin.com', 'bsky.app', 'www.threads.com', 'www.threads.net', 'mastodon.social']) {
      expect(script.matches).toContain(`https://${host}/*`);
    }
  });

  it('has its icons at 16, 32, 48 and 128 px', () => {
    for (const size of [16, 32, 48, 128]) {
      const png = readFileSync(join(root, manifest.icons[String(size)]));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('nothing leaves the machine', () => {
  it('no extension source calls a network API', () => {
    const offenders: string[] = [];
    for (const folder of ['background', 'content', 'sites', 'shared', 'popup', 'overlay', 'engine', 'rules']) {
      const dir = join(root, 'src', folder);
      let files: string[] = [];
      try {
        files = sourceFiles(dir);
      } catch {
        continue; // a folder not written yet
      }
      for (const file of files) {
        const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
        if (/\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|sendBeacon|EventSource|importScripts/.test(code)) offenders.push(file);
      }
    }
    expect(offenders).toEqual([]);
  });
});
