import { Flags } from '@oclif/core';
import { ApiCommand } from '../../api-command.js';
import { cliError, ExitCode } from '../../errors.js';
import { canPrompt, confirm } from '../../prompt.js';
import { organisationArg } from '../../webhooks.js';

/** The output of `vdx webhooks remove --json`, because the API responds with 204 and no body. */
export interface RemoveResult {
  organisationCode: string;
  removed: true;
}

export default class WebhooksRemove extends ApiCommand {
  static operationIds = ['removeWebhook', 'getWebhook'];

  static override summary = "Remove an organisation's webhook.";

  static override description =
    'Deliveries still pending are stopped and logged as failed. Later events of the ' +
    "organisation's devices go to the nearest ancestor with a webhook, if there is one. On a " +
    'terminal the command asks for confirmation unless --yes is given. Without a terminal, ' +
    '--yes is required. Under --json it prints {"organisationCode": ..., "removed": true}.';

  static override examples = [
    {
      description: 'Remove a webhook after confirming at the prompt.',
      command: 'vdx webhooks remove hospital-demo',
    },
    {
      description: 'Remove a webhook from a script.',
      command: 'vdx webhooks remove hospital-demo --yes',
    },
  ];

  static override args = { organisation: organisationArg };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Remove without asking for confirmation.' }),
  };

  async run(): Promise<RemoveResult> {
    const { args, flags } = await this.parse(WebhooksRemove);
    const code = args.organisation;
    if (!flags.yes && !canPrompt()) {
      throw cliError(
        `Not removing the webhook of ${code} without confirmation: pass --yes to remove it without a terminal.`,
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    if (!flags.yes) {
      const webhook = await client.webhooks.get(code);
      const confirmed = await confirm(`Remove the webhook of ${code} (${webhook.url})?`);
      if (!confirmed) {
        throw cliError(`Cancelled: the webhook of ${code} was not removed.`, ExitCode.Unexpected);
      }
    }

    await client.webhooks.remove(code);
    this.log(`Removed the webhook of ${code}.`);
    return { organisationCode: code, removed: true };
  }
}
