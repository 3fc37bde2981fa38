import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@vdx/examples',
    testTimeout: 60_000,
  },
});
