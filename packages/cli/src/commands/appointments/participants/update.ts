import { Args, Flags } from '@oclif/core';
import type { Participant, ParticipantRole } from '@vdx/sdk';
import { ApiCommand } from '../../../api-command.js';
import { formatParticipantTable, meetingUuidArg } from '../../../appointments.js';

const ROLES: readonly ParticipantRole[] = ['GUEST', 'HOST'];

export default class ParticipantsUpdate extends ApiCommand {
  static operationIds = ['updateParticipant'];

  static override summary = "Change a participant's role to GUEST or HOST.";

  static override description =
    'Making a participant HOST follows the rules of inviting one as HOST, so a participant ' +
    'not allowed to host is rejected (exit 2). The involved organisations get a ' +
    '"participants-changed" entry in their appointment log. Find the participant uuid with ' +
    '`vdx appointments participants list`. Under --json it prints the participant as the API ' +
    'returns it.';

  static override examples = [
    {
      description: 'Make a participant host.',
      command:
        'vdx appointments participants update 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 2a7c4e91-6b3f-4d05-8e12-9f0a1b2c3d4e --role HOST',
    },
    {
      description: 'Make a host a guest again, as JSON.',
      command:
        'vdx appointments participants update 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 2a7c4e91-6b3f-4d05-8e12-9f0a1b2c3d4e --role GUEST --json',
    },
  ];

  static override args = {
    meeting: meetingUuidArg,
    participant: Args.string({
      description: 'Uuid of the participant within the meeting.',
      required: true,
    }),
  };

  static override flags = {
    role: Flags.option({
      description: 'The new role.',
      options: ROLES,
      required: true,
    })(),
  };

  async run(): Promise<Participant> {
    const { args, flags } = await this.parse(ParticipantsUpdate);
    const client = await this.clientForProfile(flags);
    const participant = await client.meetings.participants.update(
      args.meeting,
      args.participant,
      flags.role,
    );
    this.log(
      `Changed the role of participant ${participant.uuid} in meeting ${args.meeting} to ${participant.role}.`,
    );
    this.log(formatParticipantTable([participant]));
    return participant;
  }
}
