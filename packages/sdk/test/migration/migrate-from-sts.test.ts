import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VdxApiError, VdxAuthError, VdxError, VdxNetworkError } from '../../src/index.js';
import {
  failedMigrationStep,
  migrateFromSts,
  readLegacyConfig,
} from '../../src/migration/index.js';
import { startLocalHttpServer, unusedLocalUrl } from '../helpers/local-http.js';
import {
  demoSecret,
  type ReferenceServer,
  startReferenceServer,
} from '../helpers/reference-server.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const PROPERTIES = join(FIXTURES, 'legacy-sts.properties');
const NOW = new Date('2026-12-04T16:00:00Z');

let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer();
});

afterAll(async () => {
  await server.close();
});

/** A fetch that records the method and path of every request it passes on. */
function requestLog() {
  const requests: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return globalThis.fetch(request);
  }) as typeof fetch;
  return { fetch: fetchImpl, requests };
}

describe('migrateFromSts', () => {
  it('proves the credentials and lists cleanup', async () => {
    const log = requestLog();

    const result = await migrateFromSts({
      legacy: PROPERTIES,
      clientId: 'demo-kommune-admin',
      clientSecret: demoSecret('demo-kommune-admin'),
      issuer: server.issuer,
      baseUrl: server.url,
      fetch: log.fetch,
      now: NOW,
    });

    expect(result.profile).toEqual({
      baseUrl: server.url,
      issuer: server.issuer,
      clientId: 'demo-kommune-admin',
    });
    expect(result.token.organisation).toBe('kommune-demo');
    expect(result.token.roles).toEqual(['device-admin', 'meeting-planner']);
    expect(result.token.expiresAt).toBeInstanceOf(Date);
    expect(result.checklist).toEqual([
      `Delete the certificate or keystore ${join(FIXTURES, 'config/organisation.p12')} (key vdx.keystore.path) and every copy of it, and remove it from the mutual TLS client settings of VDX-API calls.`,
      `Remove the keystore password (key vdx.keystore.password) from ${PROPERTIES} and from any secret store or environment variable that contains it.`,
      `Remove the STS endpoint https://sts.vdx-legacy.example/sts/services/SecurityTokenService (key vdx.sts.endpoint) from ${PROPERTIES}.`,
      `Remove the token exchange URL https://api.vdx-legacy.example/videoapi/token (key vdx.token.exchange.url) from ${PROPERTIES}.`,
      `Remove the STS keys vdx.keystore.type, org.apache.wss4j.crypto.merlin.keystore.alias, org.apache.wss4j.crypto.provider from ${PROPERTIES}.`,
    ]);
    expect(result.findings).toEqual((await readLegacyConfig(PROPERTIES)).findings);
    expect(result.cutoff).toMatchObject({ closed: true, days: 3, cutoff: '2026-12-01' });
    expect(log.requests).toEqual([
      'GET /realms/vdx/.well-known/openid-configuration',
      'POST /realms/vdx/protocol/openid-connect/token',
      'GET /services/v2/organisationtree',
    ]);
    expect(JSON.stringify(result)).not.toContain(demoSecret('demo-kommune-admin'));
    expect(JSON.stringify(result)).not.toContain('fixture-keystore-password');
  });

  it('takes a report and custom environment', async () => {
    const report = await readLegacyConfig(join(FIXTURES, 'legacy-appsettings.json'));

    const result = await migrateFromSts({
      legacy: report,
      clientId: 'demo-region-admin',
      clientSecret: demoSecret('demo-region-admin'),
      environment: { baseUrl: server.url, issuer: server.issuer },
    });

    expect(result.profile.baseUrl).toBe(server.url);
    expect(result.token.organisation).toBe('region-demo');
    expect(result.checklist).toContain(
      'Replace the Holder-of-key authorization (key Vdx:AuthorizationScheme) with the Bearer token of the OAuth client.',
    );
  });

  it('wrong secret fails step 1', async () => {
    const failure = migrateFromSts({
      legacy: PROPERTIES,
      clientId: 'demo-kommune-admin',
      clientSecret: 'wrong-secret',
      issuer: server.issuer,
      baseUrl: server.url,
    });

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      reason: 'invalid_client',
      status: 401,
      message: `Step 1 of 2 (token request) failed: The token endpoint ${server.issuer}/protocol/openid-connect/token rejected client "demo-kommune-admin" (invalid_client: Invalid client credentials). Check the client id and secret, that the client is not disabled in VDX Management, and that the realm accepts client_secret_basic.`,
    });
  });

  it('wrong base URL fails step 2', async () => {
    const baseUrl = `${server.url}/vdx`;

    const failure = migrateFromSts({
      legacy: PROPERTIES,
      clientId: 'demo-kommune-admin',
      clientSecret: demoSecret('demo-kommune-admin'),
      issuer: server.issuer,
      baseUrl,
    });

    await expect(failure).rejects.toBeInstanceOf(VdxApiError);
    await expect(failure).rejects.toMatchObject({
      status: 404,
      path: '/vdx/services/v2/organisationtree',
      message: expect.stringMatching(
        new RegExp(
          `^Step 2 of 2 \\(read-only call GET /services/v2/organisationtree at ${baseUrl.replace(/[.]/g, '\\.')}\\) failed: `,
        ),
      ),
    });
  });

  it('unreachable API fails step 2', async () => {
    const baseUrl = await unusedLocalUrl();

    const failure = migrateFromSts({
      legacy: PROPERTIES,
      clientId: 'demo-kommune-admin',
      clientSecret: demoSecret('demo-kommune-admin'),
      issuer: server.issuer,
      baseUrl,
    });

    await expect(failure).rejects.toBeInstanceOf(VdxNetworkError);
    await expect(failure).rejects.toMatchObject({
      reason: 'unreachable',
      message: `Step 2 of 2 (read-only call GET /services/v2/organisationtree at ${baseUrl}) failed: Could not reach ${baseUrl}/services/v2/organisationtree: ${new URL(baseUrl).host} refused the connection (ECONNREFUSED). Check the base URL and that the server is running.`,
    });
  });

  it('non-VDX 200 response fails step 2', async () => {
    const impostor = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ok"}');
    });
    try {
      const failure = migrateFromSts({
        legacy: PROPERTIES,
        clientId: 'demo-kommune-admin',
        clientSecret: demoSecret('demo-kommune-admin'),
        issuer: server.issuer,
        baseUrl: impostor.url,
      });

      const error = await failure.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(VdxError);
      expect((error as Error).message).toBe(
        `Step 2 of 2 (read-only call GET /services/v2/organisationtree at ${impostor.url}) failed: the response is not a VDX organisation tree (an object with code, name and children), so ${impostor.url} does not look like the base URL of a VDX API. Check the base URL.`,
      );
      expect(failedMigrationStep(error)?.step).toBe('read_only_call');
      expect(impostor.requests.map((request) => request.url)).toEqual([
        '/services/v2/organisationtree',
      ]);
    } finally {
      await impostor.close();
    }
  });

  it('step failure keeps the original error', async () => {
    const failure = migrateFromSts({
      legacy: PROPERTIES,
      clientId: 'demo-kommune-admin',
      clientSecret: 'wrong-secret',
      issuer: server.issuer,
      baseUrl: server.url,
    });

    const error = await failure.catch((caught: unknown) => caught);
    const step = failedMigrationStep(error);
    expect(step?.step).toBe('token_request');
    expect(step?.error).toBeInstanceOf(VdxAuthError);
    expect(step?.error instanceof Error ? step.error.message : '').toMatch(/^The token endpoint /);
    expect(failedMigrationStep(new VdxError('other'))).toBeUndefined();
  });

  it('placeholder environment sends nothing', async () => {
    const log = requestLog();

    const failure = migrateFromSts({
      legacy: PROPERTIES,
      clientId: 'a',
      clientSecret: 'b',
      environment: 'production',
      fetch: log.fetch,
    });

    await expect(failure).rejects.toThrow(
      new VdxError(
        'The URLs of the production environment are unconfirmed placeholders (https://vdx-production.placeholder.invalid). Pass issuer and baseUrl from VDX Management instead.',
      ),
    );
    expect(log.requests).toEqual([]);
  });

  it('requires an issuer', async () => {
    await expect(
      migrateFromSts({ legacy: PROPERTIES, clientId: 'a', clientSecret: 'b', baseUrl: server.url }),
    ).rejects.toThrow(
      'migrateFromSts needs the OAuth issuer: pass issuer (the realm URL from VDX Management) or environment.',
    );
  });

  it('rejects issuer with environment', async () => {
    await expect(
      migrateFromSts({
        legacy: PROPERTIES,
        clientId: 'a',
        clientSecret: 'b',
        issuer: server.issuer,
        environment: 'local',
      }),
    ).rejects.toThrow('Pass issuer or environment to migrateFromSts, not both.');
  });
});
