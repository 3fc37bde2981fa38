import type { QueueCleared } from '@vdx/sdk';
import { ApiCommand } from '../api-command.js';
import { ITEM_WORDS, type QueueName, queueDeviceArg } from './common.js';

/** Base of `vdx queues <queue> clear`: removes every item of a device's queue. */
export abstract class QueueClearCommand extends ApiCommand {
  protected abstract readonly queue: QueueName;

  static override args = { device: queueDeviceArg };

  async run(): Promise<QueueCleared> {
    const { args, flags } = await this.parse(QueueClearCommand);
    const client = await this.clientForProfile(flags);
    const result = await client.queues[this.queue].clear(args.device);

    const words = ITEM_WORDS[this.queue];
    const noun = result.cleared === 1 ? words.one : words.many;
    this.log(`Removed ${result.cleared} ${noun} from the queue of device ${args.device}.`);
    return result;
  }
}
