import { emitKeypressEvents } from 'node:readline';
import { createInterface } from 'node:readline/promises';
import { cliError, ExitCode } from './errors.js';

/** Returns whether the command may prompt, which needs stdin and stderr to be terminals. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

/**
 * Prompts for a line of text on stderr and returns it trimmed, or `defaultValue` when the
 * line is empty.
 */
export async function promptText(question: string, defaultValue?: string): Promise<string> {
  const readline = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const suffix = defaultValue ? ` [${defaultValue}]` : '';
    const answer = (await readline.question(`${question}${suffix}: `)).trim();
    return answer || defaultValue || '';
  } finally {
    readline.close();
  }
}

/** Asks a yes/no question on stderr; only "y" or "yes" counts as yes. */
export async function confirm(question: string): Promise<boolean> {
  const answer = await promptText(`${question} [y/N]`);
  return /^(y|yes)$/i.test(answer);
}

interface Keypress {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
}

/**
 * Asks for a secret on stderr without echoing what is typed.
 *
 * stdin is switched to raw mode and read key by key, so nothing reaches the terminal.
 * Backspace removes the last character; Ctrl-C and Ctrl-D cancel.
 *
 * @throws CLIError (exit 1) when cancelled.
 */
export function promptSecret(question: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(`${question}: `);
  emitKeypressEvents(input);
  const wasRaw = input.isRaw;
  input.setRawMode(true);
  input.resume();

  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('keypress', onKeypress);
      input.setRawMode(wasRaw);
      input.pause();
      process.stderr.write('\n');
    };
    const onKeypress = (text: string | undefined, key: Keypress = {}) => {
      if (key.ctrl && (key.name === 'c' || key.name === 'd')) {
        finish();
        reject(cliError('Cancelled at the prompt.', ExitCode.Unexpected));
      } else if (key.name === 'return' || key.name === 'enter') {
        finish();
        resolve(value);
      } else if (key.name === 'backspace') {
        value = value.slice(0, -1);
      } else if (text && !key.ctrl && !key.meta) {
        value += text;
      }
    };
    input.on('keypress', onKeypress);
  });
}
