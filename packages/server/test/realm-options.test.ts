import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli.js';
import { resolveOptions } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import type { RunningServer, ServerOptions } from '../src/index.js';
import { postForm, send, startDemoServer, TOKEN_PATH } from './helpers.js';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: ServerOptions): Promise<RunningServer> {
  server = await startDemoServer(options);
  return server;
}

function clientCredentialsForm(clientId: string): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: `${clientId}-secret`,
  };
}

function refreshForm(clientId: string, refreshToken: string): Record<string, string> {
  return {
    grant_type: 'refresh_token',
    client_id: clientId,
    client_secret: `${clientId}-secret`,
    refresh_token: refreshToken,
  };
}

describe('refreshTokens option', () => {
  it('per-client follows the client setting', async () => {
    const running = await start({});
    const withRefresh = await postForm(
      running,
      TOKEN_PATH,
      clientCredentialsForm('demo-kommune-admin'),
    );
    const without = await postForm(running, TOKEN_PATH, clientCredentialsForm('demo-region-admin'));

    expect(withRefresh.status).toBe(200);
    expect(typeof withRefresh.body.refresh_token).toBe('string');
    expect(withRefresh.body.refresh_expires_in).toBe(1800);
    expect(without.status).toBe(200);
    expect(without.body.refresh_token).toBeUndefined();
    expect(without.body.refresh_expires_in).toBeUndefined();
  });

  it('always issues refresh tokens to every client', async () => {
    const running = await start({ refreshTokens: 'always' });
    const first = await postForm(running, TOKEN_PATH, clientCredentialsForm('demo-region-admin'));
    const renewed = await postForm(
      running,
      TOKEN_PATH,
      refreshForm('demo-region-admin', first.body.refresh_token),
    );

    expect(first.status).toBe(200);
    expect(typeof first.body.refresh_token).toBe('string');
    expect(renewed.status).toBe(200);
    expect(typeof renewed.body.access_token).toBe('string');
    expect(renewed.body.refresh_token).not.toBe(first.body.refresh_token);
  });

  it('never withholds refresh tokens and rejects the grant', async () => {
    const running = await start({ refreshTokens: 'never' });
    const token = await postForm(running, TOKEN_PATH, clientCredentialsForm('demo-kommune-admin'));
    const refresh = await postForm(
      running,
      TOKEN_PATH,
      refreshForm('demo-kommune-admin', 'any-refresh-token'),
    );

    expect(token.status).toBe(200);
    expect(token.body.refresh_token).toBeUndefined();
    expect(refresh.status).toBe(400);
    expect(refresh.body).toEqual({
      error: 'unauthorized_client',
      error_description:
        'The client demo-kommune-admin is not allowed the refresh_token grant; use client_credentials.',
    });
  });

  it('rejects an unknown policy', () => {
    expect(() => resolveOptions({ refreshTokens: 'sometimes' as 'never' })).toThrow(
      new ConfigError('Invalid refreshTokens "sometimes": use per-client, always, never.'),
    );
  });
});

describe('clockSkewSeconds option', () => {
  it('offsets iat and exp of issued tokens', async () => {
    const running = await start({ clockSkewSeconds: -3600 });
    const before = Math.floor(Date.now() / 1000);
    const reply = await postForm(running, TOKEN_PATH, clientCredentialsForm('demo-region-admin'));
    const after = Math.floor(Date.now() / 1000);
    const claims = decodeJwt(reply.body.access_token);

    expect(reply.status).toBe(200);
    expect(reply.body.expires_in).toBe(300);
    expect(claims.iat).toBeGreaterThanOrEqual(before - 3600);
    expect(claims.iat).toBeLessThanOrEqual(after - 3600);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);
  });

  it('accepts its own tokens on the offset clock', async () => {
    const running = await start({ clockSkewSeconds: -3600 });
    const reply = await postForm(running, TOKEN_PATH, clientCredentialsForm('demo-region-admin'));
    const tree = await send(running, 'GET', '/services/v2/organisationtree', {
      token: reply.body.access_token,
    });

    expect(tree.status).toBe(200);
  });

  it('clock ahead sets iat in the future', async () => {
    const running = await start({ clockSkewSeconds: 3600 });
    const reply = await postForm(running, TOKEN_PATH, clientCredentialsForm('demo-region-admin'));
    const claims = decodeJwt(reply.body.access_token);

    expect(Number(claims.iat)).toBeGreaterThan(Math.floor(Date.now() / 1000) + 3000);
  });

  it('rejects a skew that is not a whole number', () => {
    expect(() => resolveOptions({ clockSkewSeconds: 1.5 })).toThrow(
      new ConfigError(
        'Invalid clockSkewSeconds 1.5: use a whole number of seconds from -31536000 to 31536000.',
      ),
    );
  });
});

describe('realm flags', () => {
  it('parses --refresh-tokens and --clock-skew', () => {
    const command = parseCommandLine(['--refresh-tokens', 'never', '--clock-skew=-600']);

    expect(command).toMatchObject({
      kind: 'serve',
      options: { refreshTokens: 'never', clockSkewSeconds: -600 },
    });
  });

  it('rejects an unknown --refresh-tokens value', () => {
    expect(() => parseCommandLine(['--refresh-tokens', 'sometimes'])).toThrow(
      new ConfigError('Invalid --refresh-tokens "sometimes": use per-client, always, never.'),
    );
  });

  it('rejects a --clock-skew that is not a number', () => {
    expect(() => parseCommandLine(['--clock-skew', '5m'])).toThrow(
      new ConfigError('Invalid --clock-skew "5m": use a whole number of seconds.'),
    );
  });
});
