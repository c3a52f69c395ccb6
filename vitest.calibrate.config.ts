import { defineConfig } from 'vitest/config';

/**
 * `npm run calibrate`: the quality engine against the labelled calibration set, with its
 * precision/recall table. It joins `npm test` once every flag reaches 0.85 (issue 4).
 */
export default defineConfig({
  test: { include: ['tests/quality-calibration/**/*.calibrate.ts'], environment: 'node' },
});
