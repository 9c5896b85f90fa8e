import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          setupFiles: ['tests/support/i18n-messages.ts', 'tests/support/preact-effects.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // One real Chromium at a time: the machine has two cores.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A busy two-core machine can take seconds to show what a fast one shows at once.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
