/// <reference types="vitest/config" />
// Two projects: fast unit tests beside the code, and browser tests (Playwright driving Debian's
// Chromium) that need the built extension in dist/ and run one file at a time on 2 cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { global: 'globalThis' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
