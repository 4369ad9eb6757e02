import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.tsx',
      'e2e/**/*.test.ts',
    ],
    testTimeout: 60_000,
    // Browser and server start/stop in e2e hooks take seconds on a loaded 2-core machine.
    hookTimeout: 120_000,
    // Browser tests poll for what the page shows; the server runs analyses one at a time,
    // so on a loaded machine a data panel can take seconds, not the 1 s default.
    expect: { poll: { timeout: 20_000 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest.json' },
  },
});
