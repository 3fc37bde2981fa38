import { Args, Flags } from '@oclif/core';
import type { DirectoryDevice, DirectoryDevicePage } from '@vdx/sdk';
import { ApiCommand } from '../../api-command.js';
import { directoryPagingFlags, fetchDirectoryPages, formatDirectoryPage } from '../../directory.js';
import { cliError, ExitCode } from '../../errors.js';
import type { Column } from '../../output/table.js';

const COLUMNS: Column<DirectoryDevice>[] = [
  { header: 'ID', value: (device) => device.id },
  { header: 'NAME', value: (device) => device.name },
  { header: 'ORGANISATION', value: (device) => device.organisationCode },
  { header: 'ORGANISATION NAME', value: (device) => device.organisationName },
];

export default class DevicesSearch extends ApiCommand {
  static operationIds = ['searchDirectoryDevices'];

  static override summary = 'Find active devices anywhere in VDX to invite them.';

  static override description =
    'DeviceSearch lists the active devices of all of VDX whose name contains NAME and whose ' +
    'organisation name contains --organisation-name, in any case, ordered by name. Give at ' +
    'least one of the two. Unlike `vdx devices list`, it needs a meeting role, not ' +
    'device-admin, and shows only what is needed to invite a device: invite one with ' +
    '`--device-participant ID`. Under --json it prints the API page {"items": [...], "nextCursor": ...}.';

  static override examples = [
    { description: 'Find kiosks.', command: 'vdx devices search kiosk' },
    {
      description: 'List the devices of the emergency department.',
      command: 'vdx devices search --organisation-name akutmodtagelse',
    },
  ];

  static override args = {
    name: Args.string({ description: "Part of the device's name (any case)." }),
  };

  static override flags = {
    'organisation-name': Flags.string({
      description: "Part of the device's organisation name (any case).",
    }),
    ...directoryPagingFlags,
  };

  async run(): Promise<DirectoryDevicePage> {
    const { args, flags } = await this.parse(DevicesSearch);
    const organisationName = flags['organisation-name'];
    if (args.name === undefined && organisationName === undefined) {
      throw cliError(
        'Missing search: give part of a device name as NAME, --organisation-name, or both.',
        ExitCode.Usage,
      );
    }

    const client = await this.clientForProfile(flags);
    const page = await fetchDirectoryPages(flags, (paging) =>
      client.directory.devices({ name: args.name, organisationName, ...paging }),
    );
    this.log(formatDirectoryPage(page, COLUMNS, { one: 'device', many: 'devices' }));
    return page;
  }
}
