#!/usr/bin/env node
// Entry point of `vdx-server`; the command line is handled by the built CLI module.
import { runCli } from '../dist/cli.js';

runCli(process.argv.slice(2)).catch((error) => {
  console.error(`vdx-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
