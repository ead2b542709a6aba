#!/usr/bin/env node
// npm run build:firefox: the Firefox build, made from the Chrome build rather than by a second Vite
// run, so both ship the very same scripts. It copies dist/ (without dist/lib, the engine library
// for the command line) into dist-firefox/ and rewrites the copy's manifest for Firefox:
//   - background: Firefox's MV3 has no extension service workers; it runs the same module as an
//     event page ("background.scripts" with "type": "module", Firefox 128+). The Chrome key
//     "service_worker" is dropped so web-ext lint does not warn about it.
//   - browser_specific_settings.gecko: the add-on id Firefox needs to keep storage and policies
//     (policies.json "3rdparty" settings are keyed by it), the first version the manifest works on,
//     and data_collection_permissions "none" (Firefox's own consent screen: nothing is collected).
//   - minimum_chrome_version and key (the public key that pins Chrome's extension id) are Chrome's
//     own; Firefox ignores them and web-ext lint flags them.
// The Chrome build in dist/ is left untouched.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'dist');
const target = join(root, 'dist-firefox');

/** Overridable for an organisation's own signed build; the default is this project's id. */
export const GECKO_ID = process.env.SENSE_CHECK_GECKO_ID ?? 'sense-check@sense-check';
/**
 * ES-module background scripts and optional_host_permissions need Firefox 128, and
 * data_collection_permissions needs 140; 140 is also the Extended Support Release that managed
 * desktops (the organisations deploying this with policies.json) run.
 */
export const FIREFOX_MIN_VERSION = '140.0';

export function firefoxManifest(chrome) {
  const { minimum_chrome_version: _chromeOnly, key: _chromeExtensionKey, background = {}, ...rest } = chrome;
  const { service_worker: worker, scripts, type } = background;
  const backgroundScripts = scripts ?? (worker ? [worker] : []);
  if (backgroundScripts.length === 0) throw new Error('dist/manifest.json has no background service worker or scripts to run in Firefox');
  return {
    ...rest,
    background: { scripts: backgroundScripts, ...(type ? { type } : {}) },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Firefox's built-in consent: the extension collects and transmits nothing at all.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

function main() {
  const manifestPath = join(source, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`build:firefox: ${relative(root, manifestPath)} is missing; run \`npm run build:ext\` first (npm run build:firefox does it for you)`);
    process.exit(2);
  }
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true, filter: (path) => path !== join(source, 'lib') });
  const manifest = firefoxManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`build:firefox: ${relative(root, target)}/ (add-on id ${GECKO_ID}, Firefox ${FIREFOX_MIN_VERSION}+)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
