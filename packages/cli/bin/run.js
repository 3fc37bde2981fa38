#!/usr/bin/env node
// Node resolves the symlink that npm puts in node_modules/.bin, so import.meta.url is the path
// of this file inside the package and oclif finds package.json next to it.
import { existsSync, readFileSync } from 'node:fs';
import { arch, release } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** The flags that print the version, as in `oclif.additionalVersionFlags` of package.json. */
const VERSION_FLAGS = ['--version', '-v'];

/**
 * Returns whether this may be WSL, where oclif prints `wsl` as the platform. The check is a
 * superset of oclif's (it ignores containers), so such machines just take oclif's slower path.
 */
function mayBeWsl() {
  if (process.platform !== 'linux') return false;
  if (release().toLowerCase().includes('microsoft')) return true;
  if (existsSync('/proc/sys/fs/binfmt_misc/WSLInterop') || existsSync('/run/WSL')) return true;
  try {
    return readFileSync('/proc/version', 'utf8').toLowerCase().includes('microsoft');
  } catch {
    return false;
  }
}

/**
 * Prints the line that oclif prints for `--version` without loading oclif, which takes about as
 * long as starting Node itself. Returns false when oclif has to print it.
 */
function printVersion() {
  if (!VERSION_FLAGS.includes(process.argv[2]) || mayBeWsl()) return false;

  const pjson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const cpu = arch() === 'ia32' ? 'x86' : arch();
  process.stdout.write(
    `${pjson.name}/${pjson.version} ${process.platform}-${cpu} node-${process.version}\n`,
  );
  return true;
}

if (!printVersion()) {
  // Node's fetch parses HTTP with a WebAssembly build of llhttp. V8 optimises that module on
  // background threads, and the process did not exit until they finished, about 60 ms after the
  // last output of a command that made a request (Node 20.20, 2 cores). The baseline compiler
  // alone is fast enough for the few responses of one command. Set before the first fetch.
  setFlagsFromString('--liftoff-only');

  // dist/execute.js is oclif's `execute` from the bundled copy of @oclif/core (tsup.config.ts).
  const { execute } = await import('../dist/execute.js');
  await execute({ dir: import.meta.url });
}
