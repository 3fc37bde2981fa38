import { Flags } from '@oclif/core';
import type { Meeting, MeetingPatch } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatMeeting, meetingUuidArg } from '../../appointments.js';
import { cliError, ExitCode } from '../../errors.js';
import { dateTimeFlag, requireTimeOrder } from '../../flags/date-time.js';

interface UpdateFlags {
  subject?: string;
  start?: string;
  end?: string;
  description?: string;
  'clear-description'?: boolean;
}

export default class AppointmentsUpdate extends ApiCommand {
  static operationIds = ['patchMeeting'];

  static override summary = "Change a meeting's subject, time or description.";

  static override description =
    'Changes only the fields given (HTTP PATCH); the room, the PINs and the participants stay ' +
    'as they are. The end must stay after the start, comparing the stored time for a flag ' +
    'left out. Every involved organisation gets an "updated" entry in its appointment log ' +
    'that names the changed fields.';

  static override examples = [
    {
      description: 'Move a meeting one hour later.',
      command:
        'vdx appointments update 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --start 2026-12-07T11:00:00+01:00 --end 2026-12-07T11:45:00+01:00',
    },
    {
      description: 'Rename a meeting and remove its description.',
      command:
        'vdx appointments update 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --subject "Opfølgende møde" --clear-description',
    },
  ];

  static override args = { meeting: meetingUuidArg };

  static override flags = {
    subject: Flags.string({ description: 'New title (1-100 characters).' }),
    start: dateTimeFlag({ description: 'New start time, for example 2026-12-07T11:00:00+01:00.' }),
    end: dateTimeFlag({ description: 'New end time, after the start.' }),
    description: Flags.string({
      description: 'New description (up to 500 characters).',
      exclusive: ['clear-description'],
    }),
    'clear-description': Flags.boolean({ description: 'Remove the description.' }),
  };

  async run(): Promise<Meeting> {
    const { args, flags } = await this.parse(AppointmentsUpdate);
    requireTimeOrder(['start', flags.start], ['end', flags.end], { allowEqual: false });
    const changes = patchFromFlags(flags);
    if (Object.keys(changes).length === 0) {
      throw cliError(
        'Nothing to change: pass at least one of --subject, --start, --end, --description or --clear-description.',
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    const meeting = await client.meetings.patch(args.meeting, changes);
    this.log(`Updated meeting ${meeting.uuid}.`);
    this.log(formatMeeting(meeting));
    return meeting;
  }
}

function patchFromFlags(flags: UpdateFlags): MeetingPatch {
  const changes: MeetingPatch = {};
  if (flags.subject !== undefined) changes.subject = flags.subject;
  if (flags.start !== undefined) changes.startTime = flags.start;
  if (flags.end !== undefined) changes.endTime = flags.end;
  if (flags.description !== undefined) changes.description = flags.description;
  if (flags['clear-description']) changes.description = null;
  return changes;
}
