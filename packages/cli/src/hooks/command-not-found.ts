import type { Hook } from '@oclif/core';
import { ExitCode } from '../errors.js';

/**
 * Reports an unknown command as one error line (one line of JSON under `--json`) and exits
 * with 2, the exit code of usage errors.
 */
const commandNotFound: Hook<'command_not_found'> = async (options) => {
  const command = `vdx ${options.id.replaceAll(':', ' ')}`;
  const message = `Unknown command "${command}". Run \`vdx --help\` to list the commands.`;
  if (options.argv?.includes('--json')) {
    process.stderr.write(`${JSON.stringify({ error: { message, exitCode: ExitCode.Usage } })}\n`);
  } else {
    process.stderr.write(`Error: ${message}\n`);
  }
  process.exitCode = ExitCode.Usage;
};

export default commandNotFound;
