import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@vdx/mock',
    include: ['test/**/*.test.ts'],
  },
});
