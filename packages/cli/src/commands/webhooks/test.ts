import { Flags } from '@oclif/core';
import type { components } from '@vdx/sdk/types';
import { ApiCommand } from '../../api-command.js';
import { organisationArg } from '../../webhooks.js';

type WebhookTestAccepted = components['schemas']['WebhookTestAccepted'];

export default class WebhooksTest extends ApiCommand {
  static operationIds = ['sendWebhookTest'];

  static override summary = "Send a test event to an organisation's webhook.";

  static override description =
    'Queues a webhook.test event and prints its id at once. The event is delivered, signed and ' +
    'retried like any other, so its outcome appears in `vdx webhooks deliveries`. The reference ' +
    'server accepts at most 10 test events per organisation per minute by default and exits 1 ' +
    'with HTTP 429 beyond that.';

  static override examples = [
    {
      description: 'Test the webhook of the demo hospital.',
      command: 'vdx webhooks test hospital-demo',
    },
    {
      description: 'Test it, then check the outcome.',
      command:
        'vdx webhooks test hospital-demo && vdx webhooks deliveries hospital-demo --event-type webhook.test --limit 1',
    },
  ];

  static override args = { organisation: organisationArg };

  static override flags = {
    'idempotency-key': Flags.string({
      description: 'Idempotency-Key header: a repeat with the same key returns the first event id.',
    }),
  };

  async run(): Promise<WebhookTestAccepted> {
    const { args, flags } = await this.parse(WebhooksTest);
    const client = await this.clientForProfile(flags);
    const key = flags['idempotency-key'];
    const accepted = await client.webhooks.test(
      args.organisation,
      key ? { idempotencyKey: key } : undefined,
    );

    this.log(`Queued test event ${accepted.eventId} for the webhook of ${args.organisation}.`);
    this.log(`See its outcome with \`vdx webhooks deliveries ${args.organisation}\`.`);
    return accepted;
  }
}
