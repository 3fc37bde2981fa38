import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { escapeRegExp, makeConfigDir, REGION_ADMIN, removeConfigDir, runVdx } from './helpers.js';

/** Node.js cannot create X.509 certificates, so the certificate test needs `openssl`. */
const HAS_OPENSSL = spawnSync('openssl', ['version']).status === 0;

const FIXTURES = fileURLToPath(new URL('../../sdk/test/fixtures/', import.meta.url));
const KEYSTORE_PASSWORD = 'fixture-keystore-password';

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

/** Copies a sample legacy configuration into the test directory and returns its path. */
async function copyFixture(name: string): Promise<string> {
  const path = join(configDir, name);
  await copyFile(join(FIXTURES, name), path);
  return path;
}

function migrateArgs(from: string, extra: string[] = []): string[] {
  return [
    'auth',
    'migrate',
    '--from',
    from,
    '--env',
    'local',
    '--base-url',
    server.url,
    '--client-id',
    REGION_ADMIN.clientId,
    ...extra,
  ];
}

const secretEnv = { VDX_CLIENT_SECRET: REGION_ADMIN.clientSecret };

async function profileFileExists(): Promise<boolean> {
  return stat(join(configDir, 'config.json')).then(
    () => true,
    () => false,
  );
}

describe('vdx auth migrate', () => {
  it('dry run verifies and writes nothing', async () => {
    const from = await copyFixture('legacy-appsettings.json');
    const result = await runVdx(migrateArgs(from, ['--dry-run']), { configDir, env: secretEnv });

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Step 1 of 5: Read the legacy STS configuration');
    expect(result.stdout).toContain(
      '   STS endpoint: https://sts.vdx-legacy.example/sts/services/SecurityTokenService',
    );
    expect(result.stdout).toContain('Step 2 of 5: Check the STS cut-off');
    expect(result.stdout).toContain('The date 2026-12-01 is the announced cut-off');
    expect(result.stdout).toContain(
      `   Read-only call GET /services/v2/organisationtree at ${server.url} succeeded.`,
    );
    expect(result.stdout).toContain(
      '   Dry run: profile "default" was not written. Run the command again without --dry-run to save it.',
    );
    expect(result.stdout).toContain('   vdx deletes nothing itself. Remove these by hand:');
    expect(result.stdout).toMatch(/^ {3}1\. Delete the certificate or keystore /m);
    expect(await profileFileExists()).toBe(false);
  });

  it('writes the profile without --dry-run', async () => {
    const from = await copyFixture('legacy-sts.properties');
    const result = await runVdx(migrateArgs(from), { configDir, env: secretEnv });
    const profiles = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8')).profiles;
    const credentials = JSON.parse(
      await readFile(join(configDir, 'credentials.json'), 'utf8'),
    ).credentials;
    const status = await runVdx(['auth', 'status', '--json'], { configDir });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `   Saved profile "default" to ${join(configDir, 'config.json')}.`,
    );
    expect(profiles.default).toEqual({
      baseUrl: server.url,
      clientId: 'demo-region-admin',
      issuer: server.issuer,
      env: 'local',
    });
    expect(credentials.default).toEqual({ clientSecret: REGION_ADMIN.clientSecret });
    expect(status.exitCode).toBe(0);
    expect(JSON.parse(status.stdout).organisation).toBe('region-demo');
  });

  it('prints the result as JSON without secrets', async () => {
    const from = await copyFixture('legacy-appsettings.json');
    const result = await runVdx(migrateArgs(from, ['--dry-run', '--json']), {
      configDir,
      env: secretEnv,
    });
    const output = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(0);
    expect(output).toMatchObject({
      profile: 'default',
      dryRun: true,
      written: false,
      legacy: {
        path: from,
        format: 'json',
        stsEndpoint: 'https://sts.vdx-legacy.example/sts/services/SecurityTokenService',
        certificate: {
          kind: 'unreadable',
          path: join(configDir, 'certs/organisation.p12'),
          message: `Could not read the certificate ${join(configDir, 'certs/organisation.p12')}: the file does not exist.`,
        },
      },
      cutoff: { cutoff: '2026-12-01', source: 'announced' },
      verification: {
        env: 'local',
        baseUrl: server.url,
        issuer: server.issuer,
        clientId: 'demo-region-admin',
        organisation: 'region-demo',
        roles: ['device-admin', 'meeting-admin'],
      },
    });
    expect(output.checklist.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(REGION_ADMIN.clientSecret);
    expect(result.stdout).not.toContain(KEYSTORE_PASSWORD);
    expect(result.stdout).not.toContain('eyJ');
  });

  it('never prints a secret in text output', async () => {
    for (const name of ['legacy-appsettings.json', 'legacy-sts.properties']) {
      const from = await copyFixture(name);
      const result = await runVdx(migrateArgs(from), { configDir, env: secretEnv });
      const output = result.stdout + result.stderr;

      expect(result.exitCode).toBe(0);
      expect(output).not.toContain(REGION_ADMIN.clientSecret);
      expect(output).not.toContain(KEYSTORE_PASSWORD);
      expect(output).not.toContain('eyJ');
    }
  });

  it.skipIf(!HAS_OPENSSL)('shows certificate subject and expiry', async () => {
    const from = await copyFixture('legacy-appsettings.json');
    await mkdir(join(configDir, 'certs'));
    // The fixture names certs/organisation.p12; a PEM certificate there is read by its content.
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
        '/C=DK/O=Demo Kommune/CN=Demo Kommune STS',
        '-days',
        '30',
        '-keyout',
        join(configDir, 'certs/organisation.key'),
        '-out',
        join(configDir, 'certs/organisation.p12'),
      ],
      { stdio: 'pipe' },
    );
    const result = await runVdx(migrateArgs(from, ['--dry-run']), { configDir, env: secretEnv });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^ {3}Certificate: .*organisation\.p12, subject C=DK, O=Demo Kommune, CN=Demo Kommune STS, expires \S+Z \(in (29|30) days\)$/m,
    );
  });

  it('wrong secret exits 3 and writes nothing', async () => {
    const from = await copyFixture('legacy-appsettings.json');
    const result = await runVdx(migrateArgs(from), {
      configDir,
      env: { VDX_CLIENT_SECRET: 'wrong-secret' },
    });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^Error: The token request failed: The token endpoint /);
    expect(result.stderr).not.toContain('wrong-secret');
    expect(await profileFileExists()).toBe(false);
  });

  it('missing legacy file exits 2', async () => {
    const from = join(configDir, 'missing.json');
    const result = await runVdx(migrateArgs(from), { configDir, env: secretEnv });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^Error: .*${escapeRegExp(from)}`));
  });

  it('missing secret without a terminal exits 2', async () => {
    const from = await copyFixture('legacy-appsettings.json');
    const result = await runVdx(migrateArgs(from), { configDir });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing client secret: pass --client-secret or set VDX_CLIENT_SECRET (on a terminal the command asks for it).\n',
    );
  });
});
