import { DEMO_CLIENTS } from '@vdx/sdk/demo';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { postForm, send, startDemoServer, TOKEN_PATH } from './helpers.js';

const REVOKE_PATH = '/realms/vdx/protocol/openid-connect/revoke';

function basic(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}

let server: RunningServer;

beforeAll(async () => {
  server = await startDemoServer();
});

afterAll(async () => {
  await server.close();
});

describe('discovery and JWKS', () => {
  it('discovery names the endpoints under the issuer', async () => {
    const reply = await send(server, 'GET', '/realms/vdx/.well-known/openid-configuration');
    expect(reply.status).toBe(200);
    expect(reply.body.issuer).toBe(server.issuer);
    expect(reply.body.token_endpoint).toBe(`${server.issuer}/protocol/openid-connect/token`);
    expect(reply.body.jwks_uri).toBe(`${server.issuer}/protocol/openid-connect/certs`);
    expect(reply.body.revocation_endpoint).toBe(`${server.issuer}/protocol/openid-connect/revoke`);
    expect(reply.body.grant_types_supported).toEqual(['client_credentials', 'refresh_token']);
  });

  it('JWKS verifies an issued token with jose', async () => {
    const token = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      client_id: 'demo-region-admin',
      client_secret: 'demo-region-admin-secret',
    });
    const jwks = createRemoteJWKSet(new URL(`${server.issuer}/protocol/openid-connect/certs`));
    const { payload, protectedHeader } = await jwtVerify(token.body.access_token, jwks, {
      issuer: server.issuer,
    });
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload.sub).toBe('demo-region-admin');
    expect(payload.azp).toBe('demo-region-admin');
    expect(payload.typ).toBe('Bearer');
    expect(payload['dk:medcom:organisation_id']).toBe('region-demo');
    expect(payload['dk:medcom:email']).toBe('integration@region-demo.example');
    expect(payload['dk:medcom:video:role']).toEqual(['device-admin', 'meeting-admin']);
    expect(typeof payload.jti).toBe('string');
  });

  it('unknown realm returns 404 in the error shape', async () => {
    const reply = await send(server, 'GET', '/realms/other/.well-known/openid-configuration');
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4001);
    expect(reply.body.detailed_error).toBe(
      'Realm other not found; this server serves the realm vdx.',
    );
  });
});

describe('client credentials grant', () => {
  it.each(DEMO_CLIENTS.map((client) => [client.clientId, client] as const))(
    'issues a token to %s',
    async (_id, client) => {
      const reply = await postForm(server, TOKEN_PATH, {
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
      });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(reply.body.token_type).toBe('Bearer');
      expect(reply.body.expires_in).toBe(300);
      expect(reply.body.scope).toBe('profile email');
      expect(reply.body.refresh_token !== undefined).toBe(client.refreshTokens);
      const claims = decodeJwt(reply.body.access_token);
      expect(claims['dk:medcom:organisation_id']).toBe(client.organisationCode);
      expect(claims['dk:medcom:video:role']).toEqual(client.roles);
    },
  );

  it('accepts HTTP Basic client authentication', async () => {
    const reply = await postForm(
      server,
      TOKEN_PATH,
      { grant_type: 'client_credentials' },
      { authorization: basic('demo-agency', 'demo-agency-secret') },
    );
    expect(reply.status).toBe(200);
    expect(decodeJwt(reply.body.access_token).sub).toBe('demo-agency');
  });

  it('rejects Basic and body credentials together', async () => {
    const reply = await postForm(
      server,
      TOKEN_PATH,
      { grant_type: 'client_credentials', client_secret: 'demo-agency-secret' },
      { authorization: basic('demo-agency', 'demo-agency-secret') },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid_request');
  });

  it('rejects a wrong secret in the body with 401 invalid_client', async () => {
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      client_id: 'demo-agency',
      client_secret: 'wrong',
    });
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({
      error: 'invalid_client',
      error_description: 'Invalid client credentials.',
    });
    expect(reply.headers.get('www-authenticate')).toBeNull();
  });

  it('rejects a wrong Basic secret with a Basic challenge', async () => {
    const reply = await postForm(
      server,
      TOKEN_PATH,
      { grant_type: 'client_credentials' },
      { authorization: basic('demo-agency', 'wrong') },
    );
    expect(reply.status).toBe(401);
    expect(reply.body.error).toBe('invalid_client');
    expect(reply.headers.get('www-authenticate')).toBe('Basic realm="vdx", charset="UTF-8"');
  });

  it('rejects an unknown client like a wrong secret', async () => {
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      client_id: 'nobody',
      client_secret: 'nobody-secret',
    });
    expect(reply.status).toBe(401);
    expect(reply.body.error_description).toBe('Invalid client credentials.');
  });

  it('rejects a missing client authentication', async () => {
    const reply = await postForm(server, TOKEN_PATH, { grant_type: 'client_credentials' });
    expect(reply.status).toBe(401);
    expect(reply.body.error).toBe('invalid_client');
  });

  it('rejects an unsupported grant type', async () => {
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'password',
      client_id: 'demo-agency',
      client_secret: 'demo-agency-secret',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('unsupported_grant_type');
    expect(reply.body.error_description).toBe(
      'The grant type password is not supported; use client_credentials or refresh_token.',
    );
  });

  it('rejects a missing grant type', async () => {
    const reply = await postForm(server, TOKEN_PATH, {
      client_id: 'demo-agency',
      client_secret: 'demo-agency-secret',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid_request');
  });

  it('rejects an unknown scope', async () => {
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      client_id: 'demo-agency',
      client_secret: 'demo-agency-secret',
      scope: 'admin',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid_scope');
  });

  it('rejects a JSON body with invalid_request', async () => {
    const reply = await send(server, 'POST', TOKEN_PATH, {
      json: { grant_type: 'client_credentials' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid_request');
    expect(reply.body.error_description).toBe(
      'Content-Type application/json is not supported; send application/x-www-form-urlencoded.',
    );
  });

  it('rejects a repeated parameter', async () => {
    const response = await fetch(server.url + TOKEN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&grant_type=client_credentials',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_request',
      error_description: 'The parameter grant_type appears more than once.',
    });
  });
});

describe('refresh token grant', () => {
  const kommune = { client_id: 'demo-kommune-admin', client_secret: 'demo-kommune-admin-secret' };

  async function firstRefreshToken(): Promise<string> {
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      ...kommune,
    });
    return reply.body.refresh_token;
  }

  it('rotates the refresh token on use', async () => {
    const first = await firstRefreshToken();
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: first,
      ...kommune,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.refresh_expires_in).toBe(1800);
    expect(reply.body.refresh_token).not.toBe(first);
    expect(decodeJwt(reply.body.access_token).sub).toBe('demo-kommune-admin');
  });

  it('rejects a reused refresh token and revokes its successors', async () => {
    const first = await firstRefreshToken();
    const renewed = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: first,
      ...kommune,
    });
    const reuse = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: first,
      ...kommune,
    });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    expect(reuse.body.error_description).toMatch(/^The refresh token was already used\./);

    const successor = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: renewed.body.refresh_token,
      ...kommune,
    });
    expect(successor.status).toBe(400);
    expect(successor.body.error_description).toBe('The refresh token was revoked.');
  });

  it('rejects the refresh grant for a client without refresh tokens', async () => {
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: 'x',
      client_id: 'demo-agency',
      client_secret: 'demo-agency-secret',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('unauthorized_client');
  });

  it('rejects a malformed refresh token', async () => {
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: 'not-a-jwt',
      ...kommune,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('invalid_grant');
  });

  it('rejects an access token used as a refresh token', async () => {
    const token = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      ...kommune,
    });
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: token.body.access_token,
      ...kommune,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error_description).toBe(
      'The refresh token is invalid: its typ is Bearer, not Refresh.',
    );
  });
});

describe('revocation', () => {
  const kommune = { client_id: 'demo-kommune-admin', client_secret: 'demo-kommune-admin-secret' };

  it('revoked refresh token no longer renews', async () => {
    const token = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      ...kommune,
    });
    const refresh = token.body.refresh_token;
    const revoke = await postForm(server, REVOKE_PATH, {
      token: refresh,
      token_type_hint: 'refresh_token',
      ...kommune,
    });
    expect(revoke.status).toBe(200);
    const reply = await postForm(server, TOKEN_PATH, {
      grant_type: 'refresh_token',
      refresh_token: refresh,
      ...kommune,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error_description).toBe('The refresh token was revoked.');
  });

  it('revoking an unknown token succeeds', async () => {
    const reply = await postForm(server, REVOKE_PATH, { token: 'garbage', ...kommune });
    expect(reply.status).toBe(200);
  });

  it('revocation needs client authentication', async () => {
    const reply = await postForm(server, REVOKE_PATH, { token: 'garbage' });
    expect(reply.status).toBe(401);
    expect(reply.body.error).toBe('invalid_client');
  });

  it('rejects revoking another client’s token', async () => {
    const token = await postForm(server, TOKEN_PATH, {
      grant_type: 'client_credentials',
      ...kommune,
    });
    const reply = await postForm(server, REVOKE_PATH, {
      token: token.body.refresh_token,
      client_id: 'demo-agency',
      client_secret: 'demo-agency-secret',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error_description).toBe('The token was issued to another client.');
  });
});
