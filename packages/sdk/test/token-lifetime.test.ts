import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientCredentials, describeToken, VdxAuthError } from '../src/index.js';
import {
  demoSecret,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

const START = new Date('2026-11-20T10:00:00Z').getTime();
const TWO_HOURS_SECONDS = 2 * 60 * 60;

let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
});

function advanceSeconds(seconds: number): void {
  vi.setSystemTime(Date.now() + seconds * 1000);
}

/** Returns an unsigned JWT with the given claims; the SDK reads claims without verifying them. */
function unsignedJwt(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

/**
 * Creates a fetch that passes requests to the reference server, records the grant type of each
 * token request, and lets `rewrite` change successful token responses, the edge the SDK does not
 * own.
 */
function tokenResponseRewriter(rewrite: (body: Record<string, unknown>) => void) {
  const grantTypes: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const grantType = init?.body instanceof URLSearchParams ? init.body.get('grant_type') : null;
    if (grantType !== null) grantTypes.push(grantType);
    const response = await globalThis.fetch(input, init);
    if (grantType === null || !response.ok) return response;
    const body = (await response.json()) as Record<string, unknown>;
    rewrite(body);
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch: fetchImpl as typeof fetch, grantTypes };
}

function provider(clientId: string, fetch: typeof globalThis.fetch, renewBeforeSeconds = 30) {
  return clientCredentials({
    issuer: server.issuer,
    clientId,
    clientSecret: demoSecret(clientId),
    fetch,
    renewBeforeSeconds,
  });
}

describe('token lifetime', () => {
  it('expires_in counts from local time', async () => {
    const rewriter = tokenResponseRewriter(() => {});
    const auth = provider('demo-region-admin', rewriter.fetch);

    await auth.getAccessToken();

    expect(auth.tokenInfo()?.expiresAt).toEqual(new Date(START + 300_000));
  });

  it('missing expires_in uses exp minus iat', async () => {
    const rewriter = tokenResponseRewriter((body) => {
      delete body.expires_in;
    });
    const auth = provider('demo-region-admin', rewriter.fetch);

    await auth.getAccessToken();

    expect(auth.tokenInfo()?.expiresAt).toEqual(new Date(START + 300_000));
  });

  it('zero expires_in uses exp minus iat', async () => {
    const rewriter = tokenResponseRewriter((body) => {
      body.expires_in = 0;
    });
    const auth = provider('demo-region-admin', rewriter.fetch);

    await auth.getAccessToken();

    expect(auth.tokenInfo()?.expiresAt).toEqual(new Date(START + 300_000));
  });

  it('short expires_in renews at half-life', async () => {
    const rewriter = tokenResponseRewriter((body) => {
      body.expires_in = 2;
    });
    const auth = provider('demo-region-admin', rewriter.fetch);
    const first = await auth.getAccessToken();
    expect(auth.tokenInfo()?.expiresAt).toEqual(new Date(START + 2000));

    advanceSeconds(0.999);
    expect(await auth.getAccessToken()).toBe(first);
    advanceSeconds(0.001);
    await auth.getAccessToken();

    expect(rewriter.grantTypes).toEqual(['client_credentials', 'client_credentials']);
  });

  it('negative expires_in is invalid_response', async () => {
    const rewriter = tokenResponseRewriter((body) => {
      body.expires_in = -5;
    });
    const auth = provider('demo-region-admin', rewriter.fetch);

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      reason: 'invalid_response',
      message: `The client_credentials token request to ${server.issuer}/protocol/openid-connect/token returned an invalid response: the "expires_in" property must be a non-negative number. Check the token URL and that it belongs to an OAuth 2.0 server.`,
    });
  });
});

describe('clock skew', () => {
  it.each([
    ['behind', -TWO_HOURS_SECONDS],
    ['ahead', TWO_HOURS_SECONDS],
  ])('server clock %s keeps expires_in', async (_label, offsetSeconds) => {
    const issuedAt = START / 1000 + offsetSeconds;
    const rewriter = tokenResponseRewriter((body) => {
      body.access_token = unsignedJwt({
        iat: issuedAt,
        exp: issuedAt + 300,
        azp: 'demo-region-admin',
      });
    });
    const auth = provider('demo-region-admin', rewriter.fetch);
    const first = await auth.getAccessToken();

    advanceSeconds(200);
    const second = await auth.getAccessToken();

    expect(auth.tokenInfo()?.expiresAt).toEqual(new Date(START + 300_000));
    expect(second).toBe(first);
    expect(rewriter.grantTypes).toEqual(['client_credentials']);
  });

  it('server behind without expires_in uses exp-iat', async () => {
    const issuedAt = START / 1000 - TWO_HOURS_SECONDS;
    const rewriter = tokenResponseRewriter((body) => {
      delete body.expires_in;
      body.access_token = unsignedJwt({ iat: issuedAt, exp: issuedAt + 600 });
    });
    const auth = provider('demo-region-admin', rewriter.fetch);
    const first = await auth.getAccessToken();

    expect(await auth.getAccessToken()).toBe(first);
    expect(auth.tokenInfo()?.expiresAt).toEqual(new Date(START + 600_000));
    expect(rewriter.grantTypes).toEqual(['client_credentials']);
  });
});

describe('refresh token edge cases', () => {
  it('locally expired refresh token is skipped', async () => {
    const rewriter = tokenResponseRewriter(() => {});
    const auth = provider('demo-kommune-admin', rewriter.fetch);
    await auth.getAccessToken();

    advanceSeconds(1900);
    await auth.getAccessToken();

    expect(rewriter.grantTypes).toEqual(['client_credentials', 'client_credentials']);
  });

  it('refresh expired at server falls back', async () => {
    // Without refresh_expires_in, only the server can detect that the refresh token expired.
    const rewriter = tokenResponseRewriter((body) => {
      delete body.refresh_expires_in;
    });
    const auth = provider('demo-kommune-admin', rewriter.fetch);
    await auth.getAccessToken();

    advanceSeconds(1900);
    await auth.getAccessToken();

    expect(rewriter.grantTypes).toEqual([
      'client_credentials',
      'refresh_token',
      'client_credentials',
    ]);
    expect(auth.tokenInfo()?.hasRefreshToken).toBe(true);
  });

  it('response without refresh token renews with credentials', async () => {
    const rewriter = tokenResponseRewriter((body) => {
      delete body.refresh_token;
      delete body.refresh_expires_in;
    });
    const auth = provider('demo-kommune-admin', rewriter.fetch);
    await auth.getAccessToken();
    expect(auth.tokenInfo()?.hasRefreshToken).toBe(false);

    advanceSeconds(280);
    await auth.getAccessToken();

    expect(rewriter.grantTypes).toEqual(['client_credentials', 'client_credentials']);
  });
});

describe('token request options', () => {
  it('audience is sent as form parameter', async () => {
    const forms: URLSearchParams[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.body instanceof URLSearchParams) forms.push(init.body);
      return globalThis.fetch(input, init);
    }) as typeof fetch;
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-agency',
      clientSecret: demoSecret('demo-agency'),
      audience: 'vdx-api',
      fetch: fetchImpl,
    });

    await auth.getAccessToken();

    expect(forms[0]?.get('audience')).toBe('vdx-api');
    expect(auth.tokenInfo()?.claims.aud).toBe('vdx-api');
  });

  it('describeToken reads the VDX claims', async () => {
    const auth = provider('demo-kommune-admin', globalThis.fetch);

    await auth.getAccessToken();

    expect(describeToken(auth.tokenInfo()?.claims ?? {})).toEqual({
      clientId: 'demo-kommune-admin',
      organisation: 'kommune-demo',
      email: 'integration@kommune-demo.example',
      roles: ['device-admin', 'meeting-planner'],
      deviceId: undefined,
    });
  });
});
