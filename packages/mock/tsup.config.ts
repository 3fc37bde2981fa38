import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  dts: true,
  clean: true,
  sourcemap: true,
  // The integrator's own copies of msw and @vdx/sdk must be used, so that the handlers belong
  // to the same msw instance as their setupServer() and read the same spec document.
  external: ['msw', /^msw\//, '@vdx/sdk', /^@vdx\/sdk\//],
  esbuildOptions(options) {
    // Every Node.js in this package's engine range (20.19 and later) reads
    // `import ... with { type: 'json' }`, but esbuild's node20 target drops the attribute, and
    // Node.js then refuses to load the spec document.
    options.supported = { ...options.supported, 'import-attributes': true };
  },
});
