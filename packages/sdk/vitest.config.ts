import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@vdx/sdk',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The transport tests force a garbage collection during a request.
    execArgv: ['--expose-gc'],
  },
});
