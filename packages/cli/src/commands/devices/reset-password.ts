import { Flags } from '@oclif/core';
import type { DeviceCredentials } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { deviceIdArg } from '../../devices.js';
import { formatDetails } from '../../output/table.js';

export default class DevicesResetPassword extends ApiCommand {
  static operationIds = ['resetDevicePassword'];

  static override summary = 'Generate a new password for a device and print it once.';

  static override description =
    'The server stores only a hash of the password, so it cannot be shown again. The old ' +
    'password stops working. The device logs in with its login id and this password.';

  static override examples = [
    {
      description: 'Generate a password for a demo device.',
      command: 'vdx devices reset-password 0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    },
    {
      description: 'Store the password in a shell variable.',
      command:
        'PASSWORD=$(vdx devices reset-password 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --json | jq -r .password)',
    },
  ];

  static override args = { id: deviceIdArg };

  static override flags = {
    'idempotency-key': Flags.string({
      description: 'Idempotency-Key header: a repeat with the same key returns the first password.',
    }),
  };

  async run(): Promise<DeviceCredentials> {
    const { args, flags } = await this.parse(DevicesResetPassword);
    const client = await this.clientForProfile(flags);
    const credentials = await client.devices.resetPassword(
      args.id,
      flags['idempotency-key'] ? { idempotencyKey: flags['idempotency-key'] } : undefined,
    );

    this.log(
      formatDetails([
        ['Device', credentials.deviceId],
        ['Login id', credentials.loginId],
        ['Password', credentials.password],
      ]),
    );
    this.log('Store the password now: it cannot be shown again.');
    return credentials;
  }
}
