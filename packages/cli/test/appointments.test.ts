import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import {
  type AppointmentLogBatch,
  type AppointmentLogEntry,
  type AppointmentPage,
  clientCredentials,
  createVdxClient,
  type Meeting,
  type Participant,
  type VdxClient,
} from '@vdx/sdk';
import { DEMO_DEVICES } from '@vdx/sdk/demo';
import type { RunningServer } from '@vdx/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import {
  BIN,
  clientEnv,
  demoClient,
  makeConfigDir,
  type RunResult,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

const KOMMUNE = demoClient('demo-kommune-admin');
const SUPPLIER = demoClient('demo-supplier');
const SUPPLIER_ROOM = DEMO_DEVICES.find((device) => device.loginId === 'room-supplier-1')!;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

let server: RunningServer;
let configDir: string;
let supplierSdk: VdxClient;
let kommuneSdk: VdxClient;

beforeAll(async () => {
  server = await startDemoServer();
  configDir = await makeConfigDir();
  supplierSdk = sdkClient(SUPPLIER);
  kommuneSdk = sdkClient(KOMMUNE);
});

afterAll(async () => {
  await server.close();
  await removeConfigDir(configDir);
});

function sdkClient(client: { clientId: string; clientSecret: string }): VdxClient {
  return createVdxClient({
    baseUrl: server.url,
    auth: clientCredentials({ issuer: server.issuer, ...client }),
  });
}

/** Runs the CLI as the municipality's planner. */
function asKommune(...args: string[]): Promise<RunResult> {
  return runVdx(args, { configDir, env: clientEnv(server, KOMMUNE) });
}

/** Runs the CLI as the supplier's system. */
function asSupplier(...args: string[]): Promise<RunResult> {
  return runVdx(args, { configDir, env: clientEnv(server, SUPPLIER) });
}

const CREATE_ARGS = [
  'appointments',
  'create',
  '--subject',
  'Koordinerende møde',
  '--start',
  '2026-12-07T10:00:00+01:00',
  '--end',
  '2026-12-07T10:45:00+01:00',
];

async function createMeeting(...extra: string[]): Promise<Meeting> {
  const result = await asKommune(
    ...CREATE_ARGS,
    '--organisation-participant',
    'supplier-demo',
    ...extra,
    '--json',
  );
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Meeting;
}

async function drainSupplierLog(): Promise<void> {
  let batch = await supplierSdk.appointments.log.take();
  while (batch.hasMore) batch = await supplierSdk.appointments.log.take();
}

describe('vdx appointments create', () => {
  it('invites every kind of participant', async () => {
    const result = await asKommune(
      ...CREATE_ARGS,
      '--description',
      'Plan efter udskrivelse',
      '--organisation-participant',
      'supplier-demo',
      '--organisation-participant',
      'agency-demo',
      '--user-participant',
      'thomas.krogh@agency-demo.example',
      '--user-participant',
      'lene.dahl@kommune-demo.example',
      '--device-participant',
      SUPPLIER_ROOM.id,
      '--citizen',
      'Citizen Demo <+4512345678>',
      '--host',
      'Lene.Dahl@kommune-demo.example',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^Created meeting ${UUID}\\.$`, 'm'));
    expect(result.stdout).toMatch(/^Subject: +Koordinerende møde$/m);
    expect(result.stdout).toMatch(/^Description: +Plan efter udskrivelse$/m);
    expect(result.stdout).toMatch(/^Start: +2026-12-07T10:00:00\+01:00$/m);
    expect(result.stdout).toMatch(/^Participants: +6$/m);
    expect(result.stdout).toMatch(/^Guest PIN: +\d{4,}$/m);

    const uuid = new RegExp(`^Created meeting (${UUID})\\.$`, 'm').exec(result.stdout)?.[1];
    const participants = await kommuneSdk.meetings.participants.list(uuid!);
    expect(participants.map((item) => [item.type, item.externalId, item.role])).toEqual([
      ['ORGANISATION', 'supplier-demo', 'GUEST'],
      ['ORGANISATION', 'agency-demo', 'GUEST'],
      ['USER', 'thomas.krogh@agency-demo.example', 'GUEST'],
      ['USER', 'lene.dahl@kommune-demo.example', 'HOST'],
      ['DEVICE', SUPPLIER_ROOM.id, 'GUEST'],
      ['CITIZEN', '+4512345678', 'GUEST'],
    ]);
    expect(participants[5]?.name).toBe('Citizen Demo');
  });

  it('prints the meeting as JSON', async () => {
    const meeting = await createMeeting('--label', 'hjemmepleje');

    expect(meeting).toMatchObject({
      subject: 'Koordinerende møde',
      startTime: '2026-12-07T10:00:00+01:00',
      endTime: '2026-12-07T10:45:00+01:00',
      labels: ['hjemmepleje'],
      knownParticipants: 1,
    });
  });

  it('host naming no participant exits 2', async () => {
    const result = await asKommune(...CREATE_ARGS, '--host', 'agency-demo');

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Error: Invalid --host "agency-demo": no participant flag names it. Give it with --organisation-participant, --user-participant or --device-participant as well.\n',
    );
  });

  it('citizen without contact exits 2', async () => {
    const result = await asKommune(...CREATE_ARGS, '--citizen', 'Citizen Demo <>');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid --citizen "Citizen Demo <>": expected "Name <e-mail or phone>" or the e-mail or phone alone, for example --citizen "Citizen Demo <+4512345678>".\n',
    );
  });

  it('end before start exits 2', async () => {
    const result = await asKommune(
      'appointments',
      'create',
      '--subject',
      'Backwards',
      '--start',
      '2026-12-07T10:00:00+01:00',
      '--end',
      '2026-12-07T09:00:00+01:00',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Error: --end 2026-12-07T09:00:00+01:00 is not after --start 2026-12-07T10:00:00+01:00; pass values where --end is after --start.\n',
    );
  });

  it('unknown user exits 2 and names it', async () => {
    const result = await asKommune(
      ...CREATE_ARGS,
      '--user-participant',
      'nobody@nowhere.example',
      '--json',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    const failure = JSON.parse(result.stderr) as { error: Record<string, unknown> };
    expect(failure.error).toMatchObject({ exitCode: 2, status: 400, code: 4004 });
    expect(failure.error.message).toContain('nobody@nowhere.example');
  });

  it('missing subject exits 2', async () => {
    const result = await asKommune(
      'appointments',
      'create',
      '--start',
      '2026-12-07T10:00:00+01:00',
      '--end',
      '2026-12-07T10:45:00+01:00',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing required flag subject. See `vdx appointments create --help`.\n',
    );
  });
});

describe('vdx appointments get, update and delete', () => {
  it('get prints the meeting', async () => {
    const meeting = await createMeeting();

    const result = await asKommune('appointments', 'get', meeting.uuid);

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Uuid: +${meeting.uuid}$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^Room address: +${meeting.uriWithDomain}$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^Host PIN: +${meeting.hostPin}$`, 'm'));
    expect(result.stdout).toMatch(
      /^Organiser: +integration@kommune-demo\.example \(kommune-demo\)$/m,
    );
  });

  it('get of an unknown meeting exits 4', async () => {
    const result = await asKommune('appointments', 'get', MISSING_UUID);

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(/\(HTTP 404, code 4001, request id [\w.:-]+\)\n$/);
  });

  it('update moves the meeting', async () => {
    const meeting = await createMeeting();

    const result = await asKommune(
      'appointments',
      'update',
      meeting.uuid,
      '--start',
      '2026-12-07T11:00:00+01:00',
      '--end',
      '2026-12-07T11:45:00+01:00',
      '--json',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      uuid: meeting.uuid,
      subject: 'Koordinerende møde',
      startTime: '2026-12-07T11:00:00+01:00',
      endTime: '2026-12-07T11:45:00+01:00',
      guestPin: meeting.guestPin,
    });
  });

  it('update clears the description', async () => {
    const meeting = await createMeeting('--description', 'Temporary');

    const result = await asKommune('appointments', 'update', meeting.uuid, '--clear-description');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Updated meeting ${meeting.uuid}\\.$`, 'm'));
    expect(result.stdout).not.toMatch(/^Description:/m);
  });

  it('update without changes exits 2', async () => {
    const result = await asKommune('appointments', 'update', MISSING_UUID);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Nothing to change: pass at least one of --subject, --start, --end, --description or --clear-description.\n',
    );
  });

  it('delete without --yes and terminal exits 2', async () => {
    const meeting = await createMeeting();

    const result = await asKommune('appointments', 'delete', meeting.uuid);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: Not deleting meeting ${meeting.uuid} without confirmation: pass --yes to delete it without a terminal.\n`,
    );
    await expect(kommuneSdk.meetings.get(meeting.uuid)).resolves.toMatchObject({
      uuid: meeting.uuid,
    });
  });

  it('delete --yes removes the meeting', async () => {
    const meeting = await createMeeting();

    const result = await asKommune('appointments', 'delete', meeting.uuid, '--yes', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ uuid: meeting.uuid, deleted: true });
    const get = await asKommune('appointments', 'get', meeting.uuid);
    expect(get.exitCode).toBe(4);
  });
});

describe('vdx appointments participants', () => {
  it('add, list and remove round-trip', async () => {
    const meeting = await createMeeting();

    const added = await asKommune(
      'appointments',
      'participants',
      'add',
      meeting.uuid,
      '--organisation-participant',
      'agency-demo',
      '--citizen',
      'citizen@example.org',
    );
    expect(added.exitCode, added.stderr).toBe(0);
    expect(added.stdout).toMatch(
      new RegExp(`^Added 2 participants to meeting ${meeting.uuid}\\.$`, 'm'),
    );
    expect(added.stdout).toMatch(
      new RegExp(`^${UUID} +ORGANISATION +GUEST +agency-demo +agency-demo$`, 'm'),
    );

    const listed = await asKommune('appointments', 'participants', 'list', meeting.uuid, '--json');
    expect(listed.exitCode, listed.stderr).toBe(0);
    const participants = JSON.parse(listed.stdout) as Participant[];
    expect(participants.map((item) => item.externalId)).toEqual([
      'supplier-demo',
      'agency-demo',
      'citizen@example.org',
    ]);

    const removed = await asKommune(
      'appointments',
      'participants',
      'remove',
      meeting.uuid,
      participants[1]!.uuid,
    );
    expect(removed.exitCode, removed.stderr).toBe(0);
    expect(removed.stdout).toBe(
      `Removed participant ${participants[1]!.uuid} from meeting ${meeting.uuid}.\n`,
    );

    const after = await asKommune('appointments', 'participants', 'list', meeting.uuid);
    expect(after.stdout).toMatch(/^2 participants\.$/m);
    expect(after.stdout).not.toContain('agency-demo');
  });

  it('adding an existing participant exits 5', async () => {
    const meeting = await createMeeting();

    const result = await asKommune(
      'appointments',
      'participants',
      'add',
      meeting.uuid,
      '--organisation-participant',
      'supplier-demo',
    );

    expect(result.exitCode).toBe(5);
    expect(result.stderr).toMatch(/\(HTTP 409, code 5003, request id [\w.:-]+\)\n$/);
  });

  it('add without participants exits 2', async () => {
    const result = await asKommune('appointments', 'participants', 'add', MISSING_UUID);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Nothing to add: pass at least one of --organisation-participant, --user-participant, --device-participant or --citizen.\n',
    );
  });
});

describe('vdx appointments search', () => {
  it('invited supplier sees the meeting', async () => {
    const meeting = await createMeeting('--citizen', 'Citizen Demo <+4512345678>');

    const result = await asSupplier('appointments', 'search', '--all');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ID +START +OWNER +ROOM ADDRESS +GUEST PIN +SUBJECT$/m);
    expect(result.stdout).toMatch(
      new RegExp(
        `^${meeting.uuid} +2026-12-07T10:00:00\\+01:00 +kommune-demo +${meeting.uriWithDomain} +${meeting.guestPin} +Koordinerende møde$`,
        'm',
      ),
    );
  });

  it('details hide the citizen from guests', async () => {
    const meeting = await createMeeting('--citizen', 'Citizen Demo <+4512345678>');

    const result = await asSupplier(
      'appointments',
      'search',
      '--organisation',
      'supplier-demo',
      '--details',
      '--all',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    const block = result.stdout.split('\n\n').find((part) => part.includes(meeting.uuid)) ?? '';
    expect(block).toMatch(/^Owner: +kommune-demo$/m);
    expect(block).not.toMatch(/^Host PIN:/m);
    expect(block).toMatch(new RegExp(`^${UUID} +CITIZEN +GUEST +\\(hidden\\)$`, 'm'));
    expect(block).not.toContain('+4512345678');
  });

  it('prints the page as JSON', async () => {
    const meeting = await createMeeting();

    const result = await asSupplier('appointments', 'search', '--all', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const page = JSON.parse(result.stdout) as AppointmentPage;
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item) => item.id)).toContain(meeting.uuid);
  });

  it('organisation outside the subtree exits 4', async () => {
    const result = await asSupplier('appointments', 'search', '--organisation', 'kommune-demo');

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(/\(HTTP 404, code 400\d, request id [\w.:-]+\)\n$/);
  });
});

describe('vdx logs appointments', () => {
  beforeEach(drainSupplierLog);

  it('prints new notifications once', async () => {
    const meeting = await createMeeting();
    await kommuneSdk.meetings.patch(meeting.uuid, { subject: 'Omdøbt møde' });

    const first = await asSupplier('logs', 'appointments');
    const second = await asSupplier('logs', 'appointments');

    expect(first.exitCode, first.stderr).toBe(0);
    const lines = first.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^\\S+ {2}created {15}${meeting.uuid}$`));
    expect(lines[1]).toMatch(new RegExp(`^\\S+ {2}updated {15}${meeting.uuid} {2}subject$`));
    expect(first.stdout).toMatch(/^2 notifications, now marked as read\.$/m);
    expect(second.stdout).toBe('No new appointment notifications.\n');
  });

  it('prints the batch as JSON', async () => {
    const meeting = await createMeeting();

    const result = await asSupplier('logs', 'appointments', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const batch = JSON.parse(result.stdout) as AppointmentLogBatch;
    expect(batch.hasMore).toBe(false);
    expect(batch.items.map((entry) => [entry.appointmentId, entry.change])).toEqual([
      [meeting.uuid, 'created'],
    ]);
  });

  it('--interval without --follow exits 2', async () => {
    const result = await asSupplier('logs', 'appointments', '--interval', '2');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: All of the following must be provided when using --interval: --follow. See `vdx logs appointments --help`.\n',
    );
  });

  it('--follow prints JSON lines until SIGINT', async () => {
    const meeting = await createMeeting();
    const child = spawn(
      process.execPath,
      [BIN, 'logs', 'appointments', '--follow', '--interval', '1', '--json'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: configDir,
          VDX_CONFIG_DIR: configDir,
          NO_COLOR: '1',
          ...clientEnv(server, SUPPLIER),
        },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    onTestFinished(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });

    const first = JSON.parse((await lines.next()).value as string) as AppointmentLogEntry;
    expect(first).toMatchObject({ appointmentId: meeting.uuid, change: 'created' });

    await kommuneSdk.meetings.delete(meeting.uuid);
    const second = JSON.parse((await lines.next()).value as string) as AppointmentLogEntry;
    expect(second).toMatchObject({ appointmentId: meeting.uuid, change: 'deleted' });

    const exited = once(child, 'exit');
    child.kill('SIGINT');
    const [exitCode] = await exited;
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('appointment command help', () => {
  const commands = [
    ['appointments', 'search'],
    ['appointments', 'get'],
    ['appointments', 'create'],
    ['appointments', 'update'],
    ['appointments', 'delete'],
    ['appointments', 'participants', 'add'],
    ['appointments', 'participants', 'remove'],
    ['appointments', 'participants', 'list'],
    ['logs', 'appointments'],
  ];

  it.each(commands.map((command) => ({ name: command.join(' '), command })))(
    '$name shows examples',
    async ({ name, command }) => {
      const result = await runVdx([...command, '--help'], { configDir });

      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('EXAMPLES');
      expect(result.stdout).toContain(`$ vdx ${name}`);
    },
  );
});
