import { Flags } from '@oclif/core';
import { ApiCommand } from '../../api-command.js';
import {
  DELIVERY_STATUSES,
  EVENT_TYPES,
  formatDeliveryTable,
  organisationArg,
  type WebhookDelivery,
  type WebhookDeliveryPage,
} from '../../webhooks.js';

export default class WebhooksDeliveries extends ApiCommand {
  static operationIds = ['listWebhookDeliveries'];

  static override summary = "List an organisation's webhook deliveries, newest first.";

  static override description =
    'Each entry is one event and the outcome of its latest attempt. The log keeps entries after ' +
    'the webhook is removed. Prints one page (the first 50 unless --limit is set). With --all ' +
    'the command follows the pages. Under --json it prints the API page ' +
    '{"items": [...], "nextCursor": ...}, and with --all nextCursor is null.';

  static override examples = [
    {
      description: 'List the latest deliveries.',
      command: 'vdx webhooks deliveries hospital-demo',
    },
    {
      description: 'List every failed delivery.',
      command: 'vdx webhooks deliveries hospital-demo --status failed --all',
    },
  ];

  static override args = { organisation: organisationArg };

  static override flags = {
    status: Flags.option({
      options: DELIVERY_STATUSES,
      description: 'Only deliveries in this state.',
    })(),
    'event-type': Flags.option({
      options: EVENT_TYPES,
      description: 'Only deliveries of this event type.',
    })(),
    limit: Flags.integer({
      description: 'Maximum number of deliveries per page (1-200).',
      min: 1,
      max: 200,
    }),
    cursor: Flags.string({
      description: 'The nextCursor of the previous page.',
      exclusive: ['all'],
    }),
    all: Flags.boolean({ description: 'Follow the pages and list every matching delivery.' }),
  };

  async run(): Promise<WebhookDeliveryPage> {
    const { args, flags } = await this.parse(WebhooksDeliveries);
    const client = await this.clientForProfile(flags);
    const query = { status: flags.status, eventType: flags['event-type'], limit: flags.limit };

    let page: WebhookDeliveryPage;
    if (flags.all) {
      const items: WebhookDelivery[] = [];
      for await (const delivery of client.webhooks.deliveriesAll(args.organisation, query)) {
        items.push(delivery);
      }
      page = { items, nextCursor: null };
    } else {
      page = await client.webhooks.deliveries(args.organisation, {
        ...query,
        cursor: flags.cursor,
      });
    }

    this.printPage(page);
    return page;
  }

  private printPage(page: WebhookDeliveryPage): void {
    if (page.items.length === 0) {
      this.log('No deliveries match.');
      return;
    }
    this.log(formatDeliveryTable(page.items));
    this.log('');
    this.log(`${page.items.length} ${page.items.length === 1 ? 'delivery' : 'deliveries'}.`);
    if (page.nextCursor) {
      this.log(`More deliveries: add --cursor ${page.nextCursor}, or use --all.`);
    }
  }
}
