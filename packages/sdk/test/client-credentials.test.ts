import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  clientCredentials,
  createVdxClient,
  VdxAuthError,
  VdxError,
  type VdxLogFields,
  VdxNetworkError,
} from '../src/index.js';
import { unusedLocalUrl } from './helpers/local-http.js';
import {
  demoSecret,
  type ReferenceServer,
  recordingFetch,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer();
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  vi.useRealTimers();
});

function tokenEndpoint(): string {
  return `${server.issuer}/protocol/openid-connect/token`;
}

function advanceSeconds(seconds: number): void {
  vi.setSystemTime(Date.now() + seconds * 1000);
}

describe('token requests', () => {
  it('one token for 50 cold calls', async () => {
    const recorder = recordingFetch();
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-region-admin',
      clientSecret: demoSecret('demo-region-admin'),
      fetch: recorder.fetch,
    });
    const client = createVdxClient({ baseUrl: server.url, auth });

    const trees = await Promise.all(Array.from({ length: 50 }, () => client.organisations.tree()));

    expect(recorder.tokenRequests()).toHaveLength(1);
    expect(
      recorder.requests.filter((request) => request.url.includes('/.well-known/')),
    ).toHaveLength(1);
    expect(new Set(trees.map((tree) => tree.code))).toEqual(new Set(['region-demo']));
  });

  it('tokenUrl skips discovery', async () => {
    const recorder = recordingFetch();
    const auth = clientCredentials({
      tokenUrl: tokenEndpoint(),
      clientId: 'demo-region-admin',
      clientSecret: demoSecret('demo-region-admin'),
      fetch: recorder.fetch,
    });

    await auth.getAccessToken();

    expect(recorder.requests.map((request) => request.url)).toEqual([tokenEndpoint()]);
    expect(auth.tokenInfo()?.claims['dk:medcom:organisation_id']).toBe('region-demo');
  });

  it('client_secret_post sends form credentials', async () => {
    const recorder = recordingFetch();
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-agency',
      clientSecret: demoSecret('demo-agency'),
      clientAuthentication: 'client_secret_post',
      scope: 'openid',
      fetch: recorder.fetch,
    });

    await auth.getAccessToken();

    const form = recorder.tokenRequests()[0]?.form;
    expect(form?.get('client_id')).toBe('demo-agency');
    expect(form?.get('client_secret')).toBe(demoSecret('demo-agency'));
    expect(form?.get('scope')).toBe('openid');
  });

  it('tokenInfo reports the cached token', async () => {
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-kommune-admin',
      clientSecret: demoSecret('demo-kommune-admin'),
    });
    expect(auth.tokenInfo()).toBeUndefined();

    await auth.getAccessToken();

    const info = auth.tokenInfo();
    expect(info?.hasRefreshToken).toBe(true);
    expect(info?.expiresAt).toBeInstanceOf(Date);
    expect(info?.claims['dk:medcom:organisation_id']).toBe('kommune-demo');
    expect(info?.claims['dk:medcom:video:role']).toEqual(['device-admin', 'meeting-planner']);
  });

  it('clear forces a new token', async () => {
    const recorder = recordingFetch();
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-kommune-admin',
      clientSecret: demoSecret('demo-kommune-admin'),
      fetch: recorder.fetch,
    });
    await auth.getAccessToken();

    auth.clear();
    await auth.getAccessToken();

    expect(recorder.grantTypes()).toEqual(['client_credentials', 'client_credentials']);
  });
});

describe('renewal before expiry', () => {
  it('renews with the refresh token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const recorder = recordingFetch();
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-kommune-admin',
      clientSecret: demoSecret('demo-kommune-admin'),
      fetch: recorder.fetch,
    });
    const client = createVdxClient({ baseUrl: server.url, auth });
    const first = await auth.getAccessToken();

    advanceSeconds(200);
    expect(await auth.getAccessToken()).toBe(first);
    advanceSeconds(80);
    const second = await auth.getAccessToken();

    expect(second).not.toBe(first);
    expect(recorder.grantTypes()).toEqual(['client_credentials', 'refresh_token']);
    expect(auth.tokenInfo()?.hasRefreshToken).toBe(true);
    expect((await client.organisations.tree()).code).toBe('kommune-demo');
  });

  it('renews with client credentials without refresh token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const recorder = recordingFetch();
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-region-admin',
      clientSecret: demoSecret('demo-region-admin'),
      fetch: recorder.fetch,
    });
    const first = await auth.getAccessToken();
    expect(auth.tokenInfo()?.hasRefreshToken).toBe(false);

    advanceSeconds(280);
    const second = await auth.getAccessToken();

    expect(second).not.toBe(first);
    expect(recorder.grantTypes()).toEqual(['client_credentials', 'client_credentials']);
  });

  it('invalid_grant falls back once', async () => {
    const recorder = recordingFetch();
    const events: Array<{ message: string; fields: VdxLogFields }> = [];
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-kommune-admin',
      clientSecret: demoSecret('demo-kommune-admin'),
      fetch: recorder.fetch,
      logger: { info: (message, fields) => events.push({ message, fields }) },
    });
    await auth.getAccessToken();
    const refreshToken = String(recorder.tokenRequests()[0]?.tokenResponse?.refresh_token);
    const revoked = await fetch(`${server.issuer}/protocol/openid-connect/revoke`, {
      method: 'POST',
      body: new URLSearchParams({
        token: refreshToken,
        token_type_hint: 'refresh_token',
        client_id: 'demo-kommune-admin',
        client_secret: demoSecret('demo-kommune-admin'),
      }),
    });
    expect(revoked.status).toBe(200);

    const token = await auth.getAccessToken({ forceRefresh: true });

    expect(typeof token).toBe('string');
    expect(recorder.grantTypes()).toEqual([
      'client_credentials',
      'refresh_token',
      'client_credentials',
    ]);
    expect(events).toEqual([
      {
        message:
          'Refresh token rejected (invalid_grant); requesting a new token with the client credentials',
        fields: { clientId: 'demo-kommune-admin' },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain(refreshToken);
  });
});

describe('token failures', () => {
  it('wrong secret with Basic is invalid_client', async () => {
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-region-admin',
      clientSecret: 'wrong-secret',
    });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      oauthError: 'invalid_client',
      status: 401,
      reason: 'invalid_client',
      message: `The token endpoint ${tokenEndpoint()} rejected client "demo-region-admin" (invalid_client: Invalid client credentials). Check the client id and secret, that the client is not disabled in VDX Management, and that the realm accepts client_secret_basic.`,
    });
  });

  it('wrong secret in form is invalid_client', async () => {
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-region-admin',
      clientSecret: 'wrong-secret',
      clientAuthentication: 'client_secret_post',
    });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({ oauthError: 'invalid_client', status: 401 });
    await expect(failure).rejects.toHaveProperty('requestId', expect.any(String));
  });

  it('wrong issuer path gives 404', async () => {
    const issuer = `${server.url}/realms/no-such-realm`;
    const auth = clientCredentials({ issuer, clientId: 'demo-region-admin', clientSecret: 'x' });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      status: 404,
      oauthError: undefined,
      reason: 'issuer_not_found',
      message: `OpenID discovery at ${issuer}/.well-known/openid-configuration failed with HTTP 404. Check the issuer URL; for Keycloak it is the realm URL, such as https://host/realms/vdx.`,
    });
  });

  it('issuer mismatch names the discovered issuer', async () => {
    const issuer = server.issuer.replace('127.0.0.1', 'localhost');
    const auth = clientCredentials({ issuer, clientId: 'demo-region-admin', clientSecret: 'x' });

    await expect(auth.getAccessToken()).rejects.toThrow(
      new VdxAuthError(
        `The discovery document at ${issuer}/.well-known/openid-configuration names the issuer "${server.issuer}", but the configured issuer is "${issuer}". Set issuer to exactly "${server.issuer}", or check that the issuer URL names the right server.`,
        { reason: 'issuer_mismatch', status: undefined },
      ),
    );
  });

  it('unreachable issuer gives VdxNetworkError', async () => {
    const origin = await unusedLocalUrl();
    const issuer = `${origin}/realms/vdx`;
    const auth = clientCredentials({ issuer, clientId: 'demo-region-admin', clientSecret: 'x' });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxNetworkError);
    await expect(failure).rejects.toMatchObject({
      url: `${issuer}/.well-known/openid-configuration`,
      reason: 'unreachable',
      message: `Could not reach ${issuer}/.well-known/openid-configuration: ${new URL(origin).host} refused the connection (ECONNREFUSED). Check the issuer URL and that the server is running.`,
    });
  });

  it('failed discovery is retried', async () => {
    const recorder = recordingFetch();
    let failNext = true;
    const flakyFetch: typeof fetch = async (input, init) => {
      if (failNext) {
        failNext = false;
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
        });
      }
      return recorder.fetch(input, init);
    };
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-region-admin',
      clientSecret: demoSecret('demo-region-admin'),
      fetch: flakyFetch,
    });

    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(VdxNetworkError);
    await expect(auth.getAccessToken()).resolves.toEqual(expect.any(String));
    expect(recorder.grantTypes()).toEqual(['client_credentials']);
  });
});

describe('provider options', () => {
  const base = { clientId: 'demo-region-admin', clientSecret: 'secret' };

  it('requires exactly one of issuer and tokenUrl', () => {
    const both = {
      ...base,
      issuer: 'https://a.example/realms/vdx',
      tokenUrl: 'https://a.example/t',
    };

    expect(() => clientCredentials(both)).toThrow(
      new VdxError(
        'Pass exactly one of issuer (for OpenID discovery) and tokenUrl (the token endpoint itself).',
      ),
    );
    expect(() => clientCredentials(base)).toThrow(VdxError);
  });

  it('plain http outside loopback rejected', () => {
    const options = { ...base, issuer: 'http://auth.vdx.example/realms/vdx' };

    expect(() => clientCredentials(options)).toThrow(
      'issuer http://auth.vdx.example/realms/vdx uses plain http. Use https, or set allowInsecureRequests: true for a server you trust.',
    );
    expect(() => clientCredentials({ ...options, allowInsecureRequests: true })).not.toThrow();
  });

  it('rejects an empty client id', () => {
    expect(() => clientCredentials({ ...base, clientId: '', issuer: 'https://a.example' })).toThrow(
      'clientId must be a non-empty string.',
    );
  });

  it('rejects a negative renewBeforeSeconds', () => {
    const options = { ...base, issuer: 'https://a.example', renewBeforeSeconds: -1 };

    expect(() => clientCredentials(options)).toThrow(
      'renewBeforeSeconds must be a number of seconds, 0 or more; got -1.',
    );
  });
});
