import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  escapeRegExp,
  loginRegionAdmin,
  makeConfigDir,
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

describe('config store', () => {
  it('creates a missing directory with mode 0700', async () => {
    const nested = join(configDir, 'nested', 'vdx');
    await loginRegionAdmin(server, nested);

    expect((await stat(nested)).mode & 0o777).toBe(0o700);
    expect((await stat(join(nested, 'config.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(nested, 'credentials.json'))).mode & 0o777).toBe(0o600);
  });

  it('leaves no temporary files', async () => {
    await loginRegionAdmin(server, configDir);
    await runVdx(['auth', 'logout'], { configDir });

    expect((await readdir(configDir)).sort()).toEqual(['config.json', 'credentials.json']);
  });

  it('keeps profiles it did not change', async () => {
    await loginRegionAdmin(server, configDir);
    const path = join(configDir, 'config.json');
    const stored = JSON.parse(await readFile(path, 'utf8'));
    stored.profiles.other = { baseUrl: 'http://127.0.0.1:9', clientId: 'other-client' };
    stored.comment = 'kept';
    await writeFile(path, JSON.stringify(stored), { mode: 0o600 });

    const result = await runVdx(['auth', 'logout'], { configDir });
    const after = JSON.parse(await readFile(path, 'utf8'));

    expect(result.exitCode).toBe(0);
    expect(Object.keys(after.profiles)).toEqual(['other']);
    expect(after.comment).toBe('kept');
  });

  it('rejects a file that is not a JSON object', async () => {
    const path = join(configDir, 'credentials.json');
    await writeFile(path, '[]', { mode: 0o600 });
    const result = await runVdx(['devices', 'list'], { configDir });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      `Error: Failed to read ${path}: expected a JSON object. ` +
        'Fix or delete the file, then run `vdx auth login` again.\n',
    );
  });
});

describe('version flags', () => {
  it('prints the same line for --version and -v', async () => {
    const long = await runVdx(['--version'], { configDir });
    const short = await runVdx(['-v'], { configDir });
    const expected = `@vdx/cli/0.1.0 ${process.platform}-${process.arch} node-${process.version}\n`;

    expect(long.exitCode).toBe(0);
    expect(short.exitCode).toBe(0);
    expect(long.stdout).toBe(expected);
    expect(short.stdout).toBe(expected);
  });

  it('rejects -v after a command', async () => {
    const result = await runVdx(['devices', 'list', '-v'], { configDir });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Error: Nonexistent flag: -v\\. ${escapeRegExp('See `vdx devices list --help`.')}`,
      ),
    );
  });
});
