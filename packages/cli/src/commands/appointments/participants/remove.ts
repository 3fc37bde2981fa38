import { Args } from '@oclif/core';
import { ApiCommand } from '../../../api-command.js';
import { meetingUuidArg } from '../../../appointments.js';

/** The output of `vdx appointments participants remove --json`; the API responds with 204. */
export interface ParticipantRemoveResult {
  meetingUuid: string;
  participantUuid: string;
  removed: true;
}

export default class ParticipantsRemove extends ApiCommand {
  static operationIds = ['removeParticipant'];

  static override summary = 'Remove a participant from a meeting.';

  static override description =
    'An organisation that no longer takes part in the meeting afterwards gets an "uninvited" ' +
    'entry in its appointment log; the others get "participants-changed". Find the ' +
    'participant uuid with `vdx appointments participants list`. Under --json it prints ' +
    '{"meetingUuid": ..., "participantUuid": ..., "removed": true}.';

  static override examples = [
    {
      description: 'Remove a participant.',
      command:
        'vdx appointments participants remove 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15 2a7c4e91-6b3f-4d05-8e12-9f0a1b2c3d4e',
    },
  ];

  static override args = {
    meeting: meetingUuidArg,
    participant: Args.string({
      description: 'Uuid of the participant within the meeting.',
      required: true,
    }),
  };

  async run(): Promise<ParticipantRemoveResult> {
    const { args, flags } = await this.parse(ParticipantsRemove);
    const client = await this.clientForProfile(flags);
    await client.meetings.participants.remove(args.meeting, args.participant);
    this.log(`Removed participant ${args.participant} from meeting ${args.meeting}.`);
    return { meetingUuid: args.meeting, participantUuid: args.participant, removed: true };
  }
}
