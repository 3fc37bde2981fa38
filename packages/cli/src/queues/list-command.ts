import { Flags } from '@oclif/core';
import type { VdxClient } from '@vdx/sdk';
import { ApiCommand } from '../api-command.js';
import {
  formatItemTable,
  ITEM_WORDS,
  type QueueItem,
  type QueueName,
  queueDeviceArg,
} from './common.js';

/** One page of a queue, as the API returns it. */
export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
}

/**
 * Base of `vdx queues <queue> list`: shows the items of a device's queue, oldest first,
 * without removing them.
 */
export abstract class QueueListCommand extends ApiCommand {
  protected abstract readonly queue: QueueName;

  static override args = { device: queueDeviceArg };

  static override flags = {
    limit: Flags.integer({
      description: 'Maximum number of items per page (1-200).',
      min: 1,
      max: 200,
    }),
    cursor: Flags.string({
      description: 'The nextCursor of the previous page.',
      exclusive: ['all'],
    }),
    all: Flags.boolean({ description: 'Follow the pages and list every item.' }),
  };

  async run(): Promise<QueuePage> {
    const { args, flags } = await this.parse(QueueListCommand);
    const client = await this.clientForProfile(flags);
    const page = flags.all
      ? await this.listEveryItem(client, args.device, flags.limit)
      : await client.queues[this.queue].list(args.device, {
          limit: flags.limit,
          cursor: flags.cursor,
        });

    const words = ITEM_WORDS[this.queue];
    if (page.items.length === 0) {
      this.log(`The ${words.one} queue of device ${args.device} is empty.`);
      return page;
    }
    this.log(formatItemTable(this.queue, page.items));
    this.log('');
    this.log(
      `${page.items.length} ${page.items.length === 1 ? words.one : words.many}, oldest first.`,
    );
    if (page.nextCursor)
      this.log(`More ${words.many}: add --cursor ${page.nextCursor}, or use --all.`);
    return page;
  }

  private async listEveryItem(
    client: VdxClient,
    deviceId: string,
    limit: number | undefined,
  ): Promise<QueuePage> {
    const items: QueueItem[] = [];
    let cursor: string | undefined;
    do {
      const page: QueuePage = await client.queues[this.queue].list(deviceId, { limit, cursor });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { items, nextCursor: null };
  }
}
