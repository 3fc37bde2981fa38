/**
 * Entry of `bin/run.js`: oclif's `execute`, built from the same bundled copy of `@oclif/core`
 * that the commands use.
 */
export { execute } from '@oclif/core';
