import { Args } from '@oclif/core';
import type { Organisation } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatDetails } from '../../output/table.js';

export default class OrgsGet extends ApiCommand {
  static operationIds = ['getOrganisation'];

  static override summary = 'Show one organisation of your subtree.';

  static override description =
    'Reads the organisation with this code from the organisation service. An organisation ' +
    'outside your subtree is not found (exit 4), exactly as if it did not exist; find ' +
    'organisations anywhere in VDX with `vdx orgs search`.';

  static override examples = [
    { description: 'Show an organisation.', command: 'vdx orgs get hospital-demo' },
    {
      description: 'Print the organisation as JSON.',
      command: 'vdx orgs get hospital-demo --json',
    },
  ];

  static override args = {
    code: Args.string({
      description: 'Code of the organisation, for example hospital-demo.',
      required: true,
    }),
  };

  async run(): Promise<Organisation> {
    const { args, flags } = await this.parse(OrgsGet);
    const client = await this.clientForProfile(flags);
    const organisation = await client.organisations.get(args.code);
    this.log(
      formatDetails([
        ['Code', organisation.code],
        ['Name', organisation.name],
        ['Parent', organisation.parentCode ?? '(none)'],
        ['Created', organisation.createdTime],
      ]),
    );
    return organisation;
  }
}
