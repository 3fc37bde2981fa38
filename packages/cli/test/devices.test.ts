import type { Device, DevicePage } from '@vdx/sdk';
import { DEMO_DEVICES } from '@vdx/sdk/demo';
import type { RunningServer } from '@vdx/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorLine,
  clientEnv,
  demoClient,
  loginRegionAdmin,
  makeConfigDir,
  type RunResult,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

let server: RunningServer;
let configDir: string;

/** Demo devices in the region's subtree (region-demo, hospital-demo, dept-emergency). */
const REGION_DEVICE_IDS = DEMO_DEVICES.filter((device) =>
  ['region-demo', 'hospital-demo', 'dept-emergency'].includes(device.organisationCode),
).map((device) => device.id);
const ROOM_AKUT = DEMO_DEVICES[0]!;
const KOMMUNE_TABLET = DEMO_DEVICES.find((device) => device.organisationCode === 'kommune-demo')!;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  server = await startDemoServer();
  configDir = await makeConfigDir();
  await loginRegionAdmin(server, configDir);
});

afterAll(async () => {
  await server.close();
  await removeConfigDir(configDir);
});

function vdx(...args: string[]): Promise<RunResult> {
  return runVdx(args, { configDir });
}

async function createDevice(name: string, ...extra: string[]): Promise<Device> {
  const result = await vdx(
    'devices',
    'create',
    '--name',
    name,
    '--organisation',
    'hospital-demo',
    '--json',
    ...extra,
  );
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Device;
}

describe('vdx devices list', () => {
  it('prints a table of the devices in the subtree', async () => {
    const result = await vdx('devices', 'list', '--organisation', 'dept-emergency');
    const lines = result.stdout.trimEnd().split('\n');

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(lines[0]).toMatch(/^ID +NAME +KIND +STATUS +ORGANISATION +LOGIN ID$/);
    expect(lines.find((line) => line.startsWith(ROOM_AKUT.id))).toMatch(
      new RegExp(
        `^${ROOM_AKUT.id} +${ROOM_AKUT.name} +room-system +active +dept-emergency +room-akut-1$`,
      ),
    );
    expect(lines.at(-1)).toBe('2 devices.');
  });

  it('aligns the columns', async () => {
    const result = await vdx('devices', 'list', '--organisation', 'dept-emergency');
    const [header, ...rows] = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('ID') || line.startsWith('0f5e'));
    const nameColumn = header!.indexOf('NAME');
    const kindColumn = header!.indexOf('KIND');

    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row[nameColumn - 1]).toBe(' ');
      expect(row.slice(kindColumn)).toMatch(/^(room-system|tablet) /);
    }
  });

  it('prints the API page as JSON', async () => {
    const result = await vdx('devices', 'list', '--json');
    const page = JSON.parse(result.stdout) as DevicePage;

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((device) => device.id)).toEqual(
      expect.arrayContaining(REGION_DEVICE_IDS),
    );
    expect(page.items.map((device) => device.id)).not.toContain(KOMMUNE_TABLET.id);
  });

  it('filters by kind, status and search text', async () => {
    const byKind = JSON.parse((await vdx('devices', 'list', '--kind', 'tablet', '--json')).stdout);
    const bySearch = JSON.parse(
      (await vdx('devices', 'list', '--search', 'KONFERENCE', '--json')).stdout,
    );
    const disabled = JSON.parse(
      (
        await vdx(
          'devices',
          'list',
          '--status',
          'disabled',
          '--organisation',
          'dept-emergency',
          '--json',
        )
      ).stdout,
    );

    expect(byKind.items.every((device: Device) => device.kind === 'tablet')).toBe(true);
    expect(byKind.items.map((device: Device) => device.id)).toContain(DEMO_DEVICES[1]!.id);
    expect(bySearch.items.map((device: Device) => device.id)).toEqual([DEMO_DEVICES[2]!.id]);
    expect(disabled.items).toEqual([]);
  });

  it('pages with --limit and follows every page with --all', async () => {
    const firstPage = await vdx('devices', 'list', '--limit', '1');
    const firstJson = JSON.parse((await vdx('devices', 'list', '--limit', '1', '--json')).stdout);
    const all = JSON.parse(
      (await vdx('devices', 'list', '--limit', '1', '--all', '--json')).stdout,
    );

    expect(firstPage.stdout).toMatch(/^1 device\.$/m);
    expect(firstPage.stdout).toMatch(/^More devices: add --cursor \S+, or use --all\.$/m);
    expect(firstJson.items).toHaveLength(1);
    expect(typeof firstJson.nextCursor).toBe('string');
    expect(all.nextCursor).toBeNull();
    expect(all.items.map((device: Device) => device.id)).toEqual(
      expect.arrayContaining(REGION_DEVICE_IDS),
    );
  });

  it('continues from --cursor', async () => {
    const first = JSON.parse((await vdx('devices', 'list', '--limit', '1', '--json')).stdout);
    const second = JSON.parse(
      (await vdx('devices', 'list', '--limit', '1', '--cursor', first.nextCursor, '--json')).stdout,
    );

    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it.each([
    [
      ['--limit', '0'],
      'Invalid value for --limit: Expected an integer greater than or equal to 1 but received: 0',
    ],
    [['--limit', 'many'], 'Invalid value for --limit: Expected an integer but received: many'],
    [['--status', 'broken'], 'Expected --status=broken to be one of: active, disabled'],
  ])('rejects %j with exit 2', async (flags, message) => {
    const result = await vdx('devices', 'list', ...flags);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Error: ${message}. See \`vdx devices list --help\`.\n`);
  });

  it('exits 3 without the device-admin role', async () => {
    const result = await runVdx(['devices', 'list'], {
      configDir: await makeConfigDir(),
      env: clientEnv(server, demoClient('demo-centre-planner')),
    });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(
      apiErrorLine(
        'This operation needs one of the roles device-admin; the token has meeting-planner.',
        403,
        3001,
      ),
    );
  });
});

describe('vdx devices get', () => {
  it('prints the fields of a device', async () => {
    const result = await vdx('devices', 'get', ROOM_AKUT.id);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^ID: +${ROOM_AKUT.id}$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^Name: +${ROOM_AKUT.name}$`, 'm'));
    expect(result.stdout).toMatch(/^Organisation: +dept-emergency$/m);
    expect(result.stdout).toMatch(/^Kind: +room-system$/m);
    expect(result.stdout).toMatch(/^Login id: +room-akut-1$/m);
  });

  it('prints the device as JSON', async () => {
    const result = await vdx('devices', 'get', ROOM_AKUT.id, '--json');
    const device = JSON.parse(result.stdout) as Device;

    expect(result.exitCode).toBe(0);
    expect(device).toMatchObject({
      id: ROOM_AKUT.id,
      name: ROOM_AKUT.name,
      organisationCode: 'dept-emergency',
      loginId: 'room-akut-1',
    });
  });

  it('exits 4 for an unknown device', async () => {
    const result = await vdx('devices', 'get', UNKNOWN_ID);

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(apiErrorLine(`Device ${UNKNOWN_ID} not found.`, 404, 4001));
  });

  it('exits 4 for a device outside the subtree', async () => {
    const result = await vdx('devices', 'get', KOMMUNE_TABLET.id);

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(
      apiErrorLine(`Device ${KOMMUNE_TABLET.id} not found.`, 404, 4001),
    );
  });

  it('writes the error as JSON', async () => {
    const result = await vdx('devices', 'get', UNKNOWN_ID, '--json');
    const lines = result.stderr.trimEnd().split('\n');
    const { error } = JSON.parse(result.stderr);

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(lines).toHaveLength(1);
    expect(error).toMatchObject({ exitCode: 4, status: 404, code: 4001 });
    expect(error.message).toContain(error.requestId);
    expect(error.body).toMatchObject({ status: 404, detailed_error_code: 4001 });
  });
});

describe('vdx devices create', () => {
  it('creates a device and prints it', async () => {
    const result = await vdx(
      'devices',
      'create',
      '--name',
      'Videorum 2',
      '--organisation',
      'hospital-demo',
      '--kind',
      'room-system',
      '--description',
      'Second floor',
      '--metadata',
      'room=2.14',
      '--metadata',
      'note=a=b',
    );

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Created device [0-9a-f-]{36}\.$/m);
    expect(result.stdout).toMatch(/^Name: +Videorum 2$/m);
    expect(result.stdout).toMatch(/^Description: +Second floor$/m);
    expect(result.stdout).toMatch(/^Kind: +room-system$/m);
    expect(result.stdout).toMatch(/^Status: +active$/m);
    expect(result.stdout).toMatch(/^Metadata: +room=2\.14, note=a=b$/m);
  });

  it('prints server defaults as JSON', async () => {
    const device = await createDevice('Defaults tablet');

    expect(device).toMatchObject({
      name: 'Defaults tablet',
      organisationCode: 'hospital-demo',
      kind: 'other',
      status: 'active',
      hasPassword: false,
      metadata: {},
    });
    expect(device.loginId).toMatch(/\S/);
  });

  it('requires --name with exit 2', async () => {
    const result = await vdx('devices', 'create', '--organisation', 'hospital-demo');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing required flag name. See `vdx devices create --help`.\n',
    );
  });

  it('rejects malformed metadata with exit 2', async () => {
    const result = await vdx(
      'devices',
      'create',
      '--name',
      'x',
      '--organisation',
      'hospital-demo',
      '--metadata',
      'room',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid --metadata "room": expected key=value, for example --metadata room=2.14.\n',
    );
  });

  it('rejects an unknown kind with exit 2', async () => {
    const result = await vdx(
      'devices',
      'create',
      '--name',
      'x',
      '--organisation',
      'hospital-demo',
      '--kind',
      'robot',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Expected --kind=robot to be one of: room-system, tablet, phone, kiosk, browser, other. ' +
        'See `vdx devices create --help`.\n',
    );
  });

  it('maps a 400 from the API to exit 2', async () => {
    const result = await vdx(
      'devices',
      'create',
      '--name',
      'x'.repeat(300),
      '--organisation',
      'hospital-demo',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      apiErrorLine('/name: must NOT have more than 200 characters', 400, 1001),
    );
  });

  it('returns first device for a repeated key', async () => {
    const args = ['--idempotency-key', 'create-once', '--json'];
    const first = await createDevice('Idempotent', ...args);
    const second = await createDevice('Idempotent', ...args);

    expect(second.id).toBe(first.id);
  });

  it('exits 5 for a reused idempotency key', async () => {
    await createDevice('Original', '--idempotency-key', 'conflicting-key');
    const result = await vdx(
      'devices',
      'create',
      '--name',
      'Different',
      '--organisation',
      'hospital-demo',
      '--idempotency-key',
      'conflicting-key',
    );

    expect(result.exitCode).toBe(5);
    expect(result.stderr).toMatch(
      apiErrorLine(
        'Idempotency-Key conflicting-key was already used for a different request.',
        409,
        5002,
      ),
    );
  });

  it('exits 4 for an organisation outside the subtree', async () => {
    const result = await vdx('devices', 'create', '--name', 'x', '--organisation', 'kommune-demo');

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(apiErrorLine('Organisation kommune-demo not found.', 404, 4002));
  });
});

describe('vdx devices update', () => {
  it('changes the status and the name', async () => {
    const device = await createDevice('Update me');
    const result = await vdx(
      'devices',
      'update',
      device.id,
      '--status',
      'disabled',
      '--name',
      'Updated',
    );

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Updated device ${device.id}\\.$`, 'm'));
    expect(result.stdout).toMatch(/^Name: +Updated$/m);
    expect(result.stdout).toMatch(/^Status: +disabled$/m);
  });

  it('merges metadata entries and removes others', async () => {
    const device = await createDevice('Metadata', '--metadata', 'a=1', '--metadata', 'b=2');
    const result = await vdx(
      'devices',
      'update',
      device.id,
      '--metadata',
      'b=3',
      '--metadata',
      'c=4',
      '--remove-metadata',
      'a',
      '--json',
    );

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).metadata).toEqual({ b: '3', c: '4' });
  });

  it('requires a change with exit 2', async () => {
    const result = await vdx('devices', 'update', ROOM_AKUT.id);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Nothing to change: pass at least one of --name, --description, --organisation, ' +
        '--kind, --status, --metadata or --remove-metadata.\n',
    );
  });

  it('exits 4 for an unknown device', async () => {
    const result = await vdx('devices', 'update', UNKNOWN_ID, '--name', 'x');

    expect(result.exitCode).toBe(4);
  });
});

describe('vdx devices delete', () => {
  it('deletes with --yes', async () => {
    const device = await createDevice('Delete me');
    const result = await vdx('devices', 'delete', device.id, '--yes');
    const after = await vdx('devices', 'get', device.id);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`Deleted device ${device.id}.\n`);
    expect(after.exitCode).toBe(4);
  });

  it('prints the deletion as JSON', async () => {
    const device = await createDevice('Delete me too');
    const result = await vdx('devices', 'delete', device.id, '--yes', '--json');

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ id: device.id, deleted: true });
  });

  it('requires --yes without a terminal', async () => {
    const device = await createDevice('Keep me');
    const result = await vdx('devices', 'delete', device.id);
    const after = await vdx('devices', 'get', device.id);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: Not deleting device ${device.id} without confirmation: pass --yes to delete it without a terminal.\n`,
    );
    expect(after.exitCode).toBe(0);
  });

  it('exits 4 for an unknown device', async () => {
    const result = await vdx('devices', 'delete', UNKNOWN_ID, '--yes');

    expect(result.exitCode).toBe(4);
  });
});

describe('vdx devices reset-password', () => {
  it('prints the new password once with a warning', async () => {
    const device = await createDevice('Password device');
    const result = await vdx('devices', 'reset-password', device.id);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Login id: +${device.loginId}$`, 'm'));
    expect(result.stdout).toMatch(/^Password: +\S{8,}$/m);
    expect(result.stdout).toMatch(/^Store the password now: it cannot be shown again\.$/m);
  });

  it('prints the credentials as JSON', async () => {
    const device = await createDevice('Password JSON device');
    const result = await vdx('devices', 'reset-password', device.id, '--json');
    const credentials = JSON.parse(result.stdout);
    const after = JSON.parse((await vdx('devices', 'get', device.id, '--json')).stdout) as Device;

    expect(result.exitCode).toBe(0);
    expect(credentials).toEqual({
      deviceId: device.id,
      loginId: device.loginId,
      password: expect.any(String),
    });
    expect(after.hasPassword).toBe(true);
  });
});

describe('vdx devices login-link', () => {
  it('prints the link, the code and the expiry', async () => {
    const result = await vdx('devices', 'login-link', ROOM_AKUT.id);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Link: +https?:\/\/\S+$/m);
    expect(result.stdout).toMatch(/^Code: +\S+$/m);
    expect(result.stdout).toMatch(/^Expires: +\d{4}-\d\d-\d\dT\S+$/m);
  });

  it('sets the expiry from --expires-in', async () => {
    const before = Date.now();
    const result = await vdx(
      'devices',
      'login-link',
      ROOM_AKUT.id,
      '--expires-in',
      '120',
      '--json',
    );
    const link = JSON.parse(result.stdout);
    const expiresInMs = Date.parse(link.expiresAt) - before;

    expect(result.exitCode).toBe(0);
    expect(link.deviceId).toBe(ROOM_AKUT.id);
    expect(expiresInMs).toBeGreaterThan(100_000);
    expect(expiresInMs).toBeLessThanOrEqual(121_000);
  });

  it('rejects an expiry under 60 seconds with exit 2', async () => {
    const result = await vdx('devices', 'login-link', ROOM_AKUT.id, '--expires-in', '10');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid value for --expires-in: Expected an integer greater than or equal to 60 ' +
        'but received: 10. See `vdx devices login-link --help`.\n',
    );
  });
});
