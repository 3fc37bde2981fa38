import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Device, QueuedMeeting, QueuedMessage } from '@vdx/sdk';
import type { RunningServer } from '@vdx/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorLine,
  loginRegionAdmin,
  makeConfigDir,
  type RunResult,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

let server: RunningServer;
let configDir: string;

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

/** Creates a device with empty queues, so that each test reads only its own items. */
async function createDevice(name: string): Promise<Device> {
  const result = await vdx(
    'devices',
    'create',
    '--name',
    name,
    '--organisation',
    'dept-emergency',
    '--json',
  );
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Device;
}

function meetingArgs(deviceId: string, subject: string): string[] {
  return [
    'queues',
    'meetings',
    'push',
    deviceId,
    '--subject',
    subject,
    '--start',
    '2026-03-02T10:00:00+01:00',
    '--end',
    '2026-03-02T10:30:00+01:00',
  ];
}

async function pushMeeting(deviceId: string, subject: string): Promise<QueuedMeeting> {
  const result = await vdx(...meetingArgs(deviceId, subject), '--json');
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as QueuedMeeting;
}

async function pushMessage(deviceId: string, subject: string): Promise<QueuedMessage> {
  const result = await vdx(
    'queues',
    'messages',
    'push',
    deviceId,
    '--subject',
    subject,
    '--body',
    `Body of ${subject}`,
    '--json',
  );
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as QueuedMessage;
}

describe('vdx queues meetings push', () => {
  it('queues a meeting with all fields from flags', async () => {
    const device = await createDevice('Push flags');
    const result = await vdx(
      ...meetingArgs(device.id, 'Tværfagligt møde'),
      '--uri',
      '4711@vdx.example',
      '--guest-pin',
      '1234',
      '--host-pin',
      '987654',
      '--description',
      'Opfølgning',
    );

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      new RegExp(`^Queued meeting [0-9a-f-]{36} for device ${device.id}\\.$`, 'm'),
    );
    expect(result.stdout).toMatch(/^Subject: +Tværfagligt møde$/m);
    expect(result.stdout).toMatch(/^Start: +2026-03-02T10:00:00\+01:00$/m);
    expect(result.stdout).toMatch(/^End: +2026-03-02T10:30:00\+01:00$/m);
    expect(result.stdout).toMatch(/^Room address: +4711@vdx\.example$/m);
    expect(result.stdout).toMatch(/^Guest PIN: +1234$/m);
    expect(result.stdout).toMatch(/^Host PIN: +987654$/m);
    expect(result.stdout).toMatch(/^Description: +Opfølgning$/m);
  });

  it('prints the queued meeting as JSON', async () => {
    const device = await createDevice('Push JSON');
    const meeting = await pushMeeting(device.id, 'JSON meeting');

    expect(meeting).toMatchObject({
      deviceId: device.id,
      subject: 'JSON meeting',
      startTime: '2026-03-02T10:00:00+01:00',
      endTime: '2026-03-02T10:30:00+01:00',
    });
    expect(meeting.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads the body from a file', async () => {
    const device = await createDevice('Push file');
    const file = join(configDir, 'meeting.json');
    await writeFile(
      file,
      JSON.stringify({
        subject: 'From file',
        startTime: '2026-03-02T12:00:00+01:00',
        endTime: '2026-03-02T12:30:00+01:00',
        portalLink: 'https://portal.vdx.example/m/1',
      }),
    );
    const result = await vdx(
      'queues',
      'meetings',
      'push',
      device.id,
      '--body-file',
      file,
      '--json',
    );

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      subject: 'From file',
      portalLink: 'https://portal.vdx.example/m/1',
    });
  });

  it('reads the body from stdin', async () => {
    const device = await createDevice('Push stdin');
    const body = JSON.stringify({
      subject: 'From stdin',
      startTime: '2026-03-02T13:00:00+01:00',
      endTime: '2026-03-02T13:30:00+01:00',
    });
    const result = await runVdx(
      ['queues', 'meetings', 'push', device.id, '--body-file', '-', '--json'],
      {
        configDir,
        stdin: body,
      },
    );

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).subject).toBe('From stdin');
  });

  it('names missing flags with exit 2', async () => {
    const device = await createDevice('Push missing');
    const result = await vdx('queues', 'meetings', 'push', device.id, '--subject', 'No times');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing --start, --end: pass them or give the whole body with --body-file.\n',
    );
  });

  it('rejects field flags with --body-file', async () => {
    const result = await vdx(
      'queues',
      'meetings',
      'push',
      'x',
      '--subject',
      'a',
      '--body-file',
      '-',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: --subject=a cannot also be provided when using --body-file. ' +
        'See `vdx queues meetings push --help`.\n',
    );
  });

  it('rejects a non-object body file', async () => {
    const file = join(configDir, 'list.json');
    await writeFile(file, '[1, 2]');
    const result = await vdx('queues', 'meetings', 'push', 'x', '--body-file', file);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`Error: Invalid --body-file "${file}": expected a JSON object.\n`);
  });

  it('rejects an end before the start', async () => {
    const device = await createDevice('Push reversed');
    const result = await vdx(
      'queues',
      'meetings',
      'push',
      device.id,
      '--subject',
      'Reversed',
      '--start',
      '2026-03-02T11:00:00+01:00',
      '--end',
      '2026-03-02T10:00:00+01:00',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: --end 2026-03-02T10:00:00+01:00 is not after --start 2026-03-02T11:00:00+01:00; pass values where --end is after --start.\n',
    );
  });

  it('exits 4 for an unknown device', async () => {
    const result = await vdx(...meetingArgs('00000000-0000-4000-8000-000000000000', 'Nobody'));

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(
      apiErrorLine('Device 00000000-0000-4000-8000-000000000000 not found.', 404, 4001),
    );
  });
});

describe('vdx queues meetings pop, list and clear', () => {
  it('pops meetings in FIFO order', async () => {
    const device = await createDevice('FIFO');
    const first = await pushMeeting(device.id, 'First');
    const second = await pushMeeting(device.id, 'Second');
    const third = await pushMeeting(device.id, 'Third');

    const popped: string[] = [];
    for (let index = 0; index < 3; index++) {
      const result = await vdx('queues', 'meetings', 'pop', device.id, '--json');
      expect(result.exitCode).toBe(0);
      popped.push((JSON.parse(result.stdout) as QueuedMeeting).id);
    }

    expect(popped).toEqual([first.id, second.id, third.id]);
  });

  it('prints the popped meeting for people', async () => {
    const device = await createDevice('Pop human');
    const meeting = await pushMeeting(device.id, 'Human pop');
    const result = await vdx('queues', 'meetings', 'pop', device.id);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Took meeting ${meeting.id} from the queue of device ${device.id}\\.$`, 'm'),
    );
    expect(result.stdout).toMatch(/^Subject: +Human pop$/m);
  });

  it('reports an empty queue with exit 0', async () => {
    const device = await createDevice('Empty');
    const result = await vdx('queues', 'meetings', 'pop', device.id);

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`The meeting queue of device ${device.id} is empty.\n`);
  });

  it('prints null for an empty queue', async () => {
    const device = await createDevice('Empty JSON');
    const result = await vdx('queues', 'meetings', 'pop', device.id, '--json');

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('null\n');
    expect(JSON.parse(result.stdout)).toBeNull();
  });

  it('lists without consuming, oldest first', async () => {
    const device = await createDevice('List');
    const first = await pushMeeting(device.id, 'Listed first');
    const second = await pushMeeting(device.id, 'Listed second');
    const human = await vdx('queues', 'meetings', 'list', device.id);
    const json = JSON.parse((await vdx('queues', 'meetings', 'list', device.id, '--json')).stdout);
    const all = JSON.parse(
      (await vdx('queues', 'meetings', 'list', device.id, '--limit', '1', '--all', '--json'))
        .stdout,
    );

    expect(human.exitCode).toBe(0);
    expect(human.stdout).toMatch(/^ID +SUBJECT +START +END +ENQUEUED$/m);
    expect(human.stdout.indexOf(first.id)).toBeLessThan(human.stdout.indexOf(second.id));
    expect(human.stdout).toMatch(/^2 meetings, oldest first\.$/m);
    expect(json.items.map((item: QueuedMeeting) => item.id)).toEqual([first.id, second.id]);
    expect(json.nextCursor).toBeNull();
    expect(all.items.map((item: QueuedMeeting) => item.id)).toEqual([first.id, second.id]);
  });

  it('clears the queue and reports the count', async () => {
    const device = await createDevice('Clear');
    await pushMeeting(device.id, 'One');
    await pushMeeting(device.id, 'Two');
    const result = await vdx('queues', 'meetings', 'clear', device.id);
    const json = await vdx('queues', 'meetings', 'clear', device.id, '--json');
    const pop = await vdx('queues', 'meetings', 'pop', device.id, '--json');

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`Removed 2 meetings from the queue of device ${device.id}.\n`);
    expect(JSON.parse(json.stdout)).toEqual({ cleared: 0 });
    expect(pop.stdout).toBe('null\n');
  });
});

describe('vdx queues messages', () => {
  it('pushes, lists, pops in FIFO order and clears', async () => {
    const device = await createDevice('Messages');
    const first = await pushMessage(device.id, 'Første');
    const second = await pushMessage(device.id, 'Anden');
    await pushMessage(device.id, 'Tredje');

    const list = JSON.parse((await vdx('queues', 'messages', 'list', device.id, '--json')).stdout);
    const pop1 = JSON.parse((await vdx('queues', 'messages', 'pop', device.id, '--json')).stdout);
    const pop2 = await vdx('queues', 'messages', 'pop', device.id);
    const clear = await vdx('queues', 'messages', 'clear', device.id);
    const empty = await vdx('queues', 'messages', 'pop', device.id);

    expect(list.items.map((item: QueuedMessage) => item.subject)).toEqual([
      'Første',
      'Anden',
      'Tredje',
    ]);
    expect(pop1).toMatchObject({ id: first.id, subject: 'Første', body: 'Body of Første' });
    expect(pop2.stdout).toMatch(new RegExp(`^Took message ${second.id} from the queue`, 'm'));
    expect(pop2.stdout).toMatch(/^Body: +Body of Anden$/m);
    expect(clear.stdout).toBe(`Removed 1 message from the queue of device ${device.id}.\n`);
    expect(empty.exitCode).toBe(0);
    expect(empty.stdout).toBe(`The message queue of device ${device.id} is empty.\n`);
  });

  it('lists messages in a table', async () => {
    const device = await createDevice('Message table');
    const message = await pushMessage(device.id, 'Tabel');
    const result = await vdx('queues', 'messages', 'list', device.id);
    const lines = result.stdout.trimEnd().split('\n');

    expect(result.exitCode).toBe(0);
    expect(lines[0]).toMatch(/^ID +SUBJECT +ENQUEUED +BODY$/);
    expect(lines[1]).toMatch(new RegExp(`^${message.id} +Tabel +\\S+ +Body of Tabel$`));
    expect(lines.at(-1)).toBe('1 message, oldest first.');
  });

  it('prints the pushed message for people', async () => {
    const device = await createDevice('Message human');
    const result = await vdx(
      'queues',
      'messages',
      'push',
      device.id,
      '--subject',
      'Hej',
      '--body',
      'Mødet er flyttet.',
    );

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Queued message [0-9a-f-]{36} for device ${device.id}\\.$`, 'm'),
    );
    expect(result.stdout).toMatch(/^Body: +Mødet er flyttet\.$/m);
  });

  it('sends structured content from --body-file', async () => {
    const device = await createDevice('Message content');
    const file = join(configDir, 'message.json');
    await writeFile(
      file,
      JSON.stringify({ subject: 'S', body: 'B', content: { kind: 'reminder', minutes: 10 } }),
    );
    const result = await vdx(
      'queues',
      'messages',
      'push',
      device.id,
      '--body-file',
      file,
      '--json',
    );

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).content).toEqual({ kind: 'reminder', minutes: 10 });
  });

  it('names a missing --body with exit 2', async () => {
    const result = await vdx('queues', 'messages', 'push', 'x', '--subject', 'Only subject');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing --body: pass it or give the whole body with --body-file.\n',
    );
  });
});

describe('device login', () => {
  async function devicePassword(deviceId: string): Promise<string> {
    const result = await vdx('devices', 'reset-password', deviceId, '--json');
    expect(result.exitCode, result.stderr).toBe(0);
    return JSON.parse(result.stdout).password as string;
  }

  it('device pops its own queues', async () => {
    const device = await createDevice('Self service');
    const password = await devicePassword(device.id);
    const meeting = await pushMeeting(device.id, 'For the device');
    const message = await pushMessage(device.id, 'Also for the device');
    const emptyDir = await makeConfigDir();
    const options = { configDir: emptyDir, env: { VDX_DEVICE_PASSWORD: password } };
    const deviceArgs = ['--device-login', device.loginId, '--base-url', server.url, '--json'];

    const poppedMeeting = await runVdx(
      ['queues', 'meetings', 'pop', device.id, ...deviceArgs],
      options,
    );
    const poppedMessage = await runVdx(
      ['queues', 'messages', 'pop', device.id, ...deviceArgs],
      options,
    );
    const empty = await runVdx(['queues', 'meetings', 'pop', device.id, ...deviceArgs], options);
    await removeConfigDir(emptyDir);

    expect(poppedMeeting.exitCode).toBe(0);
    expect(JSON.parse(poppedMeeting.stdout).id).toBe(meeting.id);
    expect(JSON.parse(poppedMessage.stdout).id).toBe(message.id);
    expect(empty.stdout).toBe('null\n');
    expect(poppedMeeting.stdout + poppedMeeting.stderr).not.toContain(password);
  });

  it('rejects a wrong device password with exit 3', async () => {
    const device = await createDevice('Wrong password');
    await devicePassword(device.id);
    const result = await runVdx(
      [
        'queues',
        'meetings',
        'pop',
        device.id,
        '--device-login',
        device.loginId,
        '--base-url',
        server.url,
      ],
      { configDir, env: { VDX_DEVICE_PASSWORD: 'not-the-password' } },
    );

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^Error: .+\n$/);
    expect(result.stderr).not.toContain('not-the-password');
  });

  it('requires a password without a terminal', async () => {
    const result = await vdx('queues', 'meetings', 'pop', 'x', '--device-login', 'room-akut-1');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing password of device "room-akut-1": set VDX_DEVICE_PASSWORD or run on a terminal to be asked.\n',
    );
  });
});
