import { Flags } from '@oclif/core';
import type { VdxClient } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { cliError, ExitCode } from '../../errors.js';
import { toTerminalText } from '../../output/terminal-text.js';
import { canPrompt, confirm, promptSecret } from '../../prompt.js';
import {
  checkReceiverPath,
  formatEventLine,
  generateSecret,
  parseForwardUrl,
  type ReceivedEvent,
  type RejectedRequest,
  startWebhookReceiver,
  type WebhookConfig,
} from '../../webhooks.js';

export default class WebhooksListen extends ApiCommand {
  static operationIds = ['setWebhook', 'getWebhook', 'removeWebhook'];

  static override summary = 'Receive webhook deliveries on this machine and print each event.';

  static override description =
    'Runs an HTTP receiver on 127.0.0.1 only and prints its URL on stderr. Each POST to --path ' +
    'is verified with the webhook secret. A valid delivery gets 204 and is printed on stdout ' +
    '(time received, type, event id, organisation, a data summary). An invalid one gets ' +
    '400 with the reason and is reported on stderr. The secret comes from --secret, else from ' +
    'VDX_WEBHOOK_SECRET, else from a prompt on a terminal, and is never printed.\n\n' +
    'With --forward-to, each verified delivery is sent on unchanged (same body and headers) and ' +
    "the forward's status is printed. When the forward target fails or responds other than 2xx, " +
    'the sender gets 502, so VDX retries the event.\n\n' +
    "With --set ORG, the command sets the organisation's webhook to the printed URL with a " +
    'secret generated for this session (or --secret), and removes that webhook again when it ' +
    "stops. An organisation's existing webhook is replaced after confirmation (or with --yes), " +
    'and its secret cannot be restored, so set it again afterwards with `vdx webhooks set`.\n\n' +
    'Under --json, stdout gets one JSON line per event: {"receivedAt", "event", "forward"}. ' +
    'Ctrl-C (SIGINT) or SIGTERM stops the receiver, and the command exits 0.';

  static override examples = [
    {
      description: 'Receive deliveries on port 4000 with the secret from the environment.',
      command: 'VDX_WEBHOOK_SECRET=... vdx webhooks listen --port 4000 --path /vdx/events',
    },
    {
      description: 'Point the webhook of the demo hospital here for this session.',
      command: 'vdx webhooks listen --set hospital-demo',
    },
    {
      description: 'Pass verified deliveries on to a local application, and print them as JSON.',
      command:
        'vdx webhooks listen --set hospital-demo --forward-to http://127.0.0.1:3000/vdx/events --json',
    },
  ];

  static override flags = {
    port: Flags.integer({
      description: 'TCP port on 127.0.0.1 (0-65535). 0 picks a free port.',
      min: 0,
      max: 65_535,
      default: 0,
    }),
    path: Flags.string({
      description: 'URL path that accepts deliveries. Other paths get 404.',
      default: '/',
    }),
    secret: Flags.string({
      description: 'Webhook signing secret that deliveries are verified with.',
      env: 'VDX_WEBHOOK_SECRET',
    }),
    'forward-to': Flags.string({
      description:
        'http or https URL that each verified delivery is sent on to, for example http://127.0.0.1:3000/vdx/events.',
    }),
    set: Flags.string({
      description:
        "Code of an organisation whose webhook is set to this receiver's URL until the command stops.",
    }),
    yes: Flags.boolean({
      char: 'y',
      description: "With --set, replace the organisation's existing webhook without asking.",
      dependsOn: ['set'],
    }),
  };

  #events = 0;
  #rejected = 0;

  async run(): Promise<void> {
    const { flags } = await this.parse(WebhooksListen);
    const path = checkReceiverPath(flags.path);
    const forwardTo = flags['forward-to'] ? parseForwardUrl(flags['forward-to']) : undefined;
    const organisation = flags.set;
    const client = organisation === undefined ? undefined : await this.clientForProfile(flags);
    if (client && organisation) await confirmReplace(client, organisation, flags.yes);
    const secret = flags.secret ?? (organisation ? generateSecret() : await askForSecret());

    const receiver = await startWebhookReceiver({
      port: flags.port,
      path,
      secret,
      forwardTo,
      onEvent: (received) => this.printEvent(received),
      onRejected: (rejected) => this.printRejected(rejected),
      onError: (error) => this.printReceiverError(error),
    });
    const stop = waitForStopSignal();
    let registered = false;
    let signal: NodeJS.Signals;
    try {
      if (client && organisation) {
        await client.webhooks.set(organisation, { url: receiver.url, secret });
        registered = true;
      }
      this.printStart(receiver.url, forwardTo, organisation);
      signal = await stop.signal;
    } finally {
      stop.dispose();
      await receiver.close();
    }

    if (client && organisation && registered) {
      const removed = await removeSessionWebhook(client, organisation, receiver.url);
      status(
        removed
          ? `Removed the webhook of ${organisation}.`
          : `Left the webhook of ${organisation} as it is: it no longer points to ${receiver.url}.`,
      );
    }
    status(
      `Stopped on ${signal}: ${count(this.#events, 'event')} received, ${this.#rejected} rejected.`,
    );
  }

  private printStart(url: string, forwardTo: URL | undefined, organisation?: string): void {
    status(`Listening on ${url} (127.0.0.1 only). Press Ctrl-C to stop.`);
    if (forwardTo) status(`Forwarding verified deliveries to ${forwardTo.href}.`);
    if (organisation) {
      status(
        `Set the webhook of ${organisation} to ${url} with the secret of this session. The listener removes it when it stops.`,
      );
    }
  }

  private printEvent(received: ReceivedEvent): void {
    this.#events += 1;
    if (this.jsonEnabled()) {
      process.stdout.write(`${JSON.stringify(received)}\n`);
    } else {
      process.stdout.write(`${toTerminalText(formatEventLine(received))}\n`);
    }
  }

  private printRejected(rejected: RejectedRequest): void {
    this.#rejected += 1;
    status(
      `Rejected ${rejected.method} ${rejected.path} with ${rejected.status} (${rejected.reason}): ${rejected.message}`,
    );
  }

  private printReceiverError(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    status(`Error: the receiver failed and responded with 500: ${message}`);
    if (process.env.DEBUG && error instanceof Error && error.stack) status(error.stack);
  }
}

/** Writes a progress line to stderr, so that stdout carries only events. */
function status(line: string): void {
  process.stderr.write(`${line}\n`);
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

/**
 * Asks for the secret on a terminal.
 *
 * @throws CLIError (exit 2) without a terminal, or when the input is empty.
 */
async function askForSecret(): Promise<string> {
  if (!canPrompt()) {
    throw cliError(
      'Missing webhook secret: pass --secret, set VDX_WEBHOOK_SECRET, or use --set ORG to register this receiver with a generated secret.',
      ExitCode.Usage,
    );
  }
  const secret = await promptSecret('Webhook secret');
  if (secret === '') throw cliError('Missing webhook secret: nothing was entered.', ExitCode.Usage);
  return secret;
}

/**
 * Checks that `--set` may replace the organisation's webhook: there is none, `--yes` was
 * given, or the user confirmed on a terminal.
 *
 * @throws CLIError (exit 2) when a webhook exists and there is no terminal to confirm on.
 */
async function confirmReplace(client: VdxClient, code: string, yes: boolean): Promise<void> {
  const existing = await findWebhook(client, code);
  if (!existing || yes) return;
  if (!canPrompt()) {
    throw cliError(
      `Not replacing the webhook of ${code} (${existing.url}) without confirmation: pass --yes to replace it without a terminal.`,
      ExitCode.Usage,
    );
  }
  const question = `Replace the webhook of ${code} (${existing.url}) for this session? Its secret cannot be restored.`;
  if (!(await confirm(question))) {
    throw cliError(`Cancelled: the webhook of ${code} was not changed.`, ExitCode.Unexpected);
  }
}

/** Returns the organisation's own webhook, or undefined when it has none (code 4006). */
async function findWebhook(client: VdxClient, code: string): Promise<WebhookConfig | undefined> {
  const { VdxApiError } = await import('@vdx/sdk');
  try {
    return await client.webhooks.get(code);
  } catch (error) {
    if (error instanceof VdxApiError && error.code === 4006) return undefined;
    throw error;
  }
}

/**
 * Removes the webhook that this session set, unless someone replaced or removed it meanwhile,
 * and returns whether it removed it.
 *
 * NOTE: the check and the removal are two requests, so a replacement made between them is
 * removed as well.
 */
async function removeSessionWebhook(
  client: VdxClient,
  code: string,
  url: string,
): Promise<boolean> {
  const current = await findWebhook(client, code);
  if (current?.url !== url) return false;
  await client.webhooks.remove(code);
  return true;
}

interface StopSignal {
  /** Resolves with the first SIGINT or SIGTERM. */
  signal: Promise<NodeJS.Signals>;
  /** Removes the handlers, so that a later signal ends the process as usual. */
  dispose(): void;
}

function waitForStopSignal(): StopSignal {
  let onSignal: (signal: NodeJS.Signals) => void = () => {};
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = resolve;
  });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
