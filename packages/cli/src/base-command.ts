import { Command, Errors, Flags } from '@oclif/core';
import { ConfigStore } from './config/store.js';
import { describeFailure } from './errors.js';
import { toTerminalText } from './output/terminal-text.js';

/** Help text of `--json`; it states the output rule for success and failure. */
export const JSON_FLAG_DESCRIPTION =
  'Print the result as JSON on stdout and nothing else. On failure stdout stays empty and ' +
  'stderr gets one line of JSON: {"error": {"message", "exitCode", ...}}, with the same exit code.';

/**
 * Base of every `vdx` command: the global `--json` and `--profile` flags, plain JSON output,
 * and one error line on stderr with an exit code per class of failure.
 */
export abstract class VdxCommand extends Command {
  static override enableJsonFlag = true;

  static override baseFlags = {
    json: Flags.boolean({ description: JSON_FLAG_DESCRIPTION, helpGroup: 'GLOBAL' }),
    profile: Flags.string({
      description: 'Name of the stored profile to use.',
      env: 'VDX_PROFILE',
      default: 'default',
      helpGroup: 'GLOBAL',
    }),
  };

  #store: ConfigStore | undefined;

  /** Opens the profile and credentials store once per command run. */
  protected async store(): Promise<ConfigStore> {
    this.#store ??= await ConfigStore.open();
    return this.#store;
  }

  /** Prints a line for people, with control characters from API data shown as escapes. */
  override log(message = '', ...args: unknown[]): void {
    super.log(toTerminalText(message), ...args);
  }

  /** Writes JSON without colours, so that the output is the same on a terminal and in a pipe. */
  protected override logJson(json: unknown): void {
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }

  /**
   * Prints a failure as `Error: <message>` on stderr (under `--json`, as one line of JSON) and
   * sets the exit code. The stack is printed only when `DEBUG` is set.
   */
  protected override async catch(error: Errors.CLIError | Error): Promise<void> {
    if (error instanceof Errors.ExitError) throw error;

    const failure = await describeFailure(error, this.id);
    if (this.jsonEnabled()) {
      process.stderr.write(`${JSON.stringify({ error: failure })}\n`);
    } else {
      process.stderr.write(`Error: ${toTerminalText(failure.message)}\n`);
    }
    if (process.env.DEBUG && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = failure.exitCode;
  }
}
