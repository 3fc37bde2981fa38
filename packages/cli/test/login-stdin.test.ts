import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BIN,
  invalidClientLine,
  makeConfigDir,
  REGION_ADMIN,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

let server: RunningServer;
let configDir: string;

beforeAll(async () => {
  server = await startDemoServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  configDir = await makeConfigDir();
});

afterEach(async () => {
  await removeConfigDir(configDir);
});

function loginArgs(...extra: string[]): string[] {
  return [
    'auth',
    'login',
    '--base-url',
    server.url,
    '--client-id',
    REGION_ADMIN.clientId,
    ...extra,
  ];
}

async function storedSecret(): Promise<string> {
  const file = JSON.parse(await readFile(join(configDir, 'credentials.json'), 'utf8'));
  return file.credentials.default.clientSecret;
}

describe('vdx auth login --client-secret-stdin', () => {
  it('reads the secret from a piped line', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), {
      configDir,
      stdin: `${REGION_ADMIN.clientSecret}\n`,
    });

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Logged in to ${server.url} as client demo-region-admin.`);
    expect(result.stdout).not.toContain(REGION_ADMIN.clientSecret);
    expect(await storedSecret()).toBe(REGION_ADMIN.clientSecret);
  });

  it('accepts a line without a line ending', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), {
      configDir,
      stdin: REGION_ADMIN.clientSecret,
    });

    expect(result.exitCode).toBe(0);
    expect(await storedSecret()).toBe(REGION_ADMIN.clientSecret);
  });

  it('strips a CRLF line ending', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), {
      configDir,
      stdin: `${REGION_ADMIN.clientSecret}\r\n`,
    });

    expect(result.exitCode).toBe(0);
    expect(await storedSecret()).toBe(REGION_ADMIN.clientSecret);
  });

  it('uses only the first line', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), {
      configDir,
      stdin: `${REGION_ADMIN.clientSecret}\nsecond line\n`,
    });

    expect(result.exitCode).toBe(0);
    expect(await storedSecret()).toBe(REGION_ADMIN.clientSecret);
  });

  it('takes precedence over VDX_CLIENT_SECRET', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), {
      configDir,
      env: { VDX_CLIENT_SECRET: 'stale-secret' },
      stdin: `${REGION_ADMIN.clientSecret}\n`,
    });

    expect(result.exitCode).toBe(0);
    expect(await storedSecret()).toBe(REGION_ADMIN.clientSecret);
  });

  it('exits when stdin stays open after the line', async () => {
    const child = spawn(process.execPath, [BIN, ...loginArgs('--client-secret-stdin')], {
      env: { PATH: process.env.PATH ?? '', HOME: configDir, VDX_CONFIG_DIR: configDir },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    child.stdin.write(`${REGION_ADMIN.clientSecret}\n`);
    const exitCode = await new Promise((resolve) => child.once('exit', resolve));
    child.stdin.destroy();

    expect(exitCode).toBe(0);
  });

  it('rejects empty stdin with exit 2', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), { configDir, stdin: '' });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing client secret: --client-secret-stdin found no secret on the first line of ' +
        'stdin. Pipe it in, for example: printf "%s\\n" "$SECRET" | vdx auth login ' +
        '--client-secret-stdin ...\n',
    );
  });

  it('rejects an empty first line with exit 2', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), {
      configDir,
      stdin: `\n${REGION_ADMIN.clientSecret}\n`,
    });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Error: Missing client secret: --client-secret-stdin found/);
  });

  it('rejects --client-secret alongside it without echoing the secret', async () => {
    const result = await runVdx(
      loginArgs('--client-secret', 'flag-secret-value', '--client-secret-stdin'),
      { configDir, stdin: `${REGION_ADMIN.clientSecret}\n` },
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Pass either --client-secret or --client-secret-stdin, not both.\n',
    );
  });

  it('reports a wrong piped secret with exit 3', async () => {
    const result = await runVdx(loginArgs('--client-secret-stdin'), {
      configDir,
      stdin: 'wrong-secret\n',
    });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(invalidClientLine(server, REGION_ADMIN.clientId));
    expect(result.stderr).not.toContain('wrong-secret');
  });
});

describe('vdx auth login without a secret', () => {
  it('names --client-secret-stdin when stdin is not a terminal', async () => {
    const result = await runVdx(loginArgs(), {
      configDir,
      stdin: `${REGION_ADMIN.clientSecret}\n`,
    });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing client secret: without a terminal the command cannot ask for it, so pipe ' +
        'it on one line with --client-secret-stdin, set VDX_CLIENT_SECRET, or pass ' +
        '--client-secret.\n',
    );
  });
});
