import type { Meeting } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatMeeting, meetingUuidArg } from '../../appointments.js';

export default class AppointmentsGet extends ApiCommand {
  static operationIds = ['getMeeting'];

  static override summary = 'Show a meeting that your organisation owns.';

  static override description =
    'Reads the meeting from VideoAPI, with its room address, PINs and links. Only the owner ' +
    "organisation's subtree can read a meeting this way; an invited organisation finds it " +
    'with `vdx appointments search`. List its participants with `vdx appointments participants list`.';

  static override examples = [
    {
      description: 'Show a meeting.',
      command: 'vdx appointments get 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15',
    },
    {
      description: 'Print the meeting as JSON.',
      command: 'vdx appointments get 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --json',
    },
  ];

  static override args = { meeting: meetingUuidArg };

  async run(): Promise<Meeting> {
    const { args, flags } = await this.parse(AppointmentsGet);
    const client = await this.clientForProfile(flags);
    const meeting = await client.meetings.get(args.meeting);
    this.log(formatMeeting(meeting));
    return meeting;
  }
}
