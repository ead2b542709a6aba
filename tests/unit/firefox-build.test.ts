// The Firefox manifest made from the Chrome one (scripts/build-firefox.mjs): same content scripts,
// permissions and CSP; the background module as an event page; the gecko id and the consent key.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { FIREFOX_MIN_VERSION, firefoxManifest } from '../../scripts/build-firefox.mjs';

const root = resolve(import.meta.dirname, '../..');
const chrome = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

describe('the Firefox manifest', () => {
  const firefox = firefoxManifest({ ...chrome, background: { service_worker: 'service-worker-loader.js', type: 'module' } });

  it('runs the same background module as an event page', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('names the add-on, its first Firefox version, and that it collects no data', () => {
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: expect.stringMatching(/^[a-z0-9-._]+@[a-z0-9-._]+$/i),
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('keeps permissions, sites and CSP exactly as in Chrome, without Chrome-only keys', () => {
    for (const key of ['permissions', 'optional_host_permissions', 'content_scripts', 'content_security_policy', 'action', 'icons', 'version']) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.key).toBeUndefined();
  });

  it('refuses a manifest with no background to run', () => {
    expect(() => firefoxManifest({ ...chrome, background: undefined })).toThrow(/no background/);
  });
});
