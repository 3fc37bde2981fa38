import { Args, Flags } from '@oclif/core';
import type { Device, DeviceKind, DeviceStatus } from '@vdx/sdk';
import { cliError, ExitCode } from './errors.js';
import { type Column, formatDetails, formatTable } from './output/table.js';

/** The device kinds of the API. */
export const DEVICE_KINDS = [
  'room-system',
  'tablet',
  'phone',
  'kiosk',
  'browser',
  'other',
] as const satisfies readonly DeviceKind[];

/** The device statuses of the API. */
export const DEVICE_STATUSES = ['active', 'disabled'] as const satisfies readonly DeviceStatus[];

/** The `<id>` argument of the device commands. */
export const deviceIdArg = Args.string({
  description: 'Id of the device (a UUID).',
  required: true,
});

/** Creates the `--kind` flag. */
export const kindFlag = (description: string) =>
  Flags.option({ options: DEVICE_KINDS, description })();

/** Creates the `--status` flag. */
export const statusFlag = (description: string) =>
  Flags.option({ options: DEVICE_STATUSES, description })();

/** The repeatable `--metadata key=value` flag. */
export const metadataFlag = Flags.string({
  description: 'A metadata entry as key=value. Repeat the flag for more entries.',
  multiple: true,
  multipleNonGreedy: true,
});

/**
 * Parses `key=value` entries into a metadata object. The value may contain `=` and may be empty.
 *
 * @throws CLIError (exit 2) naming the entry when it has no `=` or an empty key.
 */
export function parseMetadata(entries: readonly string[]): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const entry of entries) {
    const separator = entry.indexOf('=');
    if (separator <= 0) {
      throw cliError(
        `Invalid --metadata "${entry}": expected key=value, for example --metadata room=2.14.`,
        ExitCode.Usage,
      );
    }
    metadata[entry.slice(0, separator)] = entry.slice(separator + 1);
  }
  return metadata;
}

const DEVICE_COLUMNS: Column<Device>[] = [
  { header: 'ID', value: (device) => device.id },
  { header: 'NAME', value: (device) => device.name },
  { header: 'KIND', value: (device) => device.kind },
  { header: 'STATUS', value: (device) => device.status },
  { header: 'ORGANISATION', value: (device) => device.organisationCode },
  { header: 'LOGIN ID', value: (device) => device.loginId },
];

/** Formats devices as a table, one line each. */
export function formatDeviceTable(devices: readonly Device[]): string {
  return formatTable(devices, DEVICE_COLUMNS);
}

/** Formats every field of one device, one per line. */
export function formatDevice(device: Device): string {
  return formatDetails([
    ['ID', device.id],
    ['Name', device.name],
    ['Description', device.description],
    ['Organisation', device.organisationCode],
    ['Kind', device.kind],
    ['Status', device.status],
    ['Login id', device.loginId],
    ['Password set', device.hasPassword ? 'yes' : 'no'],
    ['Metadata', formatMetadata(device.metadata)],
    ['Created', device.createdTime],
    ['Updated', device.updatedTime],
  ]);
}

function formatMetadata(metadata: Record<string, string> | undefined): string {
  const entries = Object.entries(metadata ?? {});
  if (entries.length === 0) return '(none)';
  return entries.map(([key, value]) => `${key}=${value}`).join(', ');
}
