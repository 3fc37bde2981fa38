import { Flags } from '@oclif/core';
import type { Meeting, MeetingUpdate } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatMeeting, meetingUuidArg } from '../../appointments.js';
import { dateTimeFlag, requireTimeOrder } from '../../flags/date-time.js';
import { bodyFileFlag, readBodyFile, requireFields } from '../../queues/common.js';

const FIELD_FLAGS = [
  'subject',
  'start',
  'end',
  'description',
  'project-code',
  'organized-by',
  'label',
];

interface ReplaceFlags {
  subject?: string;
  start?: string;
  end?: string;
  description?: string;
  'project-code'?: string;
  'organized-by'?: string;
  label?: string[];
}

export default class AppointmentsReplace extends ApiCommand {
  static operationIds = ['updateMeeting'];

  static override summary = "Replace a meeting's details (HTTP PUT).";

  static override description =
    'Sends the whole set of details: --subject, --start and --end are required, and the ' +
    'description, project code and labels left out are cleared. The organiser stays as it is ' +
    'unless --organized-by names another. Give the whole JSON body (a MeetingUpdate) with ' +
    '--body-file instead of the flags. The room, the PINs and the participants stay as they ' +
    'are. To change only some fields, use `vdx appointments update` (HTTP PATCH).';

  static override examples = [
    {
      description: 'Replace a meeting with a new time, subject and label.',
      command:
        'vdx appointments replace 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --subject "Koordinerende møde om hjemmeplejeforløb" --start 2026-12-07T11:00:00+01:00 --end 2026-12-07T11:45:00+01:00 --label hjemmepleje',
    },
    {
      description: 'Replace a meeting with the details in a JSON file.',
      command:
        'vdx appointments replace 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --body-file meeting.json',
    },
  ];

  static override args = { meeting: meetingUuidArg };

  static override flags = {
    subject: Flags.string({ description: 'Title of the meeting (1-100 characters).' }),
    start: dateTimeFlag({ description: 'Start time, for example 2026-12-07T11:00:00+01:00.' }),
    end: dateTimeFlag({ description: 'End time, after the start.' }),
    description: Flags.string({
      description: 'Free-text description (up to 500 characters). Left out, it is cleared.',
    }),
    'project-code': Flags.string({
      description: 'Project code (up to 100 characters). Left out, it is cleared.',
    }),
    'organized-by': Flags.string({
      description: 'E-mail of the new organiser. Left out, the organiser stays as it is.',
    }),
    label: Flags.string({
      description:
        'A label to search the meeting by. Repeat the flag for more. Left out, the labels are cleared.',
      multiple: true,
      multipleNonGreedy: true,
    }),
    'body-file': bodyFileFlag(FIELD_FLAGS),
  };

  async run(): Promise<Meeting> {
    const { args, flags } = await this.parse(AppointmentsReplace);
    const bodyFile = flags['body-file'];
    const body = bodyFile
      ? ((await readBodyFile(bodyFile)) as unknown as MeetingUpdate)
      : updateFromFlags(flags);

    const client = await this.clientForProfile(flags);
    const meeting = await client.meetings.update(args.meeting, body);
    this.log(`Replaced the details of meeting ${meeting.uuid}.`);
    this.log(formatMeeting(meeting));
    return meeting;
  }
}

/**
 * Builds the PUT body from the flags.
 *
 * @throws CLIError (exit 2) naming the missing required flags and the --body-file alternative.
 */
function updateFromFlags(flags: ReplaceFlags): MeetingUpdate {
  const { subject, start, end } = flags;
  requireFields({ subject, start, end });
  requireTimeOrder(['start', start], ['end', end], { allowEqual: false });
  const body: MeetingUpdate = {
    subject: subject as string,
    startTime: start as string,
    endTime: end as string,
  };
  if (flags.description !== undefined) body.description = flags.description;
  if (flags['project-code'] !== undefined) body.projectCode = flags['project-code'];
  if (flags['organized-by'] !== undefined) body.organizedByEmail = flags['organized-by'];
  if (flags.label !== undefined) body.labels = flags.label;
  return body;
}
