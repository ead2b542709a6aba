// Builds the fixture pages (tests/fixtures/<site>/index.html) into dist-fixtures/<site>/index.html.
// Each page is a compose box built on the editor library the real site uses, in the DOM shape of
// shared/sites/<site>.html. The browser tests and `npm start` serve them at the sites' real
// addresses (context.route), so every asset lives under one prefix, /__fixture/, that the router
// can tell apart from the page address itself.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'tests/fixtures');
export const FIXTURE_SITES = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads', 'demo'] as const;

export default defineConfig({
  root,
  base: '/__fixture/',
  // draft-js (via fbjs) reads the Node global `global`.
  define: { global: 'globalThis', 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist-fixtures'),
    emptyOutDir: true,
    // Readable stack traces when an editor misbehaves under test.
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: Object.fromEntries(FIXTURE_SITES.map((site) => [site, resolve(root, site, 'index.html')])),
    },
  },
});
