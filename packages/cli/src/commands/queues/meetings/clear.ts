import { QueueClearCommand } from '../../../queues/clear-command.js';

export default class MeetingsClear extends QueueClearCommand {
  static operationIds = ['clearMeetingQueue'];

  static override summary = "Remove every meeting from a device's queue.";

  static override examples = [
    {
      description: 'Empty the meeting queue of a demo device.',
      command: 'vdx queues meetings clear 0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    },
  ];

  protected readonly queue = 'meetings';
}
