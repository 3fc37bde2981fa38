import { Flags } from '@oclif/core';
import type { Appointment, AppointmentPage } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatAppointment, formatAppointmentTable } from '../../appointments.js';
import { dateTimeFlag, requireTimeOrder } from '../../flags/date-time.js';

export default class AppointmentsSearch extends ApiCommand {
  static operationIds = ['searchAppointments'];

  static override summary =
    'List the meetings your organisation, its users or its devices take part in.';

  static override description =
    'AppointmentSearch covers all of VDX: a meeting is listed when your organisation subtree ' +
    'owns it or when it invites one of your organisations, users or devices. Filters combine ' +
    'with AND; without filters every visible meeting is listed, ordered by start time. ' +
    'Prints one page (50 unless --limit is set); --all follows the pages, and --details ' +
    'prints each meeting with its participants. Under --json it prints the API page ' +
    '{"items": [...], "nextCursor": ...}; with --all nextCursor is null.';

  static override examples = [
    { description: 'List the first page of your meetings.', command: 'vdx appointments search' },
    {
      description: 'List every meeting of one device in December 2026, with participants.',
      command:
        'vdx appointments search --device 0f5e2c1a-7b3d-4e8f-9a01-000000000006 --from 2026-12-01T00:00:00+01:00 --to 2027-01-01T00:00:00+01:00 --all --details',
    },
    {
      description: 'Find the meetings of one user, as JSON.',
      command: 'vdx appointments search --user karsten.bach@supplier-demo.example --json',
    },
  ];

  static override flags = {
    organisation: Flags.string({
      description:
        'Only meetings in which this organisation code of your subtree takes part (as owner, invited organisation, or through an invited user or device).',
    }),
    device: Flags.string({ description: 'Only meetings to which this device (an id) is invited.' }),
    user: Flags.string({
      description: 'Only meetings that this user (an e-mail) organises or is invited to.',
    }),
    from: dateTimeFlag({
      description:
        'Only meetings starting at or after this time, for example 2026-12-07T00:00:00+01:00.',
    }),
    to: dateTimeFlag({ description: 'Only meetings starting before this time.' }),
    details: Flags.boolean({
      description: 'Print every field and the participants of each meeting instead of a table.',
    }),
    limit: Flags.integer({
      description: 'Maximum number of meetings per page (1-200).',
      min: 1,
      max: 200,
    }),
    cursor: Flags.string({
      description: 'The nextCursor of the previous page.',
      exclusive: ['all'],
    }),
    all: Flags.boolean({ description: 'Follow the pages and list every matching meeting.' }),
  };

  async run(): Promise<AppointmentPage> {
    const { flags } = await this.parse(AppointmentsSearch);
    requireTimeOrder(['from', flags.from], ['to', flags.to], { allowEqual: true });
    const client = await this.clientForProfile(flags);
    const query = {
      organisationCode: flags.organisation,
      deviceId: flags.device,
      userEmail: flags.user,
      fromStartTime: flags.from,
      toStartTime: flags.to,
      limit: flags.limit,
    };

    let page: AppointmentPage;
    if (flags.all) {
      const items: Appointment[] = [];
      for await (const appointment of client.appointments.searchAll(query)) items.push(appointment);
      page = { items, nextCursor: null };
    } else {
      page = await client.appointments.search({ ...query, cursor: flags.cursor });
    }

    this.printPage(page, flags.details);
    return page;
  }

  private printPage(page: AppointmentPage, details: boolean): void {
    if (page.items.length === 0) {
      this.log('No meetings match.');
      return;
    }
    if (details) {
      this.log(page.items.map(formatAppointment).join('\n\n'));
    } else {
      this.log(formatAppointmentTable(page.items));
    }
    this.log('');
    this.log(`${page.items.length} ${page.items.length === 1 ? 'meeting' : 'meetings'}.`);
    if (page.nextCursor) {
      this.log(`More meetings: add --cursor ${page.nextCursor}, or use --all.`);
    }
  }
}
