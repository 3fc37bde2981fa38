import type { Participant } from '@vdx/sdk';
import { ApiCommand } from '../../../api-command.js';
import { formatParticipantTable, meetingUuidArg } from '../../../appointments.js';

export default class ParticipantsList extends ApiCommand {
  static operationIds = ['listParticipants'];

  static override summary = "List a meeting's participants.";

  static override description =
    "Lists every participant in the order they were added. Only the owner organisation's " +
    'subtree can list them. Under --json it prints the API array.';

  static override examples = [
    {
      description: "List a meeting's participants.",
      command: 'vdx appointments participants list 1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15',
    },
  ];

  static override args = { meeting: meetingUuidArg };

  async run(): Promise<Participant[]> {
    const { args, flags } = await this.parse(ParticipantsList);
    const client = await this.clientForProfile(flags);
    const participants = await client.meetings.participants.list(args.meeting);

    if (participants.length === 0) {
      this.log(`Meeting ${args.meeting} has no participants.`);
    } else {
      this.log(formatParticipantTable(participants));
      this.log('');
      this.log(
        `${participants.length} ${participants.length === 1 ? 'participant' : 'participants'}.`,
      );
    }
    return participants;
  }
}
