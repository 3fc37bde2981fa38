import { Flags } from '@oclif/core';
import type { Device, DevicePage } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { formatDeviceTable, kindFlag, statusFlag } from '../../devices.js';

export default class DevicesList extends ApiCommand {
  static operationIds = ['listDevices'];

  static override summary = 'List the devices in your organisation and its sub-organisations.';

  static override description =
    'Prints one page of devices (the first 50 unless --limit is set). With --all the command ' +
    'follows the pages and prints every device. Under --json it prints the API page ' +
    '{"items": [...], "nextCursor": ...}; with --all nextCursor is null.';

  static override examples = [
    { description: 'List the first page of devices.', command: 'vdx devices list' },
    {
      description: 'List every active tablet of one organisation.',
      command: 'vdx devices list --organisation dept-emergency --kind tablet --status active --all',
    },
    {
      description: 'Find devices by name, as JSON.',
      command: 'vdx devices list --search akut --json',
    },
  ];

  static override flags = {
    organisation: Flags.string({
      description: 'Only devices of this organisation code and its sub-organisations.',
    }),
    status: statusFlag('Only devices with this status.'),
    kind: kindFlag('Only devices of this kind.'),
    search: Flags.string({
      description:
        'Only devices whose name, description or login id contains this text (any case).',
    }),
    limit: Flags.integer({
      description: 'Maximum number of devices per page (1-200).',
      min: 1,
      max: 200,
    }),
    cursor: Flags.string({
      description: 'The nextCursor of the previous page.',
      exclusive: ['all'],
    }),
    all: Flags.boolean({ description: 'Follow the pages and list every matching device.' }),
  };

  async run(): Promise<DevicePage> {
    const { flags } = await this.parse(DevicesList);
    const client = await this.clientForProfile(flags);
    const query = {
      organisationCode: flags.organisation,
      status: flags.status,
      kind: flags.kind,
      q: flags.search,
      limit: flags.limit,
    };

    let page: DevicePage;
    if (flags.all) {
      const items: Device[] = [];
      for await (const device of client.devices.listAll(query)) items.push(device);
      page = { items, nextCursor: null };
    } else {
      page = await client.devices.list({ ...query, cursor: flags.cursor });
    }

    this.printPage(page);
    return page;
  }

  private printPage(page: DevicePage): void {
    if (page.items.length === 0) {
      this.log('No devices match.');
      return;
    }
    this.log(formatDeviceTable(page.items));
    this.log('');
    this.log(`${page.items.length} ${page.items.length === 1 ? 'device' : 'devices'}.`);
    if (page.nextCursor) {
      this.log(`More devices: add --cursor ${page.nextCursor}, or use --all.`);
    }
  }
}
