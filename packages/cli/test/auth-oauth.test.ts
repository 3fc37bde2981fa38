import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  demoClient,
  escapeRegExp,
  invalidClientLine,
  makeConfigDir,
  REGION_ADMIN,
  removeConfigDir,
  runVdx,
} from './helpers.js';

/** Node.js cannot create X.509 certificates, so the TLS test needs `openssl`. */
const HAS_OPENSSL = spawnSync('openssl', ['version']).status === 0;

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

function credentialFlags(client = REGION_ADMIN): string[] {
  return ['--client-id', client.clientId, '--client-secret', client.clientSecret];
}

/** Logs in with `--env local` against a server on its own port. */
async function loginLocal(target: RunningServer, extra: string[] = [], client = REGION_ADMIN) {
  return runVdx(
    [
      'auth',
      'login',
      '--env',
      'local',
      '--base-url',
      target.url,
      ...credentialFlags(client),
      ...extra,
    ],
    { configDir },
  );
}

async function readProfiles(): Promise<Record<string, Record<string, string>>> {
  return JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8')).profiles;
}

describe('vdx auth login --env', () => {
  it('stores env, URLs and token options', async () => {
    const result = await loginLocal(server, [
      '--auth-method',
      'client_secret_post',
      '--scope',
      'profile',
      '--audience',
      'vdx-api',
    ]);
    const profiles = await readProfiles();

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Environment: +local$/m);
    expect(profiles.default).toEqual({
      baseUrl: server.url,
      clientId: 'demo-region-admin',
      issuer: server.issuer,
      env: 'local',
      authMethod: 'client_secret_post',
      scope: 'profile',
      audience: 'vdx-api',
    });
  });

  it('uses the stored token options in every command', async () => {
    await loginLocal(server, ['--scope', 'profile', '--audience', 'vdx-api']);
    const token = await runVdx(['auth', 'token'], { configDir });
    const fresh = await runVdx(['auth', 'status', '--json'], { configDir });
    const listed = await runVdx(['devices', 'list', '--json'], { configDir });
    const claims = JSON.parse(
      Buffer.from(token.stdout.trim().split('.')[1] ?? '', 'base64url').toString(),
    );

    expect(token.exitCode).toBe(0);
    expect(claims.scope).toBe('profile');
    expect(claims.aud).toBe('vdx-api');
    expect(JSON.parse(fresh.stdout)).toMatchObject({ scope: 'profile', audience: 'vdx-api' });
    expect(listed.exitCode).toBe(0);
  });

  it('rejects an unconfirmed environment without contacting it', async () => {
    const result = await runVdx(['auth', 'login', '--env', 'stage', ...credentialFlags()], {
      configDir,
    });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: The URLs of the stage environment are not confirmed yet: https://vdx-stage.placeholder.invalid is a placeholder that is never contacted. Pass --base-url and --issuer (or --token-url) from VDX Management instead of --env.\n',
    );
  });

  it('rejects --env production with --base-url', async () => {
    const result = await runVdx(
      ['auth', 'login', '--env', 'production', '--base-url', server.url, ...credentialFlags()],
      { configDir },
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: --env production sets its own base URL and issuer, so it cannot be combined with --base-url. Pass either --env or the URL flags (--base-url with --issuer or --token-url).\n',
    );
  });

  it('rejects --issuer with --token-url', async () => {
    const result = await runVdx(
      [
        'auth',
        'login',
        '--base-url',
        server.url,
        '--issuer',
        server.issuer,
        '--token-url',
        `${server.issuer}/protocol/openid-connect/token`,
        ...credentialFlags(),
      ],
      { configDir },
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Pass --issuer (for OpenID discovery) or --token-url (the token endpoint itself), not both.\n',
    );
  });
});

describe('vdx auth token', () => {
  it('prints only the cached token', async () => {
    await loginLocal(server);
    const stored = JSON.parse(await readFile(join(configDir, 'credentials.json'), 'utf8'));
    const result = await runVdx(['auth', 'token'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${stored.credentials.default.token.accessToken}\n`);
  });

  it('prints token, expiry and type as JSON', async () => {
    await loginLocal(server);
    const stored = JSON.parse(await readFile(join(configDir, 'credentials.json'), 'utf8'));
    const result = await runVdx(['auth', 'token', '--json'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      access_token: stored.credentials.default.token.accessToken,
      expires_at: stored.credentials.default.token.expiresAt,
      token_type: 'Bearer',
    });
  });

  it('works from the environment without a profile', async () => {
    const result = await runVdx(['auth', 'token'], {
      configDir,
      env: {
        VDX_BASE_URL: server.url,
        VDX_CLIENT_ID: REGION_ADMIN.clientId,
        VDX_CLIENT_SECRET: REGION_ADMIN.clientSecret,
      },
    });
    const reply = await fetch(`${server.url}/services/v2/organisationtree`, {
      headers: { authorization: `Bearer ${result.stdout.trim()}` },
    });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(reply.status).toBe(200);
  });

  it('exits 3 when not logged in', async () => {
    const result = await runVdx(['auth', 'token'], { configDir });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
  });
});

describe('vdx auth status', () => {
  it('shows who the token is for', async () => {
    await loginLocal(server);
    const result = await runVdx(['auth', 'status'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Environment: +local$/m);
    expect(result.stdout).toMatch(new RegExp(`^Issuer: +${escapeRegExp(server.issuer)}$`, 'm'));
    expect(result.stdout).toMatch(/^Client id: +demo-region-admin$/m);
    expect(result.stdout).toMatch(/^Organisation: +region-demo$/m);
    expect(result.stdout).toMatch(/^E-mail: +integration@region-demo\.example$/m);
    expect(result.stdout).toMatch(/^Roles: +device-admin, meeting-admin$/m);
    expect(result.stdout).toMatch(/^Token expires: +\S+Z \(in 5 minutes\)$/m);
    expect(result.stdout).toMatch(/^Refresh token: +not issued$/m);
    expect(result.stdout).not.toContain('eyJ');
  });

  it('reports an issued refresh token', async () => {
    await loginLocal(server, [], KOMMUNE_ADMIN);
    const result = await runVdx(['auth', 'status', '--json'], { configDir });
    const output = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(0);
    expect(output).toMatchObject({
      env: 'local',
      clientId: 'demo-kommune-admin',
      email: 'integration@kommune-demo.example',
      refreshToken: true,
    });
    expect(result.stdout).not.toContain('eyJ');
  });
});

describe('realm options seen by the CLI', () => {
  it('refreshTokens always and never decide the status', async () => {
    const always = await startServer({
      port: 0,
      db: ':memory:',
      seed: 'demo',
      logger: false,
      refreshTokens: 'always',
    });
    const never = await startServer({
      port: 0,
      db: ':memory:',
      seed: 'demo',
      logger: false,
      refreshTokens: 'never',
    });
    try {
      await loginLocal(always, ['--profile', 'always']);
      await loginLocal(never, ['--profile', 'never'], KOMMUNE_ADMIN);
      const issued = await runVdx(['auth', 'status', '--profile', 'always', '--json'], {
        configDir,
      });
      const withheld = await runVdx(['auth', 'status', '--profile', 'never', '--json'], {
        configDir,
      });

      expect(JSON.parse(issued.stdout).refreshToken).toBe(true);
      expect(JSON.parse(withheld.stdout).refreshToken).toBe(false);
    } finally {
      await always.close();
      await never.close();
    }
  });

  it('clock skew leaves the expiry and API calls intact', async () => {
    const behind = await startServer({
      port: 0,
      db: ':memory:',
      seed: 'demo',
      logger: false,
      clockSkewSeconds: -3600,
    });
    try {
      await loginLocal(behind);
      const status = await runVdx(['auth', 'status'], { configDir });
      const listed = await runVdx(['devices', 'list', '--json'], { configDir });

      expect(status.exitCode).toBe(0);
      expect(status.stdout).toMatch(/^Token expires: +\S+Z \(in 5 minutes\)$/m);
      expect(listed.exitCode).toBe(0);
    } finally {
      await behind.close();
    }
  });
});

describe('login failure classes', () => {
  const loginWith = (args: string[]) => runVdx(['auth', 'login', ...args], { configDir });

  it('wrong secret exits 3', async () => {
    const result = await loginWith([
      '--base-url',
      server.url,
      '--client-id',
      REGION_ADMIN.clientId,
      '--client-secret',
      'wrong-secret',
    ]);

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(invalidClientLine(server, 'demo-region-admin'));
    expect(result.stderr).not.toContain('wrong-secret');
  });

  it('unknown client exits 3', async () => {
    const result = await loginWith([
      '--base-url',
      server.url,
      '--client-id',
      'no-such-client',
      '--client-secret',
      'whatever',
    ]);

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(invalidClientLine(server, 'no-such-client'));
  });

  it('wrong token URL exits 2', async () => {
    const tokenUrl = `${server.url}/realms/vdx/token`;
    const result = await loginWith([
      '--base-url',
      server.url,
      '--token-url',
      tokenUrl,
      ...credentialFlags(),
    ]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Error: No token endpoint at ${escapeRegExp(tokenUrl)}: it responded with HTTP 404\\. `,
      ),
    );
  });

  it('issuer with trailing slash exits 2', async () => {
    const result = await loginWith([
      '--base-url',
      server.url,
      '--issuer',
      `${server.issuer}/`,
      ...credentialFlags(),
    ]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: The discovery document at ${server.issuer}/.well-known/openid-configuration names the issuer "${server.issuer}", but the configured issuer is "${server.issuer}/". They differ only by a trailing slash, and OpenID Connect compares issuers exactly. Set issuer to exactly "${server.issuer}".\n`,
    );
  });

  it('unreachable port exits 6', async () => {
    const stopped = await startServer({ port: 0, db: ':memory:', logger: false });
    await stopped.close();
    const result = await loginWith([
      '--env',
      'local',
      '--base-url',
      stopped.url,
      ...credentialFlags(),
    ]);

    expect(result.exitCode).toBe(6);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Error: Could not reach ${escapeRegExp(stopped.issuer)}/\\.well-known/openid-configuration: 127\\.0\\.0\\.1:\\d+ refused the connection \\(ECONNREFUSED\\)\\. `,
      ),
    );
  });

  it.skipIf(!HAS_OPENSSL)('self-signed TLS certificate exits 6', async () => {
    const tls = await startSelfSignedServer();
    try {
      const result = await loginWith(['--base-url', tls.url, ...credentialFlags()]);

      expect(result.exitCode).toBe(6);
      expect(result.stderr).toMatch(
        new RegExp(
          `^Error: Could not reach ${escapeRegExp(tls.url)}/realms/vdx/\\.well-known/openid-configuration: the TLS certificate of 127\\.0\\.0\\.1:\\d+ was rejected \\(`,
        ),
      );
      expect(result.stderr).not.toContain(REGION_ADMIN.clientSecret);
    } finally {
      await tls.close();
    }
  });
});

/** Starts an HTTPS server on a loopback port with a self-signed certificate made by openssl. */
async function startSelfSignedServer(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'vdx-cli-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-subj',
      '/CN=127.0.0.1',
      '-days',
      '1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'pipe' },
  );
  const https = createServer(
    { key: readFileSync(keyPath), cert: readFileSync(certPath) },
    (_request, response) => response.end('{}'),
  );
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const { port } = https.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    close: () => {
      https.closeAllConnections();
      return new Promise<void>((resolve) => https.close(() => resolve()));
    },
  };
}
