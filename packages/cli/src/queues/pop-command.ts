import { Flags } from '@oclif/core';
import { ApiCommand } from '../api-command.js';
import {
  formatItem,
  ITEM_WORDS,
  idempotencyKeyFlag,
  type QueueItem,
  type QueueName,
  queueDeviceArg,
} from './common.js';

/**
 * Base of `vdx queues <queue> pop`: takes the oldest item of a device's queue, which removes
 * it. An empty queue is a normal result: exit code 0, and `null` under `--json`.
 */
export abstract class QueuePopCommand extends ApiCommand {
  protected abstract readonly queue: QueueName;

  static override args = { device: queueDeviceArg };

  static override flags = {
    'device-login': Flags.string({
      description:
        'Log in as the device with this login id instead of using the profile. The password ' +
        'comes from VDX_DEVICE_PASSWORD, otherwise from a prompt on a terminal.',
    }),
    'idempotency-key': idempotencyKeyFlag,
  };

  async run(): Promise<QueueItem | undefined> {
    const { args, flags } = await this.parse(QueuePopCommand);
    const loginId = flags['device-login'];
    const client = loginId
      ? await this.clientForDevice(flags, loginId)
      : await this.clientForProfile(flags);
    const key = flags['idempotency-key'];
    const item = await client.queues[this.queue].next(
      args.device,
      key ? { idempotencyKey: key } : undefined,
    );

    const words = ITEM_WORDS[this.queue];
    if (!item) {
      if (this.jsonEnabled()) this.logJson(null);
      this.log(`The ${words.one} queue of device ${args.device} is empty.`);
      return undefined;
    }
    this.log(`Took ${words.one} ${item.id} from the queue of device ${args.device}.`);
    this.log(formatItem(this.queue, item));
    return item;
  }
}
