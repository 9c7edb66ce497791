import { defineConfig } from 'vitest/config';
import InterleavingSequencer from './test/support/interleaving-sequencer.ts';

const services = { globalSetup: ['test/support/local-runtime.ts'], testTimeout: 30_000, hookTimeout: 90_000 };

export default defineConfig({
  test: {
    // Node 20 is supported until the AWS SDK requires 22 (2027); the README says so once, the tests need not.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Vitest's default is one worker fewer than the cores: on 2 cores the tiers would run one file at
    // a time. Most tests wait on the local services, so two files at a time roughly halve the run;
    // three made the shared runtime's mail late enough to fail waits, and the run no faster.
    maxWorkers: 2,
    sequence: { sequencer: InterleavingSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/stub-env.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/support/service-env.ts'],
          ...services,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          ...services,
          testTimeout: 60_000,
          // A page waits on the API and on the stream: on 2 busy cores a second is not always enough.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
