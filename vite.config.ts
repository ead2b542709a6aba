// Builds the browser extension (MV3) with @crxjs/vite-plugin from manifest.json.
//   npm run build:ext       → dist/       production: the overlay's shadow root is closed
//   npm run build:ext:test  → dist-test/  `--mode test`: open shadow root so Playwright can look inside
// The engine library is built separately into dist/lib (vite.lib.config.ts); this build must not
// delete it, so instead of Vite's emptyOutDir we clear dist/ ourselves and leave lib/ alone.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

const KEEP_IN_OUT_DIR = new Set(['lib']);

function clearOutDirExceptLibrary(outDir: string): Plugin {
  return {
    name: 'sense-check:clear-out-dir',
    apply: 'build',
    buildStart() {
      if (!existsSync(outDir)) return;
      for (const entry of readdirSync(outDir)) {
        if (!KEEP_IN_OUT_DIR.has(entry)) rmSync(join(outDir, entry), { recursive: true, force: true });
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const outDir = resolve(mode === 'test' ? 'dist-test' : 'dist');
  return {
    plugins: [
      clearOutDirExceptLibrary(outDir),
      crx({
        manifest,
        // The content script is one self-contained IIFE (no ES-module loader and no
        // web_accessible_resources), so the worker can also register it with
        // chrome.scripting.registerContentScripts on sites the user enables.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'chrome120',
      sourcemap: false,
      minify: mode !== 'test',
      // Vite's modulepreload polyfill is a fetch() of the page's own chunks; every browser this
      // targets (Chrome 120+, Firefox 140+) preloads modules natively, and the bundle must hold no
      // network API at all (tests/unit/privacy.test.ts checks the built files).
      modulePreload: { polyfill: false },
    },
  };
});
