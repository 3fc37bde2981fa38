import { Flags } from '@oclif/core';
import type { Meeting, MeetingSearchQuery } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatMeeting } from '../../appointments.js';
import { cliError, ExitCode } from '../../errors.js';
import { dateTimeFlag, requireTimeOrder } from '../../flags/date-time.js';
import { type Column, formatTable } from '../../output/table.js';

interface SearchFlags {
  from?: string;
  to?: string;
  subject?: string;
  'organized-by'?: string;
  search?: string;
  label?: string;
  'short-id'?: string;
}

const COLUMNS: Column<Meeting>[] = [
  { header: 'UUID', value: (meeting) => meeting.uuid },
  { header: 'START', value: (meeting) => meeting.startTime },
  { header: 'END', value: (meeting) => meeting.endTime },
  { header: 'ORGANISER', value: (meeting) => meeting.organizedBy.email },
  { header: 'SUBJECT', value: (meeting) => meeting.subject },
];

export default class MeetingsSearch extends ApiCommand {
  static operationIds = ['searchMeetings'];

  static override summary = 'Search the VideoAPI meetings that your organisation subtree owns.';

  static override description =
    'Lists the meetings owned by your organisation subtree that match every filter given, ' +
    'ordered by start time. At least one filter is required, and --from and --to go together: ' +
    'a meeting matches when its start lies between them, both ends included. A meeting-user ' +
    "client sees only the meetings it organises. MedCom's VideoAPI applies only the first " +
    'filter present (in the order short id, label, subject, organiser, search text, time ' +
    'range), so give one filter to get the same result from both. Meetings your organisations ' +
    'are only invited to are found with `vdx appointments search`. Under --json it prints the ' +
    'API array.';

  static override examples = [
    {
      description: 'Find the meetings that start on 7 December 2026.',
      command:
        'vdx meetings search --from 2026-12-07T00:00:00+01:00 --to 2026-12-08T00:00:00+01:00',
    },
    {
      description: 'Find meetings by a word in the subject, with every field.',
      command: 'vdx meetings search --subject hjemmepleje --details',
    },
    {
      description: 'Find a meeting by its short id, as JSON.',
      command: 'vdx meetings search --short-id k7q2m9x4p1z8 --json',
    },
  ];

  static override flags = {
    from: dateTimeFlag({
      description:
        'Only meetings starting at or after this time, for example 2026-12-07T00:00:00+01:00. Requires --to.',
    }),
    to: dateTimeFlag({
      description: 'Only meetings starting at or before this time. Requires --from.',
    }),
    subject: Flags.string({
      description:
        'Only meetings whose subject contains this text, in any case (1-100 characters).',
    }),
    'organized-by': Flags.string({
      description: 'Only meetings organised by this e-mail address (exact, in any case).',
    }),
    search: Flags.string({
      description:
        "Only meetings whose subject, description or organiser's e-mail contains this text, in any case (1-200 characters).",
    }),
    label: Flags.string({ description: 'Only meetings that carry this label (exact).' }),
    'short-id': Flags.string({ description: 'Only the meeting with this 12-character short id.' }),
    details: Flags.boolean({
      description: 'Print every field of each meeting instead of a table.',
    }),
  };

  async run(): Promise<Meeting[]> {
    const { flags } = await this.parse(MeetingsSearch);
    const query = queryFromFlags(flags);
    const client = await this.clientForProfile(flags);
    const meetings = await client.meetings.search(query);

    if (meetings.length === 0) {
      this.log('No meetings match.');
      return meetings;
    }
    if (flags.details) {
      this.log(meetings.map(formatMeeting).join('\n\n'));
    } else {
      this.log(formatTable(meetings, COLUMNS));
    }
    this.log('');
    this.log(`${meetings.length} ${meetings.length === 1 ? 'meeting' : 'meetings'}.`);
    return meetings;
  }
}

/**
 * Builds the query under the spec's parameter names.
 *
 * @throws CLIError (exit 2) without a filter, with only one end of the time range, or with
 *   --from after --to.
 */
function queryFromFlags(flags: SearchFlags): MeetingSearchQuery {
  if ((flags.from === undefined) !== (flags.to === undefined)) {
    const [given, missing] = flags.from === undefined ? ['--to', '--from'] : ['--from', '--to'];
    throw cliError(
      `Missing ${missing}: ${given} needs it, because the time range has two ends. Pass both, for example --from 2026-12-07T00:00:00+01:00 --to 2026-12-08T00:00:00+01:00.`,
      ExitCode.Usage,
    );
  }

  requireTimeOrder(['from', flags.from], ['to', flags.to], { allowEqual: true });

  const query: MeetingSearchQuery = {};
  if (flags.from !== undefined) query['from-start-time'] = flags.from;
  if (flags.to !== undefined) query['to-start-time'] = flags.to;
  if (flags.subject !== undefined) query.subject = flags.subject;
  if (flags['organized-by'] !== undefined) query.organizedBy = flags['organized-by'];
  if (flags.search !== undefined) query.search = flags.search;
  if (flags.label !== undefined) query.label = flags.label;
  if (flags['short-id'] !== undefined) query['short-id'] = flags['short-id'];

  if (Object.keys(query).length === 0) {
    throw cliError(
      'Missing filter: pass at least one of --short-id, --label, --subject, --organized-by, --search, or --from with --to.',
      ExitCode.Usage,
    );
  }
  return query;
}
