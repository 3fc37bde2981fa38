import { describe, expect, it } from 'vitest';
import { api, BASE_URL, readError, TOKEN_URL, useMockServer } from './support.js';

let clock = new Date('2026-12-04T09:00:00Z');
const mock = useMockServer({ now: () => clock });

function tokenRequest(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(TOKEN_URL, { method: 'POST', headers, body: new URLSearchParams(fields) });
}

function basic(clientId: string, secret: string): Record<string, string> {
  return { Authorization: `Basic ${btoa(`${clientId}:${secret}`)}` };
}

function advanceClock(seconds: number): void {
  clock = new Date(clock.getTime() + seconds * 1000);
}

describe('discovery and keys', () => {
  it('discovery names the mock endpoints', async () => {
    const response = await fetch(`${BASE_URL}/realms/vdx/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.issuer).toBe('http://vdx.test/realms/vdx');
    expect(body.token_endpoint).toBe(TOKEN_URL);
    expect(body.jwks_uri).toBe('http://vdx.test/realms/vdx/protocol/openid-connect/certs');
    expect(body.revocation_endpoint).toBe(
      'http://vdx.test/realms/vdx/protocol/openid-connect/revoke',
    );
    expect(body.grant_types_supported).toEqual(['client_credentials', 'refresh_token']);
  });

  it('jwks returns an empty key set', async () => {
    const response = await fetch(`${BASE_URL}/realms/vdx/protocol/openid-connect/certs`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ keys: [] });
  });

  it('unknown realm answers 404', async () => {
    const response = await fetch(`${BASE_URL}/realms/other/.well-known/openid-configuration`);
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4001);
    expect(error.message).toBe('Realm other not found. This mock serves the realm vdx.');
  });
});

describe('token endpoint', () => {
  it('issues token for body credentials', async () => {
    const response = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: 'demo-region-admin',
      client_secret: 'demo-region-admin-secret',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body.access_token).toMatch(/^mock\.demo-region-admin\.\d+$/);
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(300);
    expect(body.scope).toBe('profile email');
    expect(body.refresh_token).toBeUndefined();
  });

  it('issues a token for HTTP Basic credentials', async () => {
    const response = await tokenRequest(
      { grant_type: 'client_credentials' },
      basic('demo-agency', 'demo-agency-secret'),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.access_token).toMatch(/^mock\.demo-agency\.\d+$/);
  });

  it('counts issued access tokens in the state', async () => {
    const before = mock.state.tokens.issuedAccessTokens;
    await tokenRequest(
      { grant_type: 'client_credentials' },
      basic('demo-agency', 'demo-agency-secret'),
    );
    expect(mock.state.tokens.issuedAccessTokens).toBe(before + 1);
  });

  it('wrong secret answers invalid_client', async () => {
    const response = await tokenRequest(
      { grant_type: 'client_credentials' },
      basic('demo-agency', 'wrong'),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="vdx"');
    expect(await response.json()).toEqual({
      error: 'invalid_client',
      error_description: 'Invalid client credentials. Check the client id and secret.',
    });
  });

  it('missing credentials answer invalid_client', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials' });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.error).toBe('invalid_client');
    expect(body.error_description).toBe(
      'The request has no client credentials. Send client_id and client_secret with HTTP Basic authentication or in the body.',
    );
  });

  it('credentials sent both ways answer invalid_request', async () => {
    const response = await tokenRequest(
      { grant_type: 'client_credentials', client_secret: 'demo-agency-secret' },
      basic('demo-agency', 'demo-agency-secret'),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_request',
      error_description:
        'Send the client credentials with HTTP Basic authentication or in the body, not both.',
    });
  });

  it('unknown grant type answers unsupported_grant_type', async () => {
    const response = await tokenRequest(
      { grant_type: 'password' },
      basic('demo-agency', 'demo-agency-secret'),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'unsupported_grant_type',
      error_description:
        'Grant type password is not supported; use client_credentials or refresh_token.',
    });
  });

  it('unsupported scope answers invalid_scope', async () => {
    const response = await tokenRequest(
      { grant_type: 'client_credentials', scope: 'openid admin' },
      basic('demo-agency', 'demo-agency-secret'),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid_scope');
    expect(body.error_description).toBe(
      'Scope admin is not allowed here; request any of openid, profile, email.',
    );
  });

  it('JSON body answers invalid_request', async () => {
    const response = await fetch(TOKEN_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error_description).toBe(
      'Send the request body as application/x-www-form-urlencoded.',
    );
  });
});

describe('refresh tokens', () => {
  const kommune = basic('demo-kommune-admin', 'demo-kommune-admin-secret');

  async function firstGrant(): Promise<{ access_token: string; refresh_token: string }> {
    const response = await tokenRequest({ grant_type: 'client_credentials' }, kommune);
    return response.json();
  }

  it('a refresh-enabled client gets a refresh token', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials' }, kommune);
    const body = await response.json();
    expect(body.refresh_token).toMatch(/^mock-refresh\.demo-kommune-admin\.\d+$/);
    expect(body.refresh_expires_in).toBe(1800);
  });

  it('refresh grant issues a new access token', async () => {
    const first = await firstGrant();
    const response = await tokenRequest(
      { grant_type: 'refresh_token', refresh_token: first.refresh_token },
      kommune,
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.access_token).toMatch(/^mock\.demo-kommune-admin\.\d+$/);
    expect(body.access_token).not.toBe(first.access_token);
  });

  it('revoked refresh token answers invalid_grant', async () => {
    const first = await firstGrant();
    const revoke = await fetch(`${BASE_URL}/realms/vdx/protocol/openid-connect/revoke`, {
      method: 'POST',
      headers: kommune,
      body: new URLSearchParams({ token: first.refresh_token, token_type_hint: 'refresh_token' }),
    });
    expect(revoke.status).toBe(200);
    const response = await tokenRequest(
      { grant_type: 'refresh_token', refresh_token: first.refresh_token },
      kommune,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description:
        'The refresh token is invalid or was revoked. Request a new token with the client credentials.',
    });
  });

  it('another client cannot use the refresh token', async () => {
    const first = await firstGrant();
    const response = await tokenRequest(
      { grant_type: 'refresh_token', refresh_token: first.refresh_token },
      basic('demo-region-admin', 'demo-region-admin-secret'),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_grant');
  });

  it('expired refresh token answers invalid_grant', async () => {
    const first = await firstGrant();
    advanceClock(1800);
    const response = await tokenRequest(
      { grant_type: 'refresh_token', refresh_token: first.refresh_token },
      kommune,
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid_grant');
    expect(body.error_description).toMatch(/^The refresh token expired at /);
  });
});

describe('access tokens on the API', () => {
  it('expired access token answers 401 with 2003', async () => {
    const response = await tokenRequest(
      { grant_type: 'client_credentials' },
      basic('demo-region-admin', 'demo-region-admin-secret'),
    );
    const { access_token: token } = await response.json();
    const expiry = new Date(clock.getTime() + 300_000).toISOString();
    advanceClock(300);
    const call = await api('/services/v2/organisationtree', { token });
    expect(call.status).toBe(401);
    const error = await readError(call);
    expect(error.code).toBe(2003);
    expect(error.message).toBe(`The access token expired at ${expiry}. Request a new token.`);
  });

  it('revoked access token answers 401 with 2002', async () => {
    const credentials = basic('demo-region-admin', 'demo-region-admin-secret');
    const response = await tokenRequest({ grant_type: 'client_credentials' }, credentials);
    const { access_token: token } = await response.json();
    await fetch(`${BASE_URL}/realms/vdx/protocol/openid-connect/revoke`, {
      method: 'POST',
      headers: credentials,
      body: new URLSearchParams({ token }),
    });
    const call = await api('/services/v2/organisationtree', { token });
    expect(call.status).toBe(401);
    expect((await readError(call)).code).toBe(2002);
  });
});

describe('legacy STS exchange', () => {
  it('answers 410 with 7001 after the cut-off', async () => {
    const response = await fetch(`${BASE_URL}/videoapi/token`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'PHNhbWw6QXNzZXJ0aW9uPg==' }),
    });
    expect(response.status).toBe(410);
    const error = await readError(response);
    expect(error.code).toBe(7001);
    expect(error.message).toBe(
      'STS access to VDX-API closed on 2026-12-01. Request an OAuth client id and secret in VDX Management and use the token endpoint /realms/vdx/protocol/openid-connect/token.',
    );
  });
});
