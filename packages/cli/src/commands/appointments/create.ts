import { Flags } from '@oclif/core';
import type { Meeting, MeetingCreate } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatMeeting } from '../../appointments.js';
import { dateTimeFlag, requireTimeOrder } from '../../flags/date-time.js';
import { participantFlags, participantsFromFlags } from '../../participants.js';

export default class AppointmentsCreate extends ApiCommand {
  static operationIds = ['createMeeting'];

  static override summary = 'Create a meeting in VideoAPI and invite its participants.';

  static override description =
    'Times are RFC 3339 with an offset and are sent as given; the end must be after the ' +
    'start. Participants are invited as GUEST unless --host names them. Every invited ' +
    'organisation, and the organisation of every invited user or device, sees the meeting in ' +
    'AppointmentSearch and gets a "created" entry in its appointment log.';

  static override examples = [
    {
      description: 'Create a meeting with a supplier, an agency user, a device and a citizen.',
      command:
        'vdx appointments create --subject "Koordinerende møde" --start 2026-12-07T10:00:00+01:00 --end 2026-12-07T10:45:00+01:00 --organisation-participant supplier-demo --user-participant thomas.krogh@agency-demo.example --device-participant 0f5e2c1a-7b3d-4e8f-9a01-000000000005 --citizen "Citizen Demo <+4512345678>"',
    },
    {
      description: 'Create a meeting hosted by a user of your own organisation, as JSON.',
      command:
        'vdx appointments create --subject Visitation --start 2026-12-07T13:00:00+01:00 --end 2026-12-07T13:30:00+01:00 --user-participant lene.dahl@kommune-demo.example --host lene.dahl@kommune-demo.example --json',
    },
  ];

  static override flags = {
    subject: Flags.string({
      description: 'Title of the meeting (1-100 characters).',
      required: true,
    }),
    start: dateTimeFlag({
      description: 'Start time, for example 2026-12-07T10:00:00+01:00.',
      required: true,
    }),
    end: dateTimeFlag({ description: 'End time, after the start.', required: true }),
    description: Flags.string({ description: 'Free-text description (up to 500 characters).' }),
    'organized-by': Flags.string({
      description:
        "E-mail of the organiser; default the client's own. A meeting-planner may plan on behalf of a user of its organisation subtree.",
    }),
    label: Flags.string({
      description: 'A label to search the meeting by. Repeat the flag for more.',
      multiple: true,
      multipleNonGreedy: true,
    }),
    ...participantFlags,
    'idempotency-key': Flags.string({
      description:
        'Idempotency-Key header: a repeat with the same key within 24 hours returns the first meeting.',
    }),
  };

  async run(): Promise<Meeting> {
    const { flags } = await this.parse(AppointmentsCreate);
    requireTimeOrder(['start', flags.start], ['end', flags.end], { allowEqual: false });
    const body: MeetingCreate = {
      subject: flags.subject,
      startTime: flags.start,
      endTime: flags.end,
      participants: participantsFromFlags(flags),
    };
    if (flags.description !== undefined) body.description = flags.description;
    if (flags['organized-by'] !== undefined) body.organizedByEmail = flags['organized-by'];
    if (flags.label !== undefined) body.labels = flags.label;

    const client = await this.clientForProfile(flags);
    const key = flags['idempotency-key'];
    const meeting = await client.meetings.create(body, key ? { idempotencyKey: key } : undefined);

    this.log(`Created meeting ${meeting.uuid}.`);
    this.log(formatMeeting(meeting));
    return meeting;
  }
}
