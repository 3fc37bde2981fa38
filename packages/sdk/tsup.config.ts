import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/types.ts', 'src/demo.ts', 'src/migration/index.ts'],
  format: ['esm'],
  target: 'node20',
  dts: true,
  clean: true,
  sourcemap: true,
  async onSuccess() {
    await copyFile('src/generated/openapi.json', 'dist/openapi.json');
  },
});
