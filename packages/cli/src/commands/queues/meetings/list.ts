import { QueueListCommand } from '../../../queues/list-command.js';

export default class MeetingsList extends QueueListCommand {
  static operationIds = ['listQueuedMeetings'];

  static override summary = "List the meetings in a device's queue without removing them.";

  static override examples = [
    {
      description: 'List the queued meetings, oldest first.',
      command: 'vdx queues meetings list 0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    },
    {
      description: 'List every queued meeting as JSON.',
      command: 'vdx queues meetings list 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --all --json',
    },
  ];

  protected readonly queue = 'meetings';
}
