import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type IssuedToken, TokenCache, toIssuedToken } from '../src/token-cache.js';

const START = new Date('2026-03-01T12:00:00Z').getTime();

function tokenFor(index: number, lifetimeSeconds: number): IssuedToken {
  return {
    accessToken: `token-${index}`,
    expiresAt: Date.now() + lifetimeSeconds * 1000,
    claims: {},
  };
}

/** A renew function that records its calls and hands out token-1, token-2, ... */
function countingRenew(lifetimeSeconds: number) {
  const calls: Array<IssuedToken | undefined> = [];
  const renew = async (current: IssuedToken | undefined) => {
    calls.push(current);
    return tokenFor(calls.length, lifetimeSeconds);
  };
  return { calls, renew };
}

function advanceSeconds(seconds: number): void {
  vi.setSystemTime(Date.now() + seconds * 1000);
}

function jwtWithClaims(claims: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none' })}.${encode(claims)}.signature`;
}

describe('TokenCache', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shares one renewal among concurrent callers', async () => {
    const { calls, renew } = countingRenew(300);
    const cache = new TokenCache(renew, 30_000);

    const tokens = await Promise.all(Array.from({ length: 50 }, () => cache.getAccessToken()));

    expect(calls).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
  });

  it('keeps the token until renewBefore ahead of expiry', async () => {
    const { calls, renew } = countingRenew(300);
    const cache = new TokenCache(renew, 30_000);
    await cache.getAccessToken();

    advanceSeconds(269);
    expect(await cache.getAccessToken()).toBe('token-1');
    advanceSeconds(1);
    expect(await cache.getAccessToken()).toBe('token-2');

    expect(calls).toHaveLength(2);
    expect(calls[1]?.accessToken).toBe('token-1');
  });

  it('uses a short-lived token for half its lifetime', async () => {
    const { calls, renew } = countingRenew(2);
    const cache = new TokenCache(renew, 30_000);
    await cache.getAccessToken();

    expect(await cache.getAccessToken()).toBe('token-1');
    advanceSeconds(0.999);
    expect(await cache.getAccessToken()).toBe('token-1');
    advanceSeconds(0.001);
    expect(await cache.getAccessToken()).toBe('token-2');
    expect(calls).toHaveLength(2);
  });

  it('expired token used once without looping', async () => {
    const { calls, renew } = countingRenew(0);
    const cache = new TokenCache(renew, 30_000);

    expect(await cache.getAccessToken()).toBe('token-1');
    expect(calls).toHaveLength(1);
    expect(await cache.getAccessToken()).toBe('token-2');
    expect(calls).toHaveLength(2);
  });

  it('renews a fresh token when forced', async () => {
    const { calls, renew } = countingRenew(300);
    const cache = new TokenCache(renew, 30_000);
    await cache.getAccessToken();

    expect(await cache.getAccessToken(true)).toBe('token-2');
    expect(calls).toHaveLength(2);
  });

  it('retries after a failed renewal', async () => {
    let attempts = 0;
    const cache = new TokenCache(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('token endpoint down');
      return tokenFor(attempts, 300);
    }, 30_000);

    const failures = await Promise.allSettled([cache.getAccessToken(), cache.getAccessToken()]);

    expect(failures.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(attempts).toBe(1);
    expect(await cache.getAccessToken()).toBe('token-2');
    expect(attempts).toBe(2);
  });

  it('forgets the token on clear', async () => {
    const { calls, renew } = countingRenew(300);
    const cache = new TokenCache(renew, 30_000);
    await cache.getAccessToken();

    cache.clear();

    expect(cache.info()).toBeUndefined();
    expect(await cache.getAccessToken()).toBe('token-2');
    expect(calls[1]).toBeUndefined();
  });

  it('reports expiry, refresh token and claims', async () => {
    const expiresAt = START + 300_000;
    const cache = new TokenCache(
      async () => ({ accessToken: 'a', expiresAt, refreshToken: 'r', claims: { sub: 'x' } }),
      30_000,
    );
    await cache.getAccessToken();

    expect(cache.info()).toEqual({
      expiresAt: new Date(expiresAt),
      hasRefreshToken: true,
      claims: { sub: 'x' },
    });
  });
});

describe('toIssuedToken', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the expiry from expires_in', () => {
    const token = toIssuedToken({ access_token: 'opaque', expires_in: 120 }, START);

    expect(token.expiresAt).toBe(START + 120_000);
    expect(token.claims).toEqual({});
  });

  it('falls back to the JWT exp claim', () => {
    const exp = START / 1000 + 90;
    const token = toIssuedToken({ access_token: jwtWithClaims({ exp, sub: 'c' }) }, START);

    expect(token.expiresAt).toBe(exp * 1000);
    expect(token.claims).toEqual({ exp, sub: 'c' });
  });

  it('assumes 300 seconds without expires_in or exp', () => {
    const token = toIssuedToken({ access_token: 'opaque' }, START);

    expect(token.expiresAt).toBe(START + 300_000);
  });

  it('reads positive refresh-token lifetime', () => {
    const withExpiry = toIssuedToken(
      { access_token: 'a', refresh_token: 'r', refresh_expires_in: 1800 },
      START,
    );
    const withoutExpiry = toIssuedToken(
      { access_token: 'a', refresh_token: 'r', refresh_expires_in: 0 },
      START,
    );

    expect(withExpiry.refreshExpiresAt).toBe(START + 1_800_000);
    expect(withoutExpiry.refreshExpiresAt).toBeUndefined();
  });
});
