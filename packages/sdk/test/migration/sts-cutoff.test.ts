import { describe, expect, it, vi } from 'vitest';
import { type TokenProvider, VdxAuthError } from '../../src/index.js';
import { explainStsCutoff, stsTransition } from '../../src/migration/index.js';

const ANNOUNCED_SOURCE =
  "The date 2026-12-01 is the announced cut-off for STS access to VDX-API; MedCom's OAuth guide says the STS certificates themselves are closed from 2026-12-31.";

describe('explainStsCutoff', () => {
  it('before the cut-off counts days left', () => {
    const result = explainStsCutoff({ now: new Date('2026-11-19T09:30:00Z') });

    expect(result).toEqual({
      closed: false,
      days: 12,
      cutoff: '2026-12-01',
      source: 'announced',
      message: `STS access to VDX-API closes on 2026-12-01 (in 12 days). Switch to an OAuth client id and secret from VDX Management before then. ${ANNOUNCED_SOURCE}`,
    });
  });

  it('after the cut-off counts days since', () => {
    const result = explainStsCutoff({ now: new Date('2026-12-04T16:00:00Z') });

    expect(result).toEqual({
      closed: true,
      days: 3,
      cutoff: '2026-12-01',
      source: 'announced',
      message: `STS access to VDX-API closed on 2026-12-01 (3 days ago), so an integration that still uses its STS certificate gets no tokens. Switch to an OAuth client id and secret from VDX Management. ${ANNOUNCED_SOURCE}`,
    });
  });

  it('cut-off day itself is closed today', () => {
    const result = explainStsCutoff({ now: new Date('2026-12-01T00:00:00Z') });

    expect(result.closed).toBe(true);
    expect(result.days).toBe(0);
    expect(result.message).toMatch(/^STS access to VDX-API closed on 2026-12-01 \(today\), /);
  });

  it('one day before says 1 day', () => {
    const result = explainStsCutoff({ now: new Date('2026-11-30T12:00:00Z') });

    expect(result.message).toMatch(/^STS access to VDX-API closes on 2026-12-01 \(in 1 day\)\. /);
  });

  it('names a configured cut-off as such', () => {
    const result = explainStsCutoff({
      now: new Date('2026-12-04T00:00:00Z'),
      cutoff: '2027-01-01',
    });

    expect(result.closed).toBe(false);
    expect(result.days).toBe(28);
    expect(result.source).toBe('option');
    expect(result.message).toBe(
      "STS access to VDX-API closes on 2027-01-01 (in 28 days). Switch to an OAuth client id and secret from VDX Management before then. The date 2027-01-01 comes from the cutoff option; the announced cut-off for STS access to VDX-API is 2026-12-01, and MedCom's OAuth guide says the STS certificates themselves are closed from 2026-12-31.",
    );
  });

  it('rejects an invalid cut-off', () => {
    expect(() => explainStsCutoff({ cutoff: '1 December' })).toThrow(
      new TypeError('cutoff must be an ISO 8601 date such as 2026-12-01; got "1 December".'),
    );
  });
});

/** A provider that fails with `error` on every call, or returns `token`. */
function fakeOAuth(outcome: { token: string } | { error: Error }) {
  const calls: Array<{ forceRefresh?: boolean } | undefined> = [];
  const provider: TokenProvider = {
    getAccessToken: async (request) => {
      calls.push(request);
      if ('error' in outcome) throw outcome.error;
      return outcome.token;
    },
  };
  return { provider, calls };
}

describe('stsTransition', () => {
  const oauthFailure = new VdxAuthError('The token endpoint rejected client "a".', {
    oauthError: 'invalid_client',
  });
  const before = () => new Date('2026-11-19T09:30:00Z');
  const after = () => new Date('2026-12-04T16:00:00Z');

  it('uses OAuth when it works', async () => {
    const oauth = fakeOAuth({ token: 'oauth-token' });
    const sts = vi.fn(async () => 'sts-token');
    const onWarning = vi.fn();
    const auth = stsTransition({ oauth: oauth.provider, sts, now: before, onWarning });

    await expect(auth.getAccessToken({ forceRefresh: true })).resolves.toBe('oauth-token');

    expect(oauth.calls).toEqual([{ forceRefresh: true }]);
    expect(sts).not.toHaveBeenCalled();
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('falls back to STS before the cut-off', async () => {
    const oauth = fakeOAuth({ error: oauthFailure });
    const sts = vi.fn(async () => 'sts-token');
    const onWarning = vi.fn();
    const auth = stsTransition({ oauth: oauth.provider, sts, now: before, onWarning });

    await expect(auth.getAccessToken()).resolves.toBe('sts-token');
    await expect(auth.getAccessToken()).resolves.toBe('sts-token');

    expect(sts).toHaveBeenCalledTimes(2);
    expect(onWarning).toHaveBeenCalledTimes(2);
    expect(onWarning).toHaveBeenLastCalledWith(
      `The OAuth token request failed, so the legacy STS token is used: The token endpoint rejected client "a". STS access to VDX-API closes on 2026-12-01 (in 12 days). Switch to an OAuth client id and secret from VDX Management before then. ${ANNOUNCED_SOURCE}`,
    );
  });

  it('never calls STS after the cut-off', async () => {
    const oauth = fakeOAuth({ error: oauthFailure });
    const sts = vi.fn(async () => 'sts-token');
    const onWarning = vi.fn();
    const auth = stsTransition({ oauth: oauth.provider, sts, now: after, onWarning });

    await expect(auth.getAccessToken()).rejects.toBe(oauthFailure);

    expect(sts).not.toHaveBeenCalled();
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('configured cut-off reopens STS', async () => {
    const oauth = fakeOAuth({ error: oauthFailure });
    const auth = stsTransition({
      oauth: oauth.provider,
      sts: async () => 'sts-token',
      cutoff: '2027-01-01',
      now: after,
      onWarning: () => {},
    });

    await expect(auth.getAccessToken()).resolves.toBe('sts-token');
  });

  it('STS failure throws the OAuth error', async () => {
    const oauth = fakeOAuth({ error: oauthFailure });
    const onWarning = vi.fn();
    const auth = stsTransition({
      oauth: oauth.provider,
      sts: async () => {
        throw new Error('certificate expired');
      },
      now: before,
      onWarning,
    });

    await expect(auth.getAccessToken()).rejects.toBe(oauthFailure);

    expect(onWarning).toHaveBeenCalledTimes(2);
    expect(onWarning).toHaveBeenLastCalledWith(
      'The legacy STS token request failed as well: certificate expired',
    );
  });

  it('without STS throws the OAuth error', async () => {
    const oauth = fakeOAuth({ error: oauthFailure });
    const auth = stsTransition({ oauth: oauth.provider, now: before, onWarning: () => {} });

    await expect(auth.getAccessToken()).rejects.toBe(oauthFailure);
  });

  it('rejects an invalid cut-off at once', () => {
    const oauth = fakeOAuth({ token: 't' });

    expect(() =>
      stsTransition({ oauth: oauth.provider, cutoff: 'soon', onWarning: () => {} }),
    ).toThrow(TypeError);
  });
});
