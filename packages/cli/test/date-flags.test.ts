/**
 * The date-time flags of the meeting commands: values that are not RFC 3339 with an offset, and
 * ranges that run backwards, exit 2 before any request, with the flag and the value named.
 */
import { DEMO_DEVICES } from '@vdx/sdk/demo';
import type { RunningServer } from '@vdx/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientEnv,
  makeConfigDir,
  type RunResult,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

const GOOD = '2026-12-07T10:00:00+01:00';
const LATER = '2026-12-07T11:00:00+01:00';
const BAD = '2026-12-07T10:00';
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
const DEVICE_ID = DEMO_DEVICES[0]!.id;

let server: RunningServer;
let configDir: string;

beforeAll(async () => {
  server = await startDemoServer();
  configDir = await makeConfigDir();
});

afterAll(async () => {
  await server.close();
  await removeConfigDir(configDir);
});

function vdx(...args: string[]): Promise<RunResult> {
  return runVdx(args, { configDir, env: clientEnv(server) });
}

/** Builds the one-line error that the CLI prints for a rejected date-time flag value. */
function invalidTimeLine(flag: string, value: string, command: string): string {
  return (
    `Error: Invalid value for --${flag}: must be an RFC 3339 time with a UTC offset, ` +
    `such as 2026-12-07T10:00:00+01:00; got ${JSON.stringify(value)}. ` +
    `See \`vdx ${command} --help\`.\n`
  );
}

describe('date-time flag values', () => {
  const cases: { command: string; flag: string; args: string[] }[] = [
    {
      command: 'appointments create',
      flag: 'start',
      args: ['appointments', 'create', '--subject', 'X', '--start', BAD, '--end', LATER],
    },
    {
      command: 'appointments update',
      flag: 'end',
      args: ['appointments', 'update', MISSING_UUID, '--end', BAD],
    },
    {
      command: 'appointments replace',
      flag: 'end',
      args: [
        'appointments',
        'replace',
        MISSING_UUID,
        '--subject',
        'X',
        '--start',
        GOOD,
        '--end',
        BAD,
      ],
    },
    {
      command: 'queues meetings push',
      flag: 'start',
      args: [
        'queues',
        'meetings',
        'push',
        DEVICE_ID,
        '--subject',
        'X',
        '--start',
        BAD,
        '--end',
        LATER,
      ],
    },
    {
      command: 'meetings search',
      flag: 'from',
      args: ['meetings', 'search', '--from', BAD, '--to', LATER],
    },
    {
      command: 'appointments search',
      flag: 'to',
      args: ['appointments', 'search', '--to', BAD],
    },
  ];

  for (const { command, flag, args } of cases) {
    it(`${command} rejects --${flag} without offset`, async () => {
      const result = await vdx(...args);

      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(invalidTimeLine(flag, BAD, command));
    });
  }

  const malformed = [
    '2026-12-07',
    '2026-12-07T10:00:00',
    '2026-12-07T10:00:00+0100',
    '2026-12-07 10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-12-07T24:00:00Z',
    '2026-12-31T23:59:60Z',
    '07-12-2026T10:00:00Z',
    'tomorrow',
  ];

  for (const value of malformed) {
    it(`meetings search rejects ${JSON.stringify(value)}`, async () => {
      const result = await vdx('meetings', 'search', '--from', value, '--to', LATER);

      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe(invalidTimeLine('from', value, 'meetings search'));
    });
  }

  it('accepts Z, fractions and lower case', async () => {
    const result = await vdx(
      'appointments',
      'search',
      '--from',
      '2026-12-07t00:00:00.5z',
      '--to',
      '2026-12-08T00:00:00.123-02:30',
    );

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });
});

describe('date-time flag order', () => {
  it('meetings search rejects --from after --to', async () => {
    const result = await vdx(
      'meetings',
      'search',
      '--from',
      '2028-01-01T00:00:00Z',
      '--to',
      '2026-01-01T00:00:00Z',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Error: --to 2026-01-01T00:00:00Z is before --from 2028-01-01T00:00:00Z; pass values where --from is not after --to.\n',
    );
  });

  it('appointments search rejects --from after --to', async () => {
    const result = await vdx('appointments', 'search', '--from', LATER, '--to', GOOD);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: --to ${GOOD} is before --from ${LATER}; pass values where --from is not after --to.\n`,
    );
  });

  it('meetings search accepts equal ends', async () => {
    const result = await vdx('meetings', 'search', '--from', GOOD, '--to', GOOD);

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('compares instants across offsets', async () => {
    // 10:30+01:00 is 09:30Z, so this --to lies before the --from.
    const result = await vdx(
      'meetings',
      'search',
      '--from',
      '2026-12-07T10:00:00Z',
      '--to',
      '2026-12-07T10:30:00+01:00',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: --to 2026-12-07T10:30:00+01:00 is before --from 2026-12-07T10:00:00Z; pass values where --from is not after --to.\n',
    );
  });

  it('appointments update rejects --end equal to --start', async () => {
    const result = await vdx(
      'appointments',
      'update',
      MISSING_UUID,
      '--start',
      GOOD,
      '--end',
      GOOD,
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: --end ${GOOD} is not after --start ${GOOD}; pass values where --end is after --start.\n`,
    );
  });

  it('appointments replace rejects --end before --start', async () => {
    const result = await vdx(
      'appointments',
      'replace',
      MISSING_UUID,
      '--subject',
      'X',
      '--start',
      LATER,
      '--end',
      GOOD,
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: --end ${GOOD} is not after --start ${LATER}; pass values where --end is after --start.\n`,
    );
  });
});
