/// <reference types="vitest/config" />
// Builds the engine as a library (the package's main export) and the `sense-check` command
// for Node. The extension has its own config in vite.config.ts.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export default defineConfig({
  // public/ holds extension assets (the managed-storage schema); the library does not ship them.
  publicDir: false,
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { index: 'src/engine/index.ts', cli: 'src/cli/main.ts' },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: true },
});
