import { Flags } from '@oclif/core';
import type { Device, DeviceCreateInput } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatDevice, kindFlag, metadataFlag, parseMetadata, statusFlag } from '../../devices.js';

export default class DevicesCreate extends ApiCommand {
  static operationIds = ['createDevice'];

  static override summary = 'Register a new device.';

  static override description =
    'The server assigns the id and the login id. The device has no password until ' +
    '`vdx devices reset-password` generates one.';

  static override examples = [
    {
      description: 'Register a tablet in the emergency department.',
      command:
        'vdx devices create --name "Akutmodtagelse tablet 2" --organisation dept-emergency --kind tablet',
    },
    {
      description: 'Register a room system with a description and metadata.',
      command:
        'vdx devices create --name "Videorum 2" --organisation hospital-demo --kind room-system --description "Second floor" --metadata room=2.14 --metadata floor=2',
    },
  ];

  static override flags = {
    name: Flags.string({ description: 'Display name of the device.', required: true }),
    organisation: Flags.string({
      description: 'Code of the organisation that owns the device, for example dept-emergency.',
      required: true,
    }),
    kind: kindFlag('What sort of device it is (default: other).'),
    status: statusFlag('Initial status (default: active). A disabled device cannot log in.'),
    description: Flags.string({ description: 'Free-text description.' }),
    metadata: metadataFlag,
    'idempotency-key': Flags.string({
      description: 'Idempotency-Key header: a repeat with the same key returns the first device.',
    }),
  };

  async run(): Promise<Device> {
    const { flags } = await this.parse(DevicesCreate);
    const body = deviceFromFlags(flags);
    const client = await this.clientForProfile(flags);
    const key = flags['idempotency-key'];
    const device = await client.devices.create(body, key ? { idempotencyKey: key } : undefined);

    this.log(`Created device ${device.id}.`);
    this.log(formatDevice(device));
    return device;
  }
}

interface CreateFlags {
  name: string;
  organisation: string;
  kind?: DeviceCreateInput['kind'];
  status?: DeviceCreateInput['status'];
  description?: string;
  metadata?: string[];
}

/** Builds the request body. Fields without a flag are left out, so the server applies its defaults. */
function deviceFromFlags(flags: CreateFlags): DeviceCreateInput {
  const body: DeviceCreateInput = { name: flags.name, organisationCode: flags.organisation };
  if (flags.kind !== undefined) body.kind = flags.kind;
  if (flags.status !== undefined) body.status = flags.status;
  if (flags.description !== undefined) body.description = flags.description;
  if (flags.metadata !== undefined) body.metadata = parseMetadata(flags.metadata);
  return body;
}
