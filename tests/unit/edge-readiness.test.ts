// Microsoft Edge runs the Chrome build (dist/, zipped by `npm run package` as
// sense-check-chrome-<version>.zip). Edge's guide to porting a Chrome extension asks for three
// things: no `update_url` in the manifest, no "Chrome" in the name or description, and only the
// extension APIs Edge supports. This checks the built manifest and every extension API namespace
// the source calls. No Edge binary installs on this machine (Debian's packages and the npm registry
// only), so the behaviour is proven in Chromium, the engine Edge is built on (tests/e2e).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'dist', 'manifest.json');

/**
 * The namespaces Sense Check may use: each is in Edge's list of supported extension APIs (all of
 * Chromium's, less a handful of Google-service ones such as gcm and instanceID that this list leaves out).
 */
const EDGE_SUPPORTED = new Set(['action', 'permissions', 'runtime', 'scripting', 'storage', 'tabs']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the Chrome build is ready for Microsoft Edge Add-ons', () => {
  it.skipIf(!existsSync(built))('has no update_url and does not say "Chrome" in its name or description', () => {
    const manifest = JSON.parse(readFileSync(built, 'utf8')) as Record<string, unknown>;
    expect(manifest.update_url).toBeUndefined();
    expect(String(manifest.name)).not.toMatch(/chrome/i);
    expect(String(manifest.description)).not.toMatch(/chrome/i);
    expect(manifest.manifest_version).toBe(3);
  });

  it('calls only extension APIs that Edge supports', () => {
    const used = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:browser|chrome)\.([a-z][a-zA-Z]*)\b/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((namespace) => !EDGE_SUPPORTED.has(namespace))).toEqual([]);
  });
});
