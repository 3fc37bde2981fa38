import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clientEnv,
  demoClient,
  escapeRegExp,
  invalidClientLine,
  loginRegionAdmin,
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

function loginArgs(secret = REGION_ADMIN.clientSecret): string[] {
  return [
    'auth',
    'login',
    '--base-url',
    server.url,
    '--client-id',
    REGION_ADMIN.clientId,
    '--client-secret',
    secret,
  ];
}

interface StoredFiles {
  config: { profiles: Record<string, Record<string, string>> };
  credentials: {
    credentials: Record<string, { clientSecret: string; token?: { accessToken: string } }>;
  };
}

async function readStoredFiles(): Promise<StoredFiles> {
  const config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8'));
  const credentials = JSON.parse(await readFile(join(configDir, 'credentials.json'), 'utf8'));
  return { config, credentials };
}

describe('vdx auth login', () => {
  it('logs in with flags and prints the identity', async () => {
    const result = await runVdx(loginArgs(), { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Logged in to ${server.url} as client demo-region-admin.`);
    expect(result.stdout).toMatch(/^Organisation: +region-demo$/m);
    expect(result.stdout).toMatch(/^Roles: +device-admin, meeting-admin$/m);
    expect(result.stdout).toContain(
      `Saved profile "default" to ${join(configDir, 'config.json')}.`,
    );
  });

  it('stores profile and secret separately', async () => {
    await runVdx(loginArgs(), { configDir });
    const { config, credentials } = await readStoredFiles();

    expect(config.profiles.default).toEqual({ baseUrl: server.url, clientId: 'demo-region-admin' });
    expect(JSON.stringify(config)).not.toContain(REGION_ADMIN.clientSecret);
    expect(credentials.credentials.default?.clientSecret).toBe(REGION_ADMIN.clientSecret);
    expect(credentials.credentials.default?.token?.accessToken).toMatch(/^ey/);
  });

  it('writes the credentials file with mode 0600', async () => {
    await runVdx(loginArgs(), { configDir });
    const credentialsMode = (await stat(join(configDir, 'credentials.json'))).mode & 0o777;
    const configMode = (await stat(join(configDir, 'config.json'))).mode & 0o777;

    expect(credentialsMode).toBe(0o600);
    expect(configMode).toBe(0o600);
  });

  it('never prints the secret or the token', async () => {
    const login = await runVdx(loginArgs(), { configDir });
    const loginJson = await runVdx([...loginArgs(), '--json'], { configDir });
    const status = await runVdx(['auth', 'status'], { configDir });
    const statusJson = await runVdx(['auth', 'status', '--json'], { configDir });
    const { credentials } = await readStoredFiles();
    const token = credentials.credentials.default?.token?.accessToken ?? '';

    expect(token).not.toBe('');
    for (const result of [login, loginJson, status, statusJson]) {
      expect(result.exitCode).toBe(0);
      const output = result.stdout + result.stderr;
      expect(output).not.toContain(REGION_ADMIN.clientSecret);
      expect(output).not.toContain(token);
      expect(output).not.toContain('eyJ');
    }
  });

  it('takes the values from the environment', async () => {
    const result = await runVdx(['auth', 'login', '--profile', 'ci'], {
      configDir,
      env: clientEnv(server, demoClient('demo-kommune-admin')),
    });
    const { config } = await readStoredFiles();

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Organisation: +kommune-demo$/m);
    expect(config.profiles.ci).toEqual({ baseUrl: server.url, clientId: 'demo-kommune-admin' });
  });

  it('prints the saved profile as JSON', async () => {
    const result = await runVdx([...loginArgs(), '--json'], { configDir });
    const output = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(output).toMatchObject({
      profile: 'default',
      baseUrl: server.url,
      issuer: `${server.url}/realms/vdx`,
      clientId: 'demo-region-admin',
      organisation: 'region-demo',
      roles: ['device-admin', 'meeting-admin'],
      configFile: join(configDir, 'config.json'),
    });
    expect(Date.parse(output.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('rejects a wrong secret with exit 3 and saves nothing', async () => {
    const result = await runVdx(loginArgs('wrong-secret'), { configDir });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(invalidClientLine(server, 'demo-region-admin'));
    expect(result.stderr).not.toContain('wrong-secret');
    await expect(stat(join(configDir, 'config.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('requires a secret without a terminal', async () => {
    const result = await runVdx(
      ['auth', 'login', '--base-url', server.url, '--client-id', REGION_ADMIN.clientId],
      { configDir },
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing client secret: without a terminal the command cannot ask for it, so pipe ' +
        'it on one line with --client-secret-stdin, set VDX_CLIENT_SECRET, or pass ' +
        '--client-secret.\n',
    );
  });

  it('rejects an invalid base URL with exit 2', async () => {
    const result = await runVdx(['auth', 'login', '--base-url', 'localhost:8787'], {
      configDir,
      env: { VDX_CLIENT_ID: 'x', VDX_CLIENT_SECRET: 'y' },
    });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid --base-url "localhost:8787": expected an http or https URL such as http://127.0.0.1:8787.\n',
    );
  });

  it('reports an unreachable server with exit 6', async () => {
    const stopped = await startDemoServer();
    await stopped.close();
    const result = await runVdx(['auth', 'login', '--base-url', stopped.url, '--client-id', 'a'], {
      configDir,
      env: { VDX_CLIENT_SECRET: 'b' },
    });

    expect(result.exitCode).toBe(6);
    const discoveryUrl = `${stopped.url}/realms/vdx/.well-known/openid-configuration`;
    expect(result.stderr).toMatch(
      new RegExp(
        `^Error: Could not reach ${escapeRegExp(discoveryUrl)}[^\\n]*ECONNREFUSED[^\\n]*\\n$`,
      ),
    );
  });
});

describe('vdx auth status', () => {
  it('shows profile and token identity', async () => {
    await loginRegionAdmin(server, configDir);
    const result = await runVdx(['auth', 'status'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Profile: +default \(.*config\.json\)$/m);
    expect(result.stdout).toMatch(new RegExp(`^Base URL: +${server.url}$`, 'm'));
    expect(result.stdout).toMatch(
      new RegExp(`^Issuer: +${server.url}/realms/vdx \\(default\\)$`, 'm'),
    );
    expect(result.stdout).toMatch(/^Client id: +demo-region-admin$/m);
    expect(result.stdout).toMatch(/^Organisation: +region-demo$/m);
    expect(result.stdout).toMatch(/^Roles: +device-admin, meeting-admin$/m);
    expect(result.stdout).toMatch(/^Token expires: +\d{4}-\d\d-\d\dT/m);
  });

  it('prints the status as JSON', async () => {
    await loginRegionAdmin(server, configDir);
    const result = await runVdx(['auth', 'status', '--json'], { configDir });
    const output = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(0);
    expect(output).toMatchObject({
      profile: 'default',
      storedProfile: true,
      baseUrl: server.url,
      clientId: 'demo-region-admin',
      organisation: 'region-demo',
      roles: ['device-admin', 'meeting-admin'],
    });
  });

  it('exits 3 with a login hint when not logged in', async () => {
    const result = await runVdx(['auth', 'status'], { configDir });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Error: Not logged in: profile "default" does not exist. Run `vdx auth login` ' +
        'or set VDX_BASE_URL, VDX_CLIENT_ID and VDX_CLIENT_SECRET.\n',
    );
  });

  it('exits 3 for a rejected secret', async () => {
    await loginRegionAdmin(server, configDir);
    const result = await runVdx(['auth', 'status'], {
      configDir,
      env: { VDX_CLIENT_SECRET: 'rotated-away' },
    });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(invalidClientLine(server, 'demo-region-admin'));
  });

  it('works from the environment without a stored profile', async () => {
    const result = await runVdx(['auth', 'status'], { configDir, env: clientEnv(server) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^Profile: +default \(not stored, settings from the environment\)$/m,
    );
    expect(result.stdout).toMatch(
      new RegExp(`^Base URL: +${server.url} \\(from VDX_BASE_URL\\)$`, 'm'),
    );
    expect(result.stdout).toMatch(/^Organisation: +region-demo$/m);
  });
});

describe('vdx auth logout', () => {
  it('removes the profile and its secret', async () => {
    await loginRegionAdmin(server, configDir);
    const result = await runVdx(['auth', 'logout'], { configDir });
    const { config, credentials } = await readStoredFiles();
    const status = await runVdx(['auth', 'status'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      'Removed profile "default" with its client secret and cached token.\n',
    );
    expect(config.profiles).toEqual({});
    expect(credentials.credentials).toEqual({});
    expect(status.exitCode).toBe(3);
  });

  it('removes every profile with --all', async () => {
    await loginRegionAdmin(server, configDir);
    await runVdx([...loginArgs(), '--profile', 'second'], { configDir });
    const result = await runVdx(['auth', 'logout', '--all', '--json'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ removed: ['default', 'second'] });
  });

  it('accepts a profile that is not stored', async () => {
    const result = await runVdx(['auth', 'logout', '--profile', 'missing'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('Profile "missing" is not stored.\n');
  });
});

describe('stored files', () => {
  it('reports a malformed profiles file with its path', async () => {
    const path = join(configDir, 'config.json');
    await writeFile(path, '{oops');
    const result = await runVdx(['devices', 'list'], { configDir });

    expect(result.exitCode).toBe(1);
    // The JSON parser's own words differ between Node.js releases, so only the frame is exact.
    expect(result.stderr).toMatch(
      new RegExp(
        `^Error: Failed to read ${escapeRegExp(path)}: .+\\. ` +
          'Fix or delete the file, then run `vdx auth login` again\\.\\n$',
      ),
    );
  });
});

describe('token cache', () => {
  it('reuses a valid cached token', async () => {
    await loginRegionAdmin(server, configDir);
    const before = (await readStoredFiles()).credentials.credentials.default?.token;
    const first = await runVdx(['devices', 'list', '--json'], { configDir });
    const second = await runVdx(['devices', 'list', '--json'], { configDir });
    const after = (await readStoredFiles()).credentials.credentials.default?.token;

    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    expect(before?.accessToken).toMatch(/^ey/);
    expect(after).toEqual(before);
  });

  it('replaces a rejected cached token', async () => {
    await loginRegionAdmin(server, configDir);
    const path = join(configDir, 'credentials.json');
    const stored = JSON.parse(await readFile(path, 'utf8'));
    stored.credentials.default.token.accessToken = 'not-a-valid-token';
    await writeFile(path, JSON.stringify(stored), { mode: 0o600 });

    const result = await runVdx(['devices', 'list', '--json'], { configDir });
    const after = (await readStoredFiles()).credentials.credentials.default?.token;

    expect(result.exitCode).toBe(0);
    expect(after?.accessToken).toMatch(/^ey/);
  });
});
