import { QueueClearCommand } from '../../../queues/clear-command.js';

export default class MessagesClear extends QueueClearCommand {
  static operationIds = ['clearMessageQueue'];

  static override summary = "Remove every message from a device's queue.";

  static override examples = [
    {
      description: 'Empty the message queue of a demo device.',
      command: 'vdx queues messages clear 0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    },
  ];

  protected readonly queue = 'messages';
}
