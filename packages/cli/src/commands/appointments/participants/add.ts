import { Flags } from '@oclif/core';
import type { Participant } from '@vdx/sdk';
import { ApiCommand } from '../../../api-command.js';
import { formatParticipantTable, meetingUuidArg } from '../../../appointments.js';
import { cliError, ExitCode } from '../../../errors.js';
import { participantFlags, participantsFromFlags } from '../../../participants.js';

export default class ParticipantsAdd extends ApiCommand {
  static operationIds = ['addParticipants'];

  static override summary = 'Invite more participants to a meeting.';

  static override description =
    'Adds every participant given, or none: one unknown participant (exit 2), one not ' +
    'allowed in its role (exit 2) or one already on the meeting (exit 5) adds nothing. ' +
    'Participants are invited as GUEST unless --host names them. Under --json it prints the ' +
    'added participants as the API returns them.';

  static override examples = [
    {
      description: 'Invite an organisation and a citizen.',
      command:
        'vdx appointments participants add 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --organisation-participant agency-demo --citizen "Citizen Demo <citizen@example.org>"',
    },
    {
      description: 'Invite a user of your own organisation as host.',
      command:
        'vdx appointments participants add 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 --user-participant lene.dahl@kommune-demo.example --host lene.dahl@kommune-demo.example',
    },
  ];

  static override args = { meeting: meetingUuidArg };

  static override flags = {
    ...participantFlags,
    'idempotency-key': Flags.string({
      description:
        'Idempotency-Key header: a repeat with the same key within 24 hours returns the first answer.',
    }),
  };

  async run(): Promise<Participant[]> {
    const { args, flags } = await this.parse(ParticipantsAdd);
    const participants = participantsFromFlags(flags);
    if (participants.length === 0) {
      throw cliError(
        'Nothing to add: pass at least one of --organisation-participant, --user-participant, --device-participant or --citizen.',
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    const key = flags['idempotency-key'];
    const added = await client.meetings.participants.add(
      args.meeting,
      participants,
      key ? { idempotencyKey: key } : undefined,
    );

    const noun = added.length === 1 ? 'participant' : 'participants';
    this.log(`Added ${added.length} ${noun} to meeting ${args.meeting}.`);
    this.log(formatParticipantTable(added));
    return added;
  }
}
