import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two browsers at once: each test has its own profile and each worker its own demo care system,
  // so nothing is shared; on this 2-core machine the suite takes 6 min instead of 8.5.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
