import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/care-systems/**/*.test.ts', 'tests/quality-calibration/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    // Several tests generate a year of demo records (1-2 s each on a busy 2-core machine).
    testTimeout: 30_000,
  },
});
