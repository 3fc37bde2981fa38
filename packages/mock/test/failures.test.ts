import { beforeAll, describe, expect, it } from 'vitest';
import { mockedOperationIds } from '../src/index.js';
import { api, DEVICE, readError, TOKEN_URL, tokenFor, useMockServer } from './support.js';

const mock = useMockServer();

let regionAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
});

const DEVICE_PATH = `/devices/v1/devices/${DEVICE.akutRoom}`;

describe('fail()', () => {
  it('fails only the next call', async () => {
    mock.fail('getDevice', 404);
    const failed = await api(DEVICE_PATH, { token: regionAdmin });
    expect(failed.status).toBe(404);
    const error = await readError(failed);
    expect(error.code).toBe(4001);
    expect(error.message).toBe("Injected failure: fail('getDevice', 404) was set on the mock.");
    expect(error.path).toBe(DEVICE_PATH);
    expect(error.error).toBe('Not Found');
    const next = await api(DEVICE_PATH, { token: regionAdmin });
    expect(next.status).toBe(200);
  });

  it('leaves other operations alone', async () => {
    mock.fail('getDevice', 500);
    const list = await api('/devices/v1/devices', { token: regionAdmin });
    expect(list.status).toBe(200);
  });

  it('fails as many calls as times', async () => {
    mock.fail('getDevice', 503, { times: 2, retryAfterSeconds: 7 });
    for (const attempt of [1, 2]) {
      const response = await api(DEVICE_PATH, { token: regionAdmin });
      expect(response.status, `attempt ${attempt}`).toBe(503);
      expect(response.headers.get('retry-after')).toBe('7');
      expect((await readError(response)).code).toBe(9001);
    }
    expect((await api(DEVICE_PATH, { token: regionAdmin })).status).toBe(200);
  });

  it('maps 429 to code 6001', async () => {
    mock.fail('listDevices', 429, { retryAfterSeconds: 1 });
    const response = await api('/devices/v1/devices', { token: regionAdmin });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    const error = await readError(response);
    expect(error.code).toBe(6001);
    expect(error.error).toBe('Too Many Requests');
  });

  it('takes failures in scheduled order', async () => {
    mock.fail('getDevice', 503);
    mock.fail('getDevice', 500);
    expect((await api(DEVICE_PATH, { token: regionAdmin })).status).toBe(503);
    expect((await api(DEVICE_PATH, { token: regionAdmin })).status).toBe(500);
    expect((await api(DEVICE_PATH, { token: regionAdmin })).status).toBe(200);
  });

  it('overrides the detailed error', async () => {
    mock.fail('getDevice', 401, {
      detailedErrorCode: 2003,
      detailedError: 'The access token expired at 2026-12-04T09:10:00Z. Request a new token.',
    });
    const response = await api(DEVICE_PATH, { token: regionAdmin });
    expect(response.status).toBe(401);
    const error = await readError(response);
    expect(error.code).toBe(2003);
    expect(error.message).toBe(
      'The access token expired at 2026-12-04T09:10:00Z. Request a new token.',
    );
  });

  it('network error rejects the fetch', async () => {
    mock.fail('takeNextMeeting', 503, { networkError: true });
    await expect(
      api(`${DEVICE_PATH}/meetings/next`, { method: 'POST', token: regionAdmin }),
    ).rejects.toThrow(TypeError);
    const next = await api(`${DEVICE_PATH}/meetings/next`, { method: 'POST', token: regionAdmin });
    expect(next.status).toBe(204);
  });

  it('delayed failure still answers', async () => {
    mock.fail('getDevice', 504, { delayMs: 20 });
    const response = await api(DEVICE_PATH, { token: regionAdmin });
    expect(response.status).toBe(504);
    expect((await readError(response)).error).toBe('Gateway Timeout');
  });

  it('token endpoint 401 uses OAuth body', async () => {
    mock.fail('requestToken', 401);
    const response = await fetch(TOKEN_URL, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'demo-agency',
        client_secret: 'demo-agency-secret',
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: 'invalid_client',
      error_description: "Injected failure: fail('requestToken', 401) was set on the mock.",
    });
  });

  it('token endpoint 503 uses VDX body', async () => {
    mock.fail('requestToken', 503);
    const response = await fetch(TOKEN_URL, { method: 'POST', body: new URLSearchParams() });
    expect(response.status).toBe(503);
    expect((await readError(response)).code).toBe(9001);
  });

  it('reset drops scheduled failures', async () => {
    mock.fail('getDevice', 500);
    mock.reset();
    expect((await api(DEVICE_PATH, { token: regionAdmin })).status).toBe(200);
  });
});

describe('fail() arguments', () => {
  it('rejects a success status', () => {
    expect(() => mock.fail('getDevice', 200)).toThrow(
      new TypeError(
        "fail('getDevice'): status must be an HTTP error status from 400 to 599; got 200.",
      ),
    );
  });

  it('rejects a status without a defined code', () => {
    expect(() => mock.fail('getDevice', 418)).toThrow(
      new TypeError(
        "fail('getDevice', 418): the spec defines no detailed_error_code for 418; pass options.detailedErrorCode.",
      ),
    );
  });

  it('rejects zero times', () => {
    expect(() => mock.fail('getDevice', 500, { times: 0 })).toThrow(
      new TypeError("fail('getDevice'): times must be an integer >= 1; got 0."),
    );
  });

  it('accepts every mocked operation', () => {
    for (const operationId of mockedOperationIds()) {
      expect(() => mock.fail(operationId, 503), operationId).not.toThrow();
    }
  });

  it('rejects an operation id outside the spec', () => {
    // @ts-expect-error: the id is not an operationId of the spec, which the types catch first.
    expect(() => mock.fail('getDevices', 500)).toThrow(
      /^fail\('getDevices'\): the mock has no handler for this operation; /,
    );
  });
});
