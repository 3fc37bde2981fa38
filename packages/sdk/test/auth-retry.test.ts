import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVdxClient, type TokenProvider, VdxApiError } from '../src/index.js';
import {
  demoProvider,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer();
});

afterAll(async () => {
  await server.close();
});

/**
 * A provider that returns a malformed token until it is forced to refresh, and then the real
 * token of `demo-region-admin`.
 */
function providerWithGarbageFirst(options: { renewalWorks: boolean }) {
  const real = demoProvider(server, 'demo-region-admin');
  const calls: Array<{ forceRefresh: boolean }> = [];
  let forced = false;
  const provider: TokenProvider = {
    getAccessToken: async (request) => {
      calls.push({ forceRefresh: request?.forceRefresh === true });
      if (request?.forceRefresh === true) forced = true;
      return forced && options.renewalWorks ? real.getAccessToken() : 'not-a-jwt';
    },
  };
  return { provider, calls };
}

/** A fetch that records each API request's method, path, authorization header and body. */
function apiRecorder() {
  const requests: Array<{
    method: string;
    path: string;
    authorization: string | null;
    body: string;
  }> = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({
      method: request.method,
      path: new URL(request.url).pathname,
      authorization: request.headers.get('authorization'),
      body: await request.clone().text(),
    });
    return globalThis.fetch(request);
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

describe('401 handling', () => {
  it('renews the token once and retries once', async () => {
    const { provider, calls } = providerWithGarbageFirst({ renewalWorks: true });
    const recorder = apiRecorder();
    const client = createVdxClient({ baseUrl: server.url, auth: provider, fetch: recorder.fetch });

    const tree = await client.organisations.tree();

    expect(tree.code).toBe('region-demo');
    expect(calls.filter((call) => call.forceRefresh)).toHaveLength(1);
    expect(recorder.requests.map((request) => request.authorization)).toEqual([
      'Bearer not-a-jwt',
      expect.stringMatching(/^Bearer ey/),
    ]);
  });

  it('resends the same body on the retry', async () => {
    const { provider } = providerWithGarbageFirst({ renewalWorks: true });
    const recorder = apiRecorder();
    const client = createVdxClient({ baseUrl: server.url, auth: provider, fetch: recorder.fetch });

    const device = await client.devices.create({
      name: 'Retry test room',
      organisationCode: 'hospital-demo',
      kind: 'room-system',
    });

    expect(device.name).toBe('Retry test room');
    expect(recorder.requests).toHaveLength(2);
    expect(recorder.requests[1]?.body).toBe(recorder.requests[0]?.body);
    expect(JSON.parse(recorder.requests[1]?.body ?? '')).toEqual({
      name: 'Retry test room',
      organisationCode: 'hospital-demo',
      kind: 'room-system',
    });
  });

  it('throws VdxApiError after a second 401', async () => {
    const { provider, calls } = providerWithGarbageFirst({ renewalWorks: false });
    const recorder = apiRecorder();
    const client = createVdxClient({ baseUrl: server.url, auth: provider, fetch: recorder.fetch });

    const failure = client.organisations.tree();

    await expect(failure).rejects.toBeInstanceOf(VdxApiError);
    await expect(failure).rejects.toMatchObject({
      status: 401,
      code: 2002,
      method: 'GET',
      path: '/services/v2/organisationtree',
    });
    expect(recorder.requests).toHaveLength(2);
    expect(calls.filter((call) => call.forceRefresh)).toHaveLength(1);
  });

  it('does not renew for a 403', async () => {
    const agency = demoProvider(server, 'demo-agency');
    let forcedRenewals = 0;
    const provider: TokenProvider = {
      getAccessToken: async (request) => {
        if (request?.forceRefresh === true) forcedRenewals += 1;
        return agency.getAccessToken(request);
      },
    };
    const client = createVdxClient({ baseUrl: server.url, auth: provider });

    await expect(client.devices.list()).rejects.toMatchObject({ status: 403, code: 3001 });
    expect(forcedRenewals).toBe(0);
  });
});
