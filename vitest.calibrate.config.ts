import { defineConfig } from 'vitest/config';

/** `npm run calibrate`: only the quality engine against the labelled set, with its precision/recall table. */
export default defineConfig({
  test: { include: ['tests/quality-calibration/engine-calibration.test.ts'], environment: 'node' },
});
