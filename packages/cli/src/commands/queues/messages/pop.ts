import { QueuePopCommand } from '../../../queues/pop-command.js';

export default class MessagesPop extends QueuePopCommand {
  static operationIds = ['takeNextMessage', 'loginDevice'];

  static override summary = "Take the oldest message from a device's queue, removing it.";

  static override description =
    'Prints the message, or says that the queue is empty and exits with 0 (under --json it ' +
    'prints null). A device can take from its own queue with --device-login.';

  static override examples = [
    {
      description: 'Take the oldest message as an administrator.',
      command: 'vdx queues messages pop 0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    },
    {
      description: 'Take the oldest message as the device itself.',
      command:
        'VDX_DEVICE_PASSWORD=... vdx queues messages pop 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --device-login room-akut-1 --base-url http://127.0.0.1:8787',
    },
  ];

  protected readonly queue = 'messages';
}
