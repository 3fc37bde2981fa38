import type { Device } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { deviceIdArg, formatDevice } from '../../devices.js';

export default class DevicesGet extends ApiCommand {
  static operationIds = ['getDevice'];

  static override summary = 'Show one device.';

  static override examples = [
    {
      description: 'Show a demo device.',
      command: 'vdx devices get 0f5e2c1a-7b3d-4e8f-9a01-000000000001',
    },
    {
      description: 'Print the device as JSON.',
      command: 'vdx devices get 0f5e2c1a-7b3d-4e8f-9a01-000000000001 --json',
    },
  ];

  static override args = { id: deviceIdArg };

  async run(): Promise<Device> {
    const { args, flags } = await this.parse(DevicesGet);
    const client = await this.clientForProfile(flags);
    const device = await client.devices.get(args.id);
    this.log(formatDevice(device));
    return device;
  }
}
