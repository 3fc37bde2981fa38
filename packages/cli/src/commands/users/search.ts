import { Args, Flags } from '@oclif/core';
import type { DirectoryUser, DirectoryUserPage } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { directoryPagingFlags, fetchDirectoryPages, formatDirectoryPage } from '../../directory.js';
import { cliError, ExitCode } from '../../errors.js';
import type { Column } from '../../output/table.js';

const COLUMNS: Column<DirectoryUser>[] = [
  { header: 'EMAIL', value: (user) => user.email },
  { header: 'NAME', value: (user) => user.name },
  { header: 'ORGANISATION', value: (user) => user.organisationCode },
  { header: 'ORGANISATION NAME', value: (user) => user.organisationName },
];

export default class UsersSearch extends ApiCommand {
  static operationIds = ['searchDirectoryUsers'];

  static override summary = 'Find users anywhere in VDX by name, e-mail or organisation name.';

  static override description =
    'ParticipantSearch lists the users of all of VDX whose name or e-mail contains QUERY ' +
    'and whose organisation name contains --organisation-name, in any case, ordered by name. ' +
    'Give at least one of the two. Invite a user with `--user-participant EMAIL`. Under ' +
    '--json it prints the API page {"items": [...], "nextCursor": ...}.';

  static override examples = [
    { description: 'Find a user by name.', command: 'vdx users search krogh' },
    {
      description: 'List the users of every organisation whose name contains "agency".',
      command: 'vdx users search --organisation-name agency --all',
    },
  ];

  static override args = {
    query: Args.string({ description: "Part of the user's name or e-mail (any case)." }),
  };

  static override flags = {
    'organisation-name': Flags.string({
      description: "Part of the user's organisation name (any case).",
    }),
    ...directoryPagingFlags,
  };

  async run(): Promise<DirectoryUserPage> {
    const { args, flags } = await this.parse(UsersSearch);
    const organisationName = flags['organisation-name'];
    if (args.query === undefined && organisationName === undefined) {
      throw cliError(
        'Missing search: give part of a name or e-mail as QUERY, --organisation-name, or both.',
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    const page = await fetchDirectoryPages(flags, (paging) =>
      client.directory.users({ query: args.query, organisationName, ...paging }),
    );
    this.log(formatDirectoryPage(page, COLUMNS, { one: 'user', many: 'users' }));
    return page;
  }
}
