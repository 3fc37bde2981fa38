import { QueueListCommand } from '../../../queues/list-command.js';

export default class MessagesList extends QueueListCommand {
  static operationIds = ['listQueuedMessages'];

  static override summary = "List the messages in a device's queue without removing them.";

  static override examples = [
    {
      description: 'List the queued messages, oldest first.',
      command: 'vdx queues messages list 0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    },
    {
      description: 'List every queued message as JSON.',
      command: 'vdx queues messages list 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --all --json',
    },
  ];

  protected readonly queue = 'messages';
}
