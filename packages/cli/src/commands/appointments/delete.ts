import { Flags } from '@oclif/core';
import { ApiCommand } from '../../api-command.js';
import { meetingUuidArg } from '../../appointments.js';
import { cliError, ExitCode } from '../../errors.js';
import { canPrompt, confirm } from '../../prompt.js';

/** The output of `vdx appointments delete --json`, because the API responds with 204 and no body. */
export interface MeetingDeleteResult {
  uuid: string;
  deleted: true;
}

export default class AppointmentsDelete extends ApiCommand {
  static operationIds = ['deleteMeeting', 'getMeeting'];

  static override summary = 'Delete a meeting and its participants.';

  static override description =
    'Every involved organisation gets a "deleted" entry in its appointment log. On a terminal ' +
    'the command asks for confirmation unless --yes is given. Without a terminal, --yes is ' +
    'required. Under --json it prints {"uuid": ..., "deleted": true}.';

  static override examples = [
    {
      description: 'Delete a meeting after confirming at the prompt.',
      command: 'vdx appointments delete 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15',
    },
    {
      description: 'Delete a meeting from a script.',
      command: 'vdx appointments delete 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --yes',
    },
  ];

  static override args = { meeting: meetingUuidArg };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Delete without asking for confirmation.' }),
  };

  async run(): Promise<MeetingDeleteResult> {
    const { args, flags } = await this.parse(AppointmentsDelete);
    if (!flags.yes && !canPrompt()) {
      throw cliError(
        `Not deleting meeting ${args.meeting} without confirmation: pass --yes to delete it without a terminal.`,
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    if (!flags.yes) {
      const meeting = await client.meetings.get(args.meeting);
      const confirmed = await confirm(
        `Delete meeting "${meeting.subject}" at ${meeting.startTime} (${meeting.uuid})?`,
      );
      if (!confirmed) {
        throw cliError(`Cancelled: meeting ${args.meeting} was not deleted.`, ExitCode.Unexpected);
      }
    }

    await client.meetings.delete(args.meeting);
    this.log(`Deleted meeting ${args.meeting}.`);
    return { uuid: args.meeting, deleted: true };
  }
}
