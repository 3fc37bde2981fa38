import { Flags } from '@oclif/core';
import type { Device, DeviceUpdate } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import {
  deviceIdArg,
  formatDevice,
  kindFlag,
  metadataFlag,
  parseMetadata,
  statusFlag,
} from '../../devices.js';
import { cliError, ExitCode } from '../../errors.js';

type UpdateFlags = {
  name?: string;
  description?: string;
  organisation?: string;
  kind?: DeviceUpdate['kind'];
  status?: DeviceUpdate['status'];
  metadata?: string[];
  'remove-metadata'?: string[];
};

export default class DevicesUpdate extends ApiCommand {
  static operationIds = ['updateDevice', 'getDevice'];

  static override summary = 'Change fields of a device.';

  static override description =
    'Changes only the fields given. --metadata adds or changes single entries and ' +
    '--remove-metadata removes entries, while the other entries stay as they are. To do that ' +
    'the command reads the device first and sends the whole merged metadata, so a change made ' +
    'by someone else between the two requests is overwritten.';

  static override examples = [
    {
      description: 'Disable a device.',
      command: 'vdx devices update 0f5e2c1a-7b3d-4e8f-9a01-000000000002 --status disabled',
    },
    {
      description: 'Rename a device and set one metadata entry.',
      command:
        'vdx devices update 0f5e2c1a-7b3d-4e8f-9a01-000000000002 --name "Tablet 1 (ward B)" --metadata ward=B',
    },
  ];

  static override args = { id: deviceIdArg };

  static override flags = {
    name: Flags.string({ description: 'New display name.' }),
    description: Flags.string({ description: 'New description.' }),
    organisation: Flags.string({
      description: 'Code of the organisation to move the device to (within your subtree).',
    }),
    kind: kindFlag('New kind.'),
    status: statusFlag('New status. A disabled device cannot log in.'),
    metadata: metadataFlag,
    'remove-metadata': Flags.string({
      description: 'Key of a metadata entry to remove. Repeat the flag for more keys.',
      multiple: true,
      multipleNonGreedy: true,
    }),
  };

  async run(): Promise<Device> {
    const { args, flags } = await this.parse(DevicesUpdate);
    const changes = fieldChanges(flags);
    const additions = flags.metadata ? parseMetadata(flags.metadata) : {};
    const removals = flags['remove-metadata'] ?? [];
    const changesMetadata = Object.keys(additions).length > 0 || removals.length > 0;
    if (Object.keys(changes).length === 0 && !changesMetadata) {
      throw cliError(
        'Nothing to change: pass at least one of --name, --description, --organisation, ' +
          '--kind, --status, --metadata or --remove-metadata.',
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    if (changesMetadata) {
      const current = await client.devices.get(args.id);
      changes.metadata = mergeMetadata(current.metadata, additions, removals);
    }
    const device = await client.devices.update(args.id, changes);

    this.log(`Updated device ${device.id}.`);
    this.log(formatDevice(device));
    return device;
  }
}

function fieldChanges(flags: UpdateFlags): DeviceUpdate {
  const changes: DeviceUpdate = {};
  if (flags.name !== undefined) changes.name = flags.name;
  if (flags.description !== undefined) changes.description = flags.description;
  if (flags.organisation !== undefined) changes.organisationCode = flags.organisation;
  if (flags.kind !== undefined) changes.kind = flags.kind;
  if (flags.status !== undefined) changes.status = flags.status;
  return changes;
}

function mergeMetadata(
  current: Record<string, string> | undefined,
  additions: Record<string, string>,
  removals: readonly string[],
): Record<string, string> {
  const merged = { ...current, ...additions };
  for (const key of removals) delete merged[key];
  return merged;
}
