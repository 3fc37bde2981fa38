import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  loginRegionAdmin,
  makeConfigDir,
  REGION_ADMIN,
  removeConfigDir,
  runVdx,
  startDemoServer,
} from './helpers.js';

let server: RunningServer;
let otherServer: RunningServer;
let recorder: Server;
let recorderUrl: string;
/** Request lines that reached the recording server. */
const recorded: string[] = [];
let configDir: string;

beforeAll(async () => {
  server = await startDemoServer();
  otherServer = await startDemoServer();
  recorder = createServer((request, response) => {
    recorded.push(`${request.method} ${request.url}`);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  recorderUrl = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server.close();
  await otherServer.close();
  await new Promise((resolve) => recorder.close(resolve));
});

beforeEach(async () => {
  configDir = await makeConfigDir();
  recorded.length = 0;
  await loginRegionAdmin(server, configDir);
});

afterEach(async () => {
  await removeConfigDir(configDir);
});

function mismatchMessage(effectiveIssuer: string): string {
  return (
    `Error: The client secret stored in profile "default" is for ${server.url}/realms/vdx, ` +
    `but this command would send it to ${effectiveIssuer}. The secret was not sent. ` +
    'Run `vdx auth login` for the new server, or set VDX_CLIENT_SECRET to send a secret there explicitly.\n'
  );
}

describe('stored secret bound to its issuer', () => {
  it('rejects --base-url of another server', async () => {
    const result = await runVdx(['devices', 'list', '--base-url', recorderUrl], { configDir });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe(mismatchMessage(`${recorderUrl}/realms/vdx`));
    expect(recorded).toEqual([]);
  });

  it('rejects VDX_BASE_URL of another server', async () => {
    const result = await runVdx(['devices', 'list'], {
      configDir,
      env: { VDX_BASE_URL: recorderUrl },
    });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe(mismatchMessage(`${recorderUrl}/realms/vdx`));
    expect(recorded).toEqual([]);
  });

  it('rejects VDX_ISSUER of another server', async () => {
    const result = await runVdx(['devices', 'list'], {
      configDir,
      env: { VDX_ISSUER: `${recorderUrl}/realms/vdx` },
    });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe(mismatchMessage(`${recorderUrl}/realms/vdx`));
    expect(recorded).toEqual([]);
  });

  it('rejects another API when the issuer is stored', async () => {
    await runVdx(
      [
        'auth',
        'login',
        '--base-url',
        server.url,
        '--issuer',
        `${server.url}/realms/vdx`,
        '--client-id',
        REGION_ADMIN.clientId,
        '--client-secret',
        REGION_ADMIN.clientSecret,
      ],
      { configDir },
    );
    const result = await runVdx(['devices', 'list', '--base-url', recorderUrl], { configDir });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe(
      `Error: The credentials stored in profile "default" are for the API at ${server.url}, ` +
        `but this command would use them with ${recorderUrl}. Nothing was sent. ` +
        'Run `vdx auth login` for the new server, or set VDX_CLIENT_SECRET to use a secret there explicitly.\n',
    );
    expect(recorded).toEqual([]);
  });

  it('uses an explicit VDX_CLIENT_SECRET for another server', async () => {
    const result = await runVdx(['devices', 'list', '--base-url', otherServer.url, '--json'], {
      configDir,
      env: { VDX_CLIENT_SECRET: REGION_ADMIN.clientSecret },
    });

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('uses the stored secret for its own server', async () => {
    const result = await runVdx(['devices', 'list', '--base-url', server.url, '--json'], {
      configDir,
    });

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });
});
