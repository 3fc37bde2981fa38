import { Args } from '@oclif/core';
import type { DirectoryOrganisation, DirectoryOrganisationPage } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { directoryPagingFlags, fetchDirectoryPages, formatDirectoryPage } from '../../directory.js';
import type { Column } from '../../output/table.js';

const COLUMNS: Column<DirectoryOrganisation>[] = [
  { header: 'CODE', value: (organisation) => organisation.code },
  { header: 'PARENT', value: (organisation) => organisation.parentCode ?? '' },
  { header: 'NAME', value: (organisation) => organisation.name },
];

export default class OrgsSearch extends ApiCommand {
  static operationIds = ['searchDirectoryOrganisations'];

  static override summary = 'Find organisations anywhere in VDX by name.';

  static override description =
    'OrganisationSearch lists the organisations of all of VDX whose name contains NAME, in ' +
    'any case, ordered by name. Invite one with `--organisation-participant CODE`. Under ' +
    '--json it prints the API page {"items": [...], "nextCursor": ...}.';

  static override examples = [
    { description: 'Find a supplier.', command: 'vdx orgs search supplier' },
    {
      description: 'Find every municipality, as JSON.',
      command: 'vdx orgs search kommune --all --json',
    },
  ];

  static override args = {
    name: Args.string({ description: 'Part of the organisation name (any case).', required: true }),
  };

  static override flags = { ...directoryPagingFlags };

  async run(): Promise<DirectoryOrganisationPage> {
    const { args, flags } = await this.parse(OrgsSearch);
    const client = await this.clientForProfile(flags);
    const page = await fetchDirectoryPages(flags, (paging) =>
      client.directory.organisations({ name: args.name, ...paging }),
    );
    this.log(formatDirectoryPage(page, COLUMNS, { one: 'organisation', many: 'organisations' }));
    return page;
  }
}
