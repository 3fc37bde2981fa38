import { defineConfig } from 'tsup';

// The SQL migrations are not bundled: the server reads them from `migrations/` beside `dist/`,
// which the package's `files` field ships.
export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  target: 'node20',
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
});
