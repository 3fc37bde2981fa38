import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  clientCredentials,
  createVdxClient,
  type Meeting,
  type MeetingCreate,
  type Organisation,
  type OrganisationTree,
  type Participant,
  type VdxClient,
  type VideoApiInfo,
} from '@vdx/sdk';
import type { RunningServer } from '@vdx/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorLine,
  clientEnv,
  demoClient,
  makeConfigDir,
  REGION_ADMIN,
  type RunResult,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

const KOMMUNE = demoClient('demo-kommune-admin');
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
const REGION_USER = 'mette.holm@region-demo.example';

let server: RunningServer;
let configDir: string;
let regionSdk: VdxClient;

beforeAll(async () => {
  server = await startDemoServer();
  configDir = await makeConfigDir();
  regionSdk = createVdxClient({
    baseUrl: server.url,
    auth: clientCredentials({ issuer: server.issuer, ...REGION_ADMIN }),
  });
});

afterAll(async () => {
  await server.close();
  await removeConfigDir(configDir);
});

/** Runs the CLI as the region's administrator (device-admin and meeting-admin). */
function asRegion(...args: string[]): Promise<RunResult> {
  return runVdx(args, { configDir, env: clientEnv(server) });
}

/** Creates a meeting owned by region-demo through the SDK, with one user and one citizen. */
function createRegionMeeting(changes: Partial<MeetingCreate> = {}): Promise<Meeting> {
  return regionSdk.meetings.create({
    subject: 'Udskrivelseskonference',
    startTime: '2026-12-07T10:00:00+01:00',
    endTime: '2026-12-07T10:45:00+01:00',
    description: 'Plan efter udskrivelse',
    labels: ['udskrivelse'],
    participants: [
      { type: 'USER', externalId: REGION_USER, role: 'GUEST' },
      { type: 'CITIZEN', externalId: '+4512345678', role: 'GUEST', name: 'Citizen Demo' },
    ],
    ...changes,
  });
}

/** Expects a usage error: exit 2, empty stdout and exactly this message on stderr. */
function expectUsageError(result: RunResult, message: string): void {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`Error: ${message}\n`);
}

describe('vdx orgs get', () => {
  it('prints an organisation of the subtree', async () => {
    const result = await asRegion('orgs', 'get', 'hospital-demo');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /^Code: {5}hospital-demo\nName: {5}Demo Hospital\nParent: {3}region-demo\nCreated: {2}\S+\n$/,
    );
  });

  it('prints the API object under --json', async () => {
    const result = await asRegion('orgs', 'get', 'region-demo', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const organisation = JSON.parse(result.stdout) as Organisation;
    expect(organisation).toEqual(await regionSdk.organisations.get('region-demo'));
    expect(organisation.parentCode).toBeNull();
  });

  it('exits 4 outside the subtree', async () => {
    const result = await asRegion('orgs', 'get', 'kommune-demo');

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(apiErrorLine('Organisation kommune-demo not found.', 404, 4002));
  });
});

describe('vdx orgs descendants', () => {
  it('lists descendants in depth-first order', async () => {
    const result = await asRegion('orgs', 'descendants', 'region-demo');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'CODE            PARENT         NAME',
        'hospital-demo   region-demo    Demo Hospital',
        'dept-emergency  hospital-demo  Demo Akutmodtagelse',
        '',
        '2 organisations below region-demo.',
        '',
      ].join('\n'),
    );
  });

  it('reports a leaf without descendants', async () => {
    const result = await asRegion('orgs', 'descendants', 'dept-emergency');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('No organisations below dept-emergency.\n');
  });

  it('prints an empty array for a leaf under --json', async () => {
    const result = await asRegion('orgs', 'descendants', 'dept-emergency', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('exits 4 outside the subtree', async () => {
    const result = await asRegion('orgs', 'descendants', 'supplier-demo', '--json');

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    const error = JSON.parse(result.stderr).error;
    expect(error).toMatchObject({ exitCode: 4, status: 404, code: 4002 });
    expect(error.message).toMatch(
      /^Organisation supplier-demo not found\. \(HTTP 404, code 4002, request id \S+\)$/,
    );
  });
});

describe('vdx orgs tree', () => {
  it('draws the subtree with branches', async () => {
    const result = await asRegion('orgs', 'tree');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'region-demo  Region Demo',
        '└── hospital-demo  Demo Hospital',
        '    └── dept-emergency  Demo Akutmodtagelse',
        '',
      ].join('\n'),
    );
  });

  it('draws the tree of another client', async () => {
    const result = await runVdx(['orgs', 'tree'], { configDir, env: clientEnv(server, KOMMUNE) });

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      ['kommune-demo  Demo Kommune', '└── centre-nord  Demo Sundhedscenter Nord', ''].join('\n'),
    );
  });

  it('prints the nested API tree under --json', async () => {
    const result = await asRegion('orgs', 'tree', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const tree = JSON.parse(result.stdout) as OrganisationTree;
    expect(tree).toEqual(await regionSdk.organisations.tree());
    expect(tree.children[0]?.children[0]?.code).toBe('dept-emergency');
  });
});

describe('vdx meetings info', () => {
  it('prints each value field as key.field', async () => {
    const result = await asRegion('meetings', 'info');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('service.name:     vdx-server\nservice.version:  0.1.0\n');
  });

  it('prints the API object under --json', async () => {
    const result = await asRegion('meetings', 'info', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const info = JSON.parse(result.stdout) as VideoApiInfo;
    expect(info).toEqual({
      info: [{ key: 'service', value: { name: 'vdx-server', version: '0.1.0' } }],
    });
  });
});

describe('vdx meetings search', () => {
  let meeting: Meeting;

  beforeAll(async () => {
    meeting = await createRegionMeeting({
      subject: 'Søgbar konference',
      startTime: '2026-12-09T09:00:00+01:00',
      endTime: '2026-12-09T09:30:00+01:00',
      labels: ['soegbar'],
    });
  });

  it('rejects a search without filters', async () => {
    const result = await asRegion('meetings', 'search');

    expectUsageError(
      result,
      'Missing filter: pass at least one of --short-id, --label, --subject, --organized-by, --search, or --from with --to.',
    );
  });

  it('writes the missing filter as JSON', async () => {
    const result = await asRegion('meetings', 'search', '--json');

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        message:
          'Missing filter: pass at least one of --short-id, --label, --subject, --organized-by, --search, or --from with --to.',
        exitCode: 2,
      },
    });
  });

  it('rejects --from without --to', async () => {
    const result = await asRegion('meetings', 'search', '--from', '2026-12-09T00:00:00+01:00');

    expectUsageError(
      result,
      'Missing --to: --from needs it, because the time range has two ends. Pass both, for example --from 2026-12-07T00:00:00+01:00 --to 2026-12-08T00:00:00+01:00.',
    );
  });

  it('rejects --to without --from', async () => {
    const result = await asRegion('meetings', 'search', '--to', '2026-12-09T00:00:00+01:00');

    expectUsageError(
      result,
      'Missing --from: --to needs it, because the time range has two ends. Pass both, for example --from 2026-12-07T00:00:00+01:00 --to 2026-12-08T00:00:00+01:00.',
    );
  });

  it('finds a meeting by subject', async () => {
    const result = await asRegion('meetings', 'search', '--subject', 'SØGBAR');
    const email = meeting.organizedBy.email;

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        `UUID${' '.repeat(34)}START${' '.repeat(22)}END${' '.repeat(24)}${'ORGANISER'.padEnd(email.length)}  SUBJECT`,
        `${meeting.uuid}  ${meeting.startTime}  ${meeting.endTime}  ${email}  Søgbar konference`,
        '',
        '1 meeting.',
        '',
      ].join('\n'),
    );
  });

  it('sends each filter flag', async () => {
    const filters = [
      ['--label', 'soegbar'],
      ['--short-id', meeting.shortId],
      ['--search', 'søgbar konf'],
      ['--organized-by', meeting.organizedBy.email],
      ['--from', '2026-12-09T09:00:00+01:00', '--to', '2026-12-09T09:00:00+01:00'],
    ];
    for (const filter of filters) {
      const result = await asRegion('meetings', 'search', ...filter, '--json');

      expect(result.exitCode, `${filter.join(' ')}: ${result.stderr}`).toBe(0);
      const uuids = (JSON.parse(result.stdout) as Meeting[]).map((found) => found.uuid);
      expect(uuids, filter.join(' ')).toContain(meeting.uuid);
    }
  });

  it('combines filters with AND', async () => {
    const result = await asRegion(
      'meetings',
      'search',
      '--label',
      'soegbar',
      '--subject',
      'no such subject',
      '--json',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('reports no match', async () => {
    const result = await asRegion('meetings', 'search', '--label', 'no-such-label');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('No meetings match.\n');
  });

  it('prints every field with --details', async () => {
    const result = await asRegion('meetings', 'search', '--short-id', meeting.shortId, '--details');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Uuid:          ${meeting.uuid}\n`);
    expect(result.stdout).toContain(`Room address:  ${meeting.uriWithDomain}\n`);
    expect(result.stdout).toMatch(/\n\n1 meeting\.\n$/);
  });

  it('exits 2 for a short id of the wrong length', async () => {
    const result = await asRegion('meetings', 'search', '--short-id', 'abc', '--json');

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).error).toMatchObject({ exitCode: 2, status: 400 });
  });
});

describe('vdx appointments replace', () => {
  it('replaces the details and clears the rest', async () => {
    const meeting = await createRegionMeeting();
    const result = await asRegion(
      'appointments',
      'replace',
      meeting.uuid,
      '--subject',
      'Flyttet konference',
      '--start',
      '2026-12-07T11:00:00+01:00',
      '--end',
      '2026-12-07T11:45:00+01:00',
      '--project-code',
      'P-17',
      '--json',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    const replaced = JSON.parse(result.stdout) as Meeting;
    expect(replaced.uuid).toBe(meeting.uuid);
    expect(replaced.subject).toBe('Flyttet konference');
    expect(replaced.startTime).toBe('2026-12-07T11:00:00+01:00');
    expect(replaced.endTime).toBe('2026-12-07T11:45:00+01:00');
    expect(replaced.projectCode).toBe('P-17');
    expect(replaced.description).toBeUndefined();
    expect(replaced.labels).toEqual([]);
    expect(replaced.organizedBy).toEqual(meeting.organizedBy);
    expect(replaced.uriWithDomain).toBe(meeting.uriWithDomain);
    expect(replaced.guestPin).toBe(meeting.guestPin);
  });

  it('prints the meeting for people', async () => {
    const meeting = await createRegionMeeting();
    const result = await asRegion(
      'appointments',
      'replace',
      meeting.uuid,
      '--subject',
      'Ny titel',
      '--start',
      meeting.startTime,
      '--end',
      meeting.endTime,
      '--description',
      'Ny beskrivelse',
      '--label',
      'a',
      '--label',
      'b',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Replaced the details of meeting ${meeting.uuid}\\.\\n`),
    );
    expect(result.stdout).toContain('Subject:       Ny titel\n');
    expect(result.stdout).toContain('Description:   Ny beskrivelse\n');
    expect(result.stdout).toContain('Labels:        a, b\n');
  });

  it('reads the body from --body-file', async () => {
    const meeting = await createRegionMeeting();
    const bodyPath = join(configDir, 'replace-body.json');
    await writeFile(
      bodyPath,
      JSON.stringify({
        subject: 'Fra fil',
        startTime: '2026-12-08T08:00:00+01:00',
        endTime: '2026-12-08T08:30:00+01:00',
        labels: ['fil'],
      }),
    );
    const result = await asRegion(
      'appointments',
      'replace',
      meeting.uuid,
      '--body-file',
      bodyPath,
      '--json',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    const replaced = JSON.parse(result.stdout) as Meeting;
    expect(replaced.subject).toBe('Fra fil');
    expect(replaced.labels).toEqual(['fil']);
    expect(await regionSdk.meetings.get(meeting.uuid)).toEqual(replaced);
  });

  it('names the missing required flags', async () => {
    const result = await asRegion('appointments', 'replace', MISSING_UUID, '--subject', 'Titel');

    expectUsageError(
      result,
      'Missing --start, --end: pass them or give the whole body with --body-file.',
    );
  });

  it('rejects field flags with --body-file', async () => {
    const result = await asRegion(
      'appointments',
      'replace',
      MISSING_UUID,
      '--subject',
      'Titel',
      '--body-file',
      'meeting.json',
    );

    expectUsageError(
      result,
      '--subject=Titel cannot also be provided when using --body-file. See `vdx appointments replace --help`.',
    );
  });

  it('exits 2 when the end is before the start', async () => {
    const meeting = await createRegionMeeting();
    const result = await asRegion(
      'appointments',
      'replace',
      meeting.uuid,
      '--subject',
      'Baglæns',
      '--start',
      '2026-12-07T11:00:00+01:00',
      '--end',
      '2026-12-07T10:00:00+01:00',
      '--json',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).error).toEqual({
      exitCode: 2,
      message:
        '--end 2026-12-07T10:00:00+01:00 is not after --start 2026-12-07T11:00:00+01:00; pass values where --end is after --start.',
    });
    expect((await regionSdk.meetings.get(meeting.uuid)).subject).toBe(meeting.subject);
  });

  it('exits 4 for an unknown meeting', async () => {
    const result = await asRegion(
      'appointments',
      'replace',
      MISSING_UUID,
      '--subject',
      'Titel',
      '--start',
      '2026-12-07T11:00:00+01:00',
      '--end',
      '2026-12-07T11:30:00+01:00',
      '--json',
    );

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).error).toMatchObject({ exitCode: 4, status: 404, code: 4001 });
  });
});

describe('vdx appointments participants update', () => {
  let meeting: Meeting;
  let user: Participant;
  let citizen: Participant;

  beforeAll(async () => {
    meeting = await createRegionMeeting();
    const participants = await regionSdk.meetings.participants.list(meeting.uuid);
    user = participants.find((participant) => participant.type === 'USER')!;
    citizen = participants.find((participant) => participant.type === 'CITIZEN')!;
  });

  it('makes a participant host', async () => {
    const result = await asRegion(
      'appointments',
      'participants',
      'update',
      meeting.uuid,
      user.uuid,
      '--role',
      'HOST',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `Changed the role of participant ${user.uuid} in meeting ${meeting.uuid} to HOST.`,
    );
    expect(result.stdout).toMatch(new RegExp(`^${user.uuid}  USER  HOST  ${REGION_USER}`, 'm'));
    const stored = await regionSdk.meetings.participants.list(meeting.uuid);
    expect(stored.find((participant) => participant.uuid === user.uuid)?.role).toBe('HOST');
  });

  it('prints the participant under --json', async () => {
    const result = await asRegion(
      'appointments',
      'participants',
      'update',
      meeting.uuid,
      user.uuid,
      '--role',
      'GUEST',
      '--json',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    const participant = JSON.parse(result.stdout) as Participant;
    expect(participant.uuid).toBe(user.uuid);
    expect(participant.role).toBe('GUEST');
    expect(participant.externalId).toBe(REGION_USER);
  });

  it('exits 2 for a citizen as host', async () => {
    const result = await asRegion(
      'appointments',
      'participants',
      'update',
      meeting.uuid,
      citizen.uuid,
      '--role',
      'HOST',
      '--json',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).error).toMatchObject({ exitCode: 2, status: 400, code: 3003 });
  });

  it('rejects an unknown role', async () => {
    const result = await asRegion(
      'appointments',
      'participants',
      'update',
      meeting.uuid,
      user.uuid,
      '--role',
      'OWNER',
    );

    expectUsageError(
      result,
      'Expected --role=OWNER to be one of: GUEST, HOST. See `vdx appointments participants update --help`.',
    );
  });

  it('requires --role', async () => {
    const result = await asRegion(
      'appointments',
      'participants',
      'update',
      meeting.uuid,
      user.uuid,
    );

    expectUsageError(
      result,
      'Missing required flag role. See `vdx appointments participants update --help`.',
    );
  });

  it('exits 4 for an unknown participant', async () => {
    const result = await asRegion(
      'appointments',
      'participants',
      'update',
      meeting.uuid,
      MISSING_UUID,
      '--role',
      'HOST',
      '--json',
    );

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).error).toMatchObject({ exitCode: 4, status: 404, code: 4001 });
  });
});
