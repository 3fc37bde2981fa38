import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoClient, makeConfigDir, REGION_ADMIN, removeConfigDir, runVdx } from './helpers.js';

const KOMMUNE_ADMIN = demoClient('demo-kommune-admin');

let server: RunningServer;
let configDir: string;

beforeAll(async () => {
  server = await startServer({ port: 0, db: ':memory:', seed: 'demo', logger: false });
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

/** Writes a legacy file with an STS endpoint and, when given, a VideoAPI base URL. */
async function writeLegacy(videoApiBaseUrl?: string): Promise<string> {
  const path = join(configDir, 'appsettings.json');
  const settings: Record<string, string> = {
    StsEndpoint: 'https://sts.vdx-legacy.example/sts/services/SecurityTokenService',
  };
  if (videoApiBaseUrl !== undefined) settings.VideoApiBaseUrl = videoApiBaseUrl;
  await writeFile(path, JSON.stringify({ Vdx: settings }));
  return path;
}

function migrate(
  from: string,
  client: { clientId: string; clientSecret: string },
  extra: string[] = [],
) {
  return runVdx(
    [
      'auth',
      'migrate',
      '--from',
      from,
      '--base-url',
      server.url,
      '--client-id',
      client.clientId,
      ...extra,
    ],
    { configDir, env: { VDX_CLIENT_SECRET: client.clientSecret } },
  );
}

async function storedClientId(profile: string): Promise<string | undefined> {
  const config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8'));
  return config.profiles?.[profile]?.clientId;
}

/** Starts a server on 127.0.0.2 that returns 200 and a non-VDX body for every request. */
async function startImpostor(): Promise<{ server: Server; url: string }> {
  const impostor = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"status":"ok"}');
  });
  await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.2', resolve));
  const { port } = impostor.address() as AddressInfo;
  return { server: impostor, url: `http://127.0.0.2:${port}` };
}

describe('vdx auth migrate profile safety', () => {
  it('rejects replacing another client', async () => {
    const from = await writeLegacy();
    expect((await migrate(from, REGION_ADMIN)).exitCode).toBe(0);

    const result = await migrate(from, KOMMUNE_ADMIN);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: Profile "default" already exists for client "${REGION_ADMIN.clientId}" at ${server.issuer}, and this migration is for client "${KOMMUNE_ADMIN.clientId}" at ${server.issuer}. Nothing was written. Pass --profile <new name> to keep both, or --force to replace profile "default".\n`,
    );
    expect(await storedClientId('default')).toBe(REGION_ADMIN.clientId);
  });

  it('replaces another client with --force', async () => {
    const from = await writeLegacy();
    expect((await migrate(from, REGION_ADMIN)).exitCode).toBe(0);

    const result = await migrate(from, KOMMUNE_ADMIN, ['--force']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `   Profile "default" of client "${REGION_ADMIN.clientId}" at ${server.issuer} is replaced (--force).\n`,
    );
    expect(await storedClientId('default')).toBe(KOMMUNE_ADMIN.clientId);
  });

  it('replaces the same client with a note', async () => {
    const from = await writeLegacy();
    expect((await migrate(from, REGION_ADMIN)).exitCode).toBe(0);

    const result = await migrate(from, REGION_ADMIN);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      '   Profile "default" already exists for the same client; it is replaced with the new settings and secret.\n',
    );
    expect(await storedClientId('default')).toBe(REGION_ADMIN.clientId);
  });

  it('other profile name keeps both', async () => {
    const from = await writeLegacy();
    expect((await migrate(from, REGION_ADMIN)).exitCode).toBe(0);

    const result = await migrate(from, KOMMUNE_ADMIN, ['--profile', 'kommune']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('already exists');
    expect(await storedClientId('default')).toBe(REGION_ADMIN.clientId);
    expect(await storedClientId('kommune')).toBe(KOMMUNE_ADMIN.clientId);
  });
});

describe('vdx auth migrate target checks', () => {
  it('non-VDX API host warns and exits 2', async () => {
    const impostor = await startImpostor();
    try {
      const from = await writeLegacy(`${impostor.url}/videoapi`);
      const result = await runVdx(
        [
          'auth',
          'migrate',
          '--from',
          from,
          '--issuer',
          server.issuer,
          '--client-id',
          REGION_ADMIN.clientId,
          '--dry-run',
        ],
        { configDir, env: { VDX_CLIENT_SECRET: REGION_ADMIN.clientSecret } },
      );

      expect(result.exitCode).toBe(2);
      const lines = result.stderr.split('\n');
      expect(lines[0]).toBe(
        `Warning: the API host 127.0.0.2 (${impostor.url}) differs from the issuer host 127.0.0.1, and the new access token is sent there. Check that this host is your VDX API, or pass --base-url with the right one.`,
      );
      expect(lines[1]).toBe(
        `Error: The read-only call GET /services/v2/organisationtree at ${impostor.url} failed: the response is not a VDX organisation tree (an object with code, name and children), so ${impostor.url} does not look like the base URL of a VDX API. Check the base URL.`,
      );
      expect(result.stdout).toContain('Step 3 of 5: Verify the new OAuth credentials');
    } finally {
      await new Promise<void>((resolve) => impostor.server.close(() => resolve()));
    }
  });

  it('same API host prints no warning', async () => {
    const from = await writeLegacy();

    const result = await migrate(from, REGION_ADMIN, ['--dry-run']);

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('file without STS settings exits 2', async () => {
    const from = join(configDir, 'other.json');
    await writeFile(from, '{"Foo":1}');

    const result = await migrate(from, REGION_ADMIN, ['--dry-run']);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: No STS configuration found in ${from}. The keys looked for are the STS endpoint (Vdx:StsEndpoint, vdx.sts.endpoint); certificate or keystore path (Vdx:CertificatePath, org.apache.wss4j.crypto.merlin.keystore.file); certificate thumbprint (Vdx:CertificateThumbprint); token exchange URL (Vdx:TokenExchangeUrl, vdx.token.exchange.url); authorization scheme (Vdx:AuthScheme), in any case and separator style. Pass the legacy VDX configuration file with --from.\n`,
    );
  });

  it('issuer with trailing slash exits 2', async () => {
    const from = await writeLegacy();

    const result = await migrate(from, REGION_ADMIN, ['--issuer', `${server.issuer}/`]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: The token request failed: The discovery document at ${server.issuer}/.well-known/openid-configuration names the issuer "${server.issuer}", but the configured issuer is "${server.issuer}/". They differ only by a trailing slash, and OpenID Connect compares issuers exactly. Set issuer to exactly "${server.issuer}".\n`,
    );
  });

  it('wrong secret names the token request', async () => {
    const from = await writeLegacy();

    const result = await migrate(from, { ...REGION_ADMIN, clientSecret: 'wrong-secret' });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^Error: The token request failed: The token endpoint /);
    expect(result.stderr).not.toContain('Step 1 of 2');
  });

  it('findings name CLI flags', async () => {
    const from = await writeLegacy();

    const result = await migrate(from, REGION_ADMIN, ['--dry-run']);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      '   - missing: No VideoAPI base URL found (such as Vdx:VideoApiBaseUrl or vdx.videoapi.base.url). Pass --base-url or --env.\n',
    );
    expect(result.stdout).not.toContain('baseUrl');
  });
});
