import { Flags } from '@oclif/core';
import { ApiCommand } from '../../api-command.js';
import { deviceIdArg } from '../../devices.js';
import { cliError, ExitCode } from '../../errors.js';
import { canPrompt, confirm } from '../../prompt.js';

/** The output of `vdx devices delete --json`, because the API responds with 204 and no body. */
export interface DeleteResult {
  id: string;
  deleted: true;
}

export default class DevicesDelete extends ApiCommand {
  static operationIds = ['deleteDevice', 'getDevice'];

  static override summary = 'Delete a device and its queues.';

  static override description =
    'On a terminal the command asks for confirmation unless --yes is given. Without a ' +
    'terminal, --yes is required. Under --json it prints {"id": ..., "deleted": true}.';

  static override examples = [
    {
      description: 'Delete a device after confirming at the prompt.',
      command: 'vdx devices delete 0f5e2c1a-7b3d-4e8f-9a01-000000000002',
    },
    {
      description: 'Delete a device from a script.',
      command: 'vdx devices delete 0f5e2c1a-7b3d-4e8f-9a01-000000000002 --yes',
    },
  ];

  static override args = { id: deviceIdArg };

  static override flags = {
    yes: Flags.boolean({ char: 'y', description: 'Delete without asking for confirmation.' }),
  };

  async run(): Promise<DeleteResult> {
    const { args, flags } = await this.parse(DevicesDelete);
    if (!flags.yes && !canPrompt()) {
      throw cliError(
        `Not deleting device ${args.id} without confirmation: pass --yes to delete it without a terminal.`,
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    if (!flags.yes) {
      const device = await client.devices.get(args.id);
      const confirmed = await confirm(`Delete device "${device.name}" (${device.id})?`);
      if (!confirmed) {
        throw cliError(`Cancelled: device ${args.id} was not deleted.`, ExitCode.Unexpected);
      }
    }

    await client.devices.delete(args.id);
    this.log(`Deleted device ${args.id}.`);
    return { id: args.id, deleted: true };
  }
}
