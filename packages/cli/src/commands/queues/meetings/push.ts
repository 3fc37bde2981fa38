import { Flags } from '@oclif/core';
import type { QueuedMeeting, QueuedMeetingCreate } from '@vdx/sdk';
import { ApiCommand } from '../../../api-command.js';
import { dateTimeFlag, requireTimeOrder } from '../../../flags/date-time.js';
import {
  bodyFileFlag,
  formatItem,
  idempotencyKeyFlag,
  queueDeviceArg,
  readBodyFile,
  requireFields,
} from '../../../queues/common.js';

const FIELD_FLAGS = ['subject', 'start', 'end', 'uri', 'guest-pin', 'host-pin', 'description'];

export default class MeetingsPush extends ApiCommand {
  static operationIds = ['enqueueMeeting'];

  static override summary = "Add a meeting to the end of a device's meeting queue.";

  static override description =
    'Give the meeting with --subject, --start and --end (RFC 3339 times with an offset, sent ' +
    'as given) and the optional room fields, or give the whole JSON body with --body-file. ' +
    'The CLI checks that --end is after --start; the server checks the times of a body file.';

  static override examples = [
    {
      description: 'Queue a meeting for a demo room system.',
      command:
        'vdx queues meetings push 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --subject "Tværfagligt møde" --start 2026-03-02T10:00:00+01:00 --end 2026-03-02T10:30:00+01:00 --uri 4711@vdx.example --guest-pin 1234',
    },
    {
      description: 'Queue a meeting from a JSON file.',
      command:
        'vdx queues meetings push 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --body-file meeting.json',
    },
    {
      description: 'Queue a meeting from stdin.',
      command:
        'cat meeting.json | vdx queues meetings push 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --body-file -',
    },
  ];

  static override args = { device: queueDeviceArg };

  static override flags = {
    subject: Flags.string({ description: 'Title of the meeting.' }),
    start: dateTimeFlag({ description: 'Start time, for example 2026-03-02T10:00:00+01:00.' }),
    end: dateTimeFlag({ description: 'End time, after the start.' }),
    uri: Flags.string({ description: 'Meeting room address (uriWithDomain).' }),
    'guest-pin': Flags.string({ description: 'PIN for guests (4-10 digits).' }),
    'host-pin': Flags.string({ description: 'PIN for hosts (4-10 digits).' }),
    description: Flags.string({ description: 'Free-text description.' }),
    'body-file': bodyFileFlag(FIELD_FLAGS),
    'idempotency-key': idempotencyKeyFlag,
  };

  async run(): Promise<QueuedMeeting> {
    const { args, flags } = await this.parse(MeetingsPush);
    const bodyFile = flags['body-file'];
    const body = bodyFile
      ? ((await readBodyFile(bodyFile)) as QueuedMeetingCreate)
      : meetingFromFlags(flags);

    const client = await this.clientForProfile(flags);
    const key = flags['idempotency-key'];
    const meeting = await client.queues.meetings.push(
      args.device,
      body,
      key ? { idempotencyKey: key } : undefined,
    );

    this.log(`Queued meeting ${meeting.id} for device ${args.device}.`);
    this.log(formatItem('meetings', meeting));
    return meeting;
  }
}

interface MeetingFlags {
  subject?: string;
  start?: string;
  end?: string;
  uri?: string;
  'guest-pin'?: string;
  'host-pin'?: string;
  description?: string;
}

function meetingFromFlags(flags: MeetingFlags): QueuedMeetingCreate {
  requireFields({ subject: flags.subject, start: flags.start, end: flags.end });
  requireTimeOrder(['start', flags.start], ['end', flags.end], { allowEqual: false });
  const meeting: QueuedMeetingCreate = {
    subject: flags.subject ?? '',
    startTime: flags.start ?? '',
    endTime: flags.end ?? '',
  };
  if (flags.description !== undefined) meeting.description = flags.description;
  if (flags.uri !== undefined) meeting.uriWithDomain = flags.uri;
  if (flags['guest-pin'] !== undefined) meeting.guestPin = flags['guest-pin'];
  if (flags['host-pin'] !== undefined) meeting.hostPin = flags['host-pin'];
  return meeting;
}
