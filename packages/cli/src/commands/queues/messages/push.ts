import { Flags } from '@oclif/core';
import type { QueuedMessage, QueuedMessageCreate } from '@vdx/sdk';
import { ApiCommand } from '../../../api-command.js';
import {
  bodyFileFlag,
  formatItem,
  idempotencyKeyFlag,
  queueDeviceArg,
  readBodyFile,
  requireFields,
} from '../../../queues/common.js';

export default class MessagesPush extends ApiCommand {
  static operationIds = ['enqueueMessage'];

  static override summary = "Add a message to the end of a device's message queue.";

  static override description =
    'Give the message with --subject and --body, or give the whole JSON body (which may add ' +
    'structured "content") with --body-file.';

  static override examples = [
    {
      description: 'Send a text message to a demo tablet.',
      command:
        'vdx queues messages push 0f5e2c1a-7b3d-4e8f-9a01-000000000002 --subject "Opdatering" --body "Mødet er flyttet til kl. 11."',
    },
    {
      description: 'Send a message with structured content from a file.',
      command:
        'vdx queues messages push 0f5e2c1a-7b3d-4e8f-9a01-000000000002 --body-file message.json',
    },
  ];

  static override args = { device: queueDeviceArg };

  static override flags = {
    subject: Flags.string({ description: 'Subject of the message.' }),
    body: Flags.string({ description: 'Text of the message.' }),
    'body-file': bodyFileFlag(['subject', 'body']),
    'idempotency-key': idempotencyKeyFlag,
  };

  async run(): Promise<QueuedMessage> {
    const { args, flags } = await this.parse(MessagesPush);
    const bodyFile = flags['body-file'];
    let message: QueuedMessageCreate;
    if (bodyFile) {
      message = (await readBodyFile(bodyFile)) as QueuedMessageCreate;
    } else {
      requireFields({ subject: flags.subject, body: flags.body });
      message = { subject: flags.subject ?? '', body: flags.body ?? '' };
    }

    const client = await this.clientForProfile(flags);
    const key = flags['idempotency-key'];
    const queued = await client.queues.messages.push(
      args.device,
      message,
      key ? { idempotencyKey: key } : undefined,
    );

    this.log(`Queued message ${queued.id} for device ${args.device}.`);
    this.log(formatItem('messages', queued));
    return queued;
  }
}
