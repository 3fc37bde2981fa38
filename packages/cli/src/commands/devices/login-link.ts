import { Flags } from '@oclif/core';
import type { LoginLink } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { deviceIdArg } from '../../devices.js';
import { formatDetails } from '../../output/table.js';

export default class DevicesLoginLink extends ApiCommand {
  static operationIds = ['createDeviceLoginLink'];

  static override summary = 'Create a one-click login link for a device.';

  static override description =
    'The link carries a one-time code that logs the device in without its password. ' +
    'The code works once and expires after --expires-in seconds (the server default is 900).';

  static override examples = [
    {
      description: 'Create a link that is valid for the default time.',
      command: 'vdx devices login-link 0f5e2c1a-7b3d-4e8f-9a01-000000000004',
    },
    {
      description: 'Create a link that expires after 5 minutes.',
      command: 'vdx devices login-link 0f5e2c1a-7b3d-4e8f-9a01-000000000004 --expires-in 300',
    },
  ];

  static override args = { id: deviceIdArg };

  static override flags = {
    'expires-in': Flags.integer({
      description: 'Seconds until the code expires (60-86400).',
      min: 60,
      max: 86_400,
    }),
  };

  async run(): Promise<LoginLink> {
    const { args, flags } = await this.parse(DevicesLoginLink);
    const client = await this.clientForProfile(flags);
    const expiresIn = flags['expires-in'];
    const link = await client.devices.createLoginLink(
      args.id,
      expiresIn === undefined ? undefined : { expiresInSeconds: expiresIn },
    );

    this.log(
      formatDetails([
        ['Device', link.deviceId],
        ['Link', link.url],
        ['Code', link.code],
        ['Expires', link.expiresAt],
      ]),
    );
    this.log('The code works once.');
    return link;
  }
}
