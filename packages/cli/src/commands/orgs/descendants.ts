import { Args } from '@oclif/core';
import type { Organisation } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { type Column, formatTable } from '../../output/table.js';

const COLUMNS: Column<Organisation>[] = [
  { header: 'CODE', value: (organisation) => organisation.code },
  { header: 'PARENT', value: (organisation) => organisation.parentCode ?? '' },
  { header: 'NAME', value: (organisation) => organisation.name },
];

export default class OrgsDescendants extends ApiCommand {
  static operationIds = ['listOrganisationDescendants'];

  static override summary = 'List every organisation below one organisation of your subtree.';

  static override description =
    'Lists the children, grandchildren and so on of the organisation, in depth-first order. ' +
    'The organisation must be in your subtree (exit 4 otherwise). Under --json it prints the ' +
    'API array, which is empty for an organisation without descendants.';

  static override examples = [
    {
      description: "List a hospital's departments.",
      command: 'vdx orgs descendants hospital-demo',
    },
    {
      description: 'List the organisations below a region, as JSON.',
      command: 'vdx orgs descendants region-demo --json',
    },
  ];

  static override args = {
    code: Args.string({
      description: 'Code of the organisation, for example region-demo.',
      required: true,
    }),
  };

  async run(): Promise<Organisation[]> {
    const { args, flags } = await this.parse(OrgsDescendants);
    const client = await this.clientForProfile(flags);
    const descendants = await client.organisations.descendants(args.code);
    if (descendants.length === 0) {
      this.log(`No organisations below ${args.code}.`);
      return descendants;
    }

    const noun = descendants.length === 1 ? 'organisation' : 'organisations';
    this.log(formatTable(descendants, COLUMNS));
    this.log('');
    this.log(`${descendants.length} ${noun} below ${args.code}.`);
    return descendants;
  }
}
