import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'out/**'],
    environment: 'node',
    reporters: ['default', './test/reporters/summary-line.ts'],
    // Durability and CLI tests spawn real processes; two cores, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default; on a loaded two-core CI machine a
    // first import (jsdom, pdfjs, extraction warming up) can take longer than that.
    expect: { poll: { timeout: 15_000 } },
  },
});
