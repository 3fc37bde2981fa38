import { readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningServer } from '@vdx/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BIN,
  clientEnv,
  invalidClientLine,
  makeConfigDir,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

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

interface ManifestCommand {
  id: string;
  examples?: unknown[];
  flags: Record<string, unknown>;
}

describe('environment-only operation', () => {
  it('runs a command with no stored profile', async () => {
    const result = await runVdx(['devices', 'list', '--json'], {
      configDir,
      env: clientEnv(server),
    });

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).items.length).toBeGreaterThan(0);
  });

  it('writes no files', async () => {
    const dir = await makeConfigDir();
    await runVdx(['devices', 'list'], { configDir: dir, env: clientEnv(server) });
    const files = await readdir(dir);
    await removeConfigDir(dir);

    expect(files).toEqual([]);
  });

  it('exits 3 with a login hint', async () => {
    const result = await runVdx(['devices', 'list'], { configDir });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Error: Not logged in: profile "default" does not exist. Run `vdx auth login` ' +
        'or set VDX_BASE_URL, VDX_CLIENT_ID and VDX_CLIENT_SECRET.\n',
    );
  });

  it('names the missing environment variable', async () => {
    const { VDX_CLIENT_SECRET: _secret, ...partial } = clientEnv(server);
    const result = await runVdx(['devices', 'list'], { configDir, env: partial });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe(
      'Error: Not logged in: no client secret in profile "default" and VDX_CLIENT_SECRET is not set. ' +
        'Run `vdx auth login` or set VDX_BASE_URL, VDX_CLIENT_ID and VDX_CLIENT_SECRET.\n',
    );
  });

  it('uses the profile named by VDX_PROFILE', async () => {
    const result = await runVdx(['devices', 'list'], { configDir, env: { VDX_PROFILE: 'stage' } });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('profile "stage" does not exist');
  });

  it('exits 3 for a wrong secret', async () => {
    const env = { ...clientEnv(server), VDX_CLIENT_SECRET: 'wrong' };
    const result = await runVdx(['devices', 'list'], { configDir, env });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(invalidClientLine(server, 'demo-region-admin'));
  });
});

describe('failures', () => {
  it('exits 6 when the server is down', async () => {
    const stopped = await startDemoServer();
    await stopped.close();
    const result = await runVdx(['devices', 'list'], { configDir, env: clientEnv(stopped) });

    expect(result.exitCode).toBe(6);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: .+\n$/);
    expect(result.stderr).toContain(new URL(stopped.url).host);
  });

  it('writes network failure as JSON', async () => {
    const stopped = await startDemoServer();
    await stopped.close();
    const result = await runVdx(['devices', 'list', '--json'], {
      configDir,
      env: clientEnv(stopped),
    });

    expect(result.exitCode).toBe(6);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).error).toMatchObject({ exitCode: 6 });
  });

  it('prints stacks only with DEBUG', async () => {
    const plain = await runVdx(['devices', 'get', 'x'], { configDir });
    const debug = await runVdx(['devices', 'get', 'x'], { configDir, env: { DEBUG: '1' } });

    expect(plain.stderr).not.toMatch(/^\s+at /m);
    expect(debug.exitCode).toBe(3);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });

  it('rejects an unknown flag with exit 2', async () => {
    const result = await runVdx(['devices', 'list', '--colour'], { configDir });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Nonexistent flag: --colour. See `vdx devices list --help`.\n',
    );
  });
});

describe('unknown commands', () => {
  it('exits 2 with one error line', async () => {
    const result = await runVdx(['devices', 'purge'], { configDir });

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Error: Unknown command "vdx devices purge". Run `vdx --help` to list the commands.\n',
    );
  });

  it('writes the error as JSON under --json', async () => {
    const result = await runVdx(['devices', 'purge', '--json'], { configDir });

    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stderr)).toEqual({
      error: {
        message: 'Unknown command "vdx devices purge". Run `vdx --help` to list the commands.',
        exitCode: 2,
      },
    });
  });
});

describe('help and startup', () => {
  it('root help shows examples and exit codes', async () => {
    const result = await runVdx(['--help'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('EXAMPLES');
    expect(result.stdout).toContain('$ vdx auth login --base-url http://127.0.0.1:8787');
    expect(result.stdout).toContain('EXIT CODES');
    expect(result.stdout).toMatch(/^ {2}4 {2}not found: HTTP 404$/m);
    expect(result.stdout).toContain('TOPICS');
  });

  it('shows examples in the help of devices create', async () => {
    const result = await runVdx(['devices', 'create', '--help'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('EXAMPLES');
    expect(result.stdout).toContain('$ vdx devices create --name "Akutmodtagelse tablet 2"');
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toContain('stdout stays empty');
  });

  it('manifest gives every command an example', async () => {
    const manifestPath = new URL('../oclif.manifest.json', import.meta.url);
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      commands: Record<string, ManifestCommand>;
    };
    const commands = Object.values(manifest.commands);
    const ids = commands.map((command) => command.id).sort();

    expect(ids).toEqual([
      'appointments:create',
      'appointments:delete',
      'appointments:get',
      'appointments:participants:add',
      'appointments:participants:list',
      'appointments:participants:remove',
      'appointments:participants:update',
      'appointments:replace',
      'appointments:search',
      'appointments:update',
      'auth:login',
      'auth:logout',
      'auth:migrate',
      'auth:status',
      'auth:token',
      'devices:create',
      'devices:delete',
      'devices:get',
      'devices:list',
      'devices:login-link',
      'devices:reset-password',
      'devices:search',
      'devices:update',
      'logs:appointments',
      'meetings:info',
      'meetings:search',
      'orgs:descendants',
      'orgs:get',
      'orgs:search',
      'orgs:tree',
      'queues:meetings:clear',
      'queues:meetings:list',
      'queues:meetings:pop',
      'queues:meetings:push',
      'queues:messages:clear',
      'queues:messages:list',
      'queues:messages:pop',
      'queues:messages:push',
      'users:search',
      'webhooks:deliveries',
      'webhooks:get',
      'webhooks:listen',
      'webhooks:remove',
      'webhooks:set',
      'webhooks:test',
    ]);
    for (const command of commands) {
      expect(command.examples?.length ?? 0, command.id).toBeGreaterThan(0);
      expect(command.flags, command.id).toHaveProperty('json');
      expect(command.flags, command.id).toHaveProperty('profile');
    }
  });

  it('prints the version', async () => {
    const result = await runVdx(['--version'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^@vdx\/cli\/0\.1\.0 \S+ node-v\d+/);
  });

  it('runs through a bin symlink', async () => {
    const dir = await makeConfigDir();
    const link = join(dir, 'vdx');
    await symlink(BIN, link);
    const result = await runVdx(['devices', 'list', '--json'], {
      configDir: dir,
      bin: link,
      env: clientEnv(server),
    });
    await removeConfigDir(dir);

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).items.length).toBeGreaterThan(0);
  });
});
