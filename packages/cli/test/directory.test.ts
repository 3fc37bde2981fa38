import type { DirectoryOrganisationPage, DirectoryUserPage } from '@vdx/sdk';
import { DEMO_DEVICES } from '@vdx/sdk/demo';
import type { RunningServer } from '@vdx/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientEnv,
  demoClient,
  makeConfigDir,
  type RunResult,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

const AGENCY = demoClient('demo-agency');
const SUPPLIER_ROOM = DEMO_DEVICES.find((device) => device.loginId === 'room-supplier-1')!;

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

/** Runs the CLI as the agency's system, a meeting-user outside every other demo tree. */
function vdx(...args: string[]): Promise<RunResult> {
  return runVdx(args, { configDir, env: clientEnv(server, AGENCY) });
}

describe('vdx orgs search', () => {
  it('lists matching organisations of all of VDX', async () => {
    const result = await vdx('orgs', 'search', 'DEMO H');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'CODE           PARENT       NAME',
        'hospital-demo  region-demo  Demo Hospital',
        '',
        '1 organisation.',
        '',
      ].join('\n'),
    );
  });

  it('prints the page as JSON', async () => {
    const result = await vdx('orgs', 'search', 'supplier', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout) as DirectoryOrganisationPage).toEqual({
      items: [{ code: 'supplier-demo', name: 'Demo Supplier ApS', parentCode: null }],
      nextCursor: null,
    });
  });

  it('pages with --limit and --all', async () => {
    const first = await vdx('orgs', 'search', 'demo', '--limit', '2');
    const all = await vdx('orgs', 'search', 'demo', '--limit', '2', '--all', '--json');

    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^More organisations: add --cursor \S+, or use --all\.$/m);
    expect(all.exitCode, all.stderr).toBe(0);
    const page = JSON.parse(all.stdout) as DirectoryOrganisationPage;
    expect(page.items).toHaveLength(7);
    expect(page.nextCursor).toBeNull();
  });

  it('no match prints a sentence', async () => {
    const result = await vdx('orgs', 'search', 'no such organisation');

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('No organisations match.\n');
  });

  it('missing name exits 2', async () => {
    const result = await vdx('orgs', 'search');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('name');
  });
});

describe('vdx users search', () => {
  it('finds a user by name and organisation name', async () => {
    const result = await vdx('users', 'search', 'bach', '--organisation-name', 'supplier');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^karsten\.bach@supplier-demo\.example +Karsten Bach +supplier-demo +Demo Supplier ApS$/m,
    );
    expect(result.stdout).toMatch(/^1 user\.$/m);
  });

  it('prints the page as JSON', async () => {
    const result = await vdx('users', 'search', '--organisation-name', 'agency', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout) as DirectoryUserPage).toEqual({
      items: [
        {
          email: 'thomas.krogh@agency-demo.example',
          name: 'Thomas Krogh',
          organisationCode: 'agency-demo',
          organisationName: 'Demo Agency',
        },
      ],
      nextCursor: null,
    });
  });

  it('no filter exits 2 without a request', async () => {
    const result = await vdx('users', 'search');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing search: give part of a name or e-mail as QUERY, --organisation-name, or both.\n',
    );
  });
});

describe('vdx devices search', () => {
  it('finds a device by organisation name', async () => {
    const result = await vdx('devices', 'search', '--organisation-name', 'supplier');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^${SUPPLIER_ROOM.id} +Supplier mødelokale +supplier-demo +Demo Supplier ApS$`,
        'm',
      ),
    );
  });

  it('no filter exits 2 without a request', async () => {
    const result = await vdx('devices', 'search');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing search: give part of a device name as NAME, --organisation-name, or both.\n',
    );
  });
});

describe('directory command help', () => {
  it.each([['orgs'], ['users'], ['devices']])('%s search shows examples', async (topic) => {
    const result = await runVdx([topic, 'search', '--help'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('EXAMPLES');
    expect(result.stdout).toContain(`$ vdx ${topic} search`);
  });
});
