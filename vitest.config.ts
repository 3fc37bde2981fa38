import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'examples'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Every reference server started by a test checks its responses against the spec.
    env: { VDX_VALIDATE_RESPONSES: '1' },
  },
});
