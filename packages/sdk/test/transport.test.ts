import { afterEach, describe, expect, it } from 'vitest';
import {
  createVdxClient,
  VdxApiError,
  VdxError,
  type VdxLogFields,
  VdxNetworkError,
  VdxTimeoutError,
} from '../src/index.js';
import {
  type LocalHttpServer,
  startLocalHttpServer,
  unusedLocalUrl,
} from './helpers/local-http.js';

const DEVICE_ID = '0f5e2c1a-7b3d-4e8f-9a01-000000000001';
const DEVICE = {
  id: DEVICE_ID,
  name: 'Room',
  organisationCode: 'dept-emergency',
  kind: 'room-system',
  status: 'active',
  loginId: 'room-akut-1',
  hasPassword: false,
  metadata: {},
  createdTime: '2026-01-01T00:00:00Z',
  updatedTime: '2026-01-01T00:00:00Z',
};

let server: LocalHttpServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serveJson(status: number, body: unknown): Promise<LocalHttpServer> {
  server = await startLocalHttpServer((request, response) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'x-request-id': String(request.headers['x-request-id']),
    });
    response.end(JSON.stringify(body));
  });
  return server;
}

describe('request time limit', () => {
  it('silent server gives VdxTimeoutError', async () => {
    server = await startLocalHttpServer(() => {});
    const client = createVdxClient({ baseUrl: server.url, timeoutMs: 200 });

    const failure = client.devices.get(DEVICE_ID);

    await expect(failure).rejects.toBeInstanceOf(VdxTimeoutError);
    await expect(failure).rejects.toMatchObject({
      message: `GET ${server.url}/devices/v1/devices/${DEVICE_ID} timed out after 200 ms. Check that the server is running and responsive, or raise timeoutMs.`,
      timeoutMs: 200,
      url: `${server.url}/devices/v1/devices/${DEVICE_ID}`,
    });
  });

  it('stalled body times out', async () => {
    server = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":');
    });
    const client = createVdxClient({ baseUrl: server.url, timeoutMs: 200 });

    await expect(client.devices.get(DEVICE_ID)).rejects.toBeInstanceOf(VdxTimeoutError);
  });

  it('time limit survives garbage collection', async () => {
    const collectGarbage = (globalThis as { gc?: () => void }).gc;
    if (collectGarbage === undefined) throw new Error('Run the tests with node --expose-gc.');
    server = await startLocalHttpServer(() => {});
    const client = createVdxClient({ baseUrl: server.url, timeoutMs: 300 });

    const failure = client.devices.get(DEVICE_ID);
    await new Promise((resolve) => setTimeout(resolve, 50));
    collectGarbage();

    await expect(failure).rejects.toBeInstanceOf(VdxTimeoutError);
  }, 5_000);

  it('caller abort keeps its reason', async () => {
    server = await startLocalHttpServer(() => {});
    const client = createVdxClient({ baseUrl: server.url, timeoutMs: 10_000 });
    const controller = new AbortController();
    const reason = new Error('stopped by the caller');

    const pending = client.raw.GET('/services/v2/organisationtree', { signal: controller.signal });
    controller.abort(reason);

    await expect(pending).rejects.toBe(reason);
  });
});

describe('network failures', () => {
  it('closed port gives VdxNetworkError', async () => {
    const baseUrl = await unusedLocalUrl();
    const client = createVdxClient({ baseUrl });

    const failure = client.organisations.tree();

    await expect(failure).rejects.toBeInstanceOf(VdxNetworkError);
    await expect(failure).rejects.toMatchObject({
      message: `Could not reach ${baseUrl}/services/v2/organisationtree: ${new URL(baseUrl).host} refused the connection (ECONNREFUSED). Check the base URL and that the server is running.`,
      url: `${baseUrl}/services/v2/organisationtree`,
      reason: 'unreachable',
    });
  });
});

describe('error responses', () => {
  it('non-JSON body gives VdxApiError', async () => {
    server = await startLocalHttpServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('upstream unavailable');
    });
    const client = createVdxClient({ baseUrl: server.url });

    const failure = client.devices.get(DEVICE_ID);

    await expect(failure).rejects.toBeInstanceOf(VdxApiError);
    await expect(failure).rejects.toMatchObject({
      status: 502,
      code: undefined,
      method: 'GET',
      path: `/devices/v1/devices/${DEVICE_ID}`,
      message: `GET /devices/v1/devices/${DEVICE_ID} failed with HTTP 502 Bad Gateway, and the response is not a VDX error object: upstream unavailable (HTTP 502)`,
    });
  });

  it('fixed token 401 not retried', async () => {
    const body = {
      error: 'Unauthorized',
      path: '/services/v2/organisationtree',
      status: 401,
      timestamp: '2026-01-01T00:00:00Z',
      detailed_error: 'The token expired.',
      detailed_error_code: 2003,
    };
    const local = await serveJson(401, body);
    const client = createVdxClient({ baseUrl: local.url, auth: { accessToken: 'old-token' } });

    const failure = client.organisations.tree();

    await expect(failure).rejects.toMatchObject({ status: 401, code: 2003 });
    expect(local.requests).toHaveLength(1);
  });
});

describe('request headers', () => {
  it('sends token, request id and headers', async () => {
    const local = await serveJson(201, DEVICE);
    const client = createVdxClient({
      baseUrl: `${local.url}/`,
      auth: { accessToken: 'fixed-token' },
      userAgent: 'vdx-sdk-test/1.0',
      headers: { 'x-integration': 'sdk-tests' },
    });

    await client.devices.create(
      { name: 'Room', organisationCode: 'dept-emergency' },
      { idempotencyKey: 'create-room-1' },
    );

    const [request] = local.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/devices/v1/devices');
    expect(request?.headers.authorization).toBe('Bearer fixed-token');
    expect(request?.headers['x-request-id']).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(request?.headers['user-agent']).toBe('vdx-sdk-test/1.0');
    expect(request?.headers['x-integration']).toBe('sdk-tests');
    expect(request?.headers['idempotency-key']).toBe('create-room-1');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      name: 'Room',
      organisationCode: 'dept-emergency',
    });
  });

  it("keeps caller's request id", async () => {
    const local = await serveJson(200, DEVICE);
    const client = createVdxClient({ baseUrl: local.url, headers: { 'X-Request-Id': 'trace-7' } });

    await client.devices.get(DEVICE_ID);

    expect(local.requests[0]?.headers['x-request-id']).toBe('trace-7');
  });

  it('device login sends no token', async () => {
    const local = await serveJson(200, {
      access_token: 'device-token',
      token_type: 'Bearer',
      expires_in: 300,
    });
    let providerCalls = 0;
    const client = createVdxClient({
      baseUrl: local.url,
      auth: {
        getAccessToken: async () => {
          providerCalls += 1;
          return 'client-token';
        },
      },
    });

    const tokens = await client.devices.login({ loginId: 'room-akut-1', password: 'pw' });

    expect(tokens.access_token).toBe('device-token');
    expect(local.requests[0]?.headers.authorization).toBeUndefined();
    expect(providerCalls).toBe(0);
  });

  it('base URL path prefixes requests', async () => {
    const local = await serveJson(200, DEVICE);
    const client = createVdxClient({ baseUrl: `${local.url}/vdx/` });

    await client.devices.get(DEVICE_ID);

    expect(local.requests[0]?.url).toBe(`/vdx/devices/v1/devices/${DEVICE_ID}`);
  });
});

describe('logger', () => {
  it('logs events without the token', async () => {
    const local = await serveJson(200, DEVICE);
    const events: Array<{ level: string; message: string; fields: VdxLogFields }> = [];
    const record = (level: string) => (message: string, fields: VdxLogFields) => {
      events.push({ level, message, fields });
    };
    const client = createVdxClient({
      baseUrl: local.url,
      auth: { accessToken: 'secret-token-value' },
      logger: { debug: record('debug'), info: record('info'), warn: record('warn') },
    });

    await client.devices.get(DEVICE_ID);

    const requestId = String(local.requests[0]?.headers['x-request-id']);
    expect(events.map((event) => event.message)).toEqual([
      'VDX request sent',
      'VDX response received',
    ]);
    expect(events[1]).toMatchObject({
      level: 'debug',
      fields: { method: 'GET', path: `/devices/v1/devices/${DEVICE_ID}`, status: 200, requestId },
    });
    expect(typeof events[1]?.fields.ms).toBe('number');
    expect(JSON.stringify(events)).not.toContain('secret-token-value');
  });
});

describe('options', () => {
  it('rejects a base URL that is not http', () => {
    expect(() => createVdxClient({ baseUrl: 'ftp://vdx.example' })).toThrow(
      new VdxError(
        'baseUrl must be an absolute http or https URL such as http://127.0.0.1:8787; got "ftp://vdx.example".',
      ),
    );
  });

  it('rejects a time limit of zero', () => {
    expect(() => createVdxClient({ baseUrl: 'http://127.0.0.1:8787', timeoutMs: 0 })).toThrow(
      'timeoutMs must be a positive number of milliseconds; got 0.',
    );
  });

  it('rejects auth without a token', () => {
    const auth = { accessToken: '' };

    expect(() => createVdxClient({ baseUrl: 'http://127.0.0.1:8787', auth })).toThrow(VdxError);
  });

  it('rejects an empty device id before sending', async () => {
    const client = createVdxClient({ baseUrl: 'http://127.0.0.1:8787' });

    await expect(client.devices.get('')).rejects.toThrow(
      'deviceId must be a non-empty string; got "".',
    );
  });
});
