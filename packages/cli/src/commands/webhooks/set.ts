import { Flags } from '@oclif/core';
import { ApiCommand } from '../../api-command.js';
import { formatWebhook, organisationArg, type WebhookConfigWithSecret } from '../../webhooks.js';

export default class WebhooksSet extends ApiCommand {
  static operationIds = ['setWebhook'];

  static override summary = "Set or replace an organisation's webhook.";

  static override description =
    'Replaces the whole webhook: options that are not given take their defaults, so give --key ' +
    'again to keep an endpoint key. Without --secret the server generates a secret, and the ' +
    'command prints it once: it cannot be read again. Deliveries still pending go to the new URL ' +
    'with the new secret. Setting a webhook sends nothing, so check the receiver with ' +
    '`vdx webhooks test`.';

  static override examples = [
    {
      description:
        'Send the events of the demo hospital to an integration, with a generated secret.',
      command:
        'vdx webhooks set hospital-demo --url https://integration.hospital-demo.example/vdx/events',
    },
    {
      description: 'Use your own secret and endpoint key, with at most 5 attempts per event.',
      command:
        'vdx webhooks set hospital-demo --url http://127.0.0.1:4000/vdx/events --secret "$VDX_WEBHOOK_SECRET" --key hospital-demo-receiver-key --max-attempts 5',
    },
  ];

  static override args = { organisation: organisationArg };

  static override flags = {
    url: Flags.string({
      description:
        'Absolute http or https URL that receives the events, without user info or fragment.',
      required: true,
    }),
    secret: Flags.string({
      description:
        'HMAC-SHA256 signing secret, 16 to 200 characters. Omit it to let the server generate one.',
    }),
    'max-attempts': Flags.integer({
      description: 'Delivery attempts per event before it is marked failed (1-20, default 10).',
      min: 1,
      max: 20,
    }),
    key: Flags.string({
      description:
        'Static key sent in the VDX-Webhook-Key header of every delivery (1-100 characters).',
    }),
  };

  async run(): Promise<WebhookConfigWithSecret> {
    const { args, flags } = await this.parse(WebhooksSet);
    const client = await this.clientForProfile(flags);
    const webhook = await client.webhooks.set(args.organisation, {
      url: flags.url,
      ...(flags.secret === undefined ? {} : { secret: flags.secret }),
      ...(flags.key === undefined ? {} : { deviceWebhookEndpointKey: flags.key }),
      ...(flags['max-attempts'] === undefined ? {} : { maxAttempts: flags['max-attempts'] }),
    });

    this.log(`Set the webhook of ${webhook.organisationCode}.`);
    this.log(formatWebhook(webhook, webhook.secret));
    if (webhook.secret !== undefined) {
      this.log('Store the generated secret now: it cannot be shown again.');
    }
    return webhook;
  }
}
