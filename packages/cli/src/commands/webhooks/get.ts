import { ApiCommand } from '../../api-command.js';
import { formatWebhook, organisationArg, type WebhookConfig } from '../../webhooks.js';

export default class WebhooksGet extends ApiCommand {
  static operationIds = ['getWebhook'];

  static override summary = "Show an organisation's webhook.";

  static override description =
    'Shows the webhook set on the organisation itself, but never its signing secret. An ' +
    'organisation without a webhook of its own exits 4, even when its events go to the webhook ' +
    'of an ancestor.';

  static override examples = [
    {
      description: 'Show the webhook of the demo hospital.',
      command: 'vdx webhooks get hospital-demo',
    },
    {
      description: 'Print the webhook URL.',
      command: 'vdx webhooks get hospital-demo --json | jq -r .url',
    },
  ];

  static override args = { organisation: organisationArg };

  async run(): Promise<WebhookConfig> {
    const { args, flags } = await this.parse(WebhooksGet);
    const client = await this.clientForProfile(flags);
    const webhook = await client.webhooks.get(args.organisation);
    this.log(formatWebhook(webhook));
    return webhook;
  }
}
