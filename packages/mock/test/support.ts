/**
 * Helpers shared by the mock's tests: an MSW server per test file and plain-fetch requests.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createVdxMock, type VdxMock, type VdxMockOptions } from '../src/index.js';
import { checkMockResponse, findOperationId } from './contract/response-check.js';

export const BASE_URL = 'http://vdx.test';
export const TOKEN_URL = `${BASE_URL}/realms/vdx/protocol/openid-connect/token`;

/** Ids of demo devices that the tests use. */
export const DEVICE = {
  /** `room-akut-1` in dept-emergency (region-demo's subtree). */
  akutRoom: '0f5e2c1a-7b3d-4e8f-9a01-000000000001',
  /** `tablet-akut-1` in dept-emergency. */
  akutTablet: '0f5e2c1a-7b3d-4e8f-9a01-000000000002',
  /** `kiosk-centre-nord` in centre-nord (kommune-demo's subtree). */
  centreKiosk: '0f5e2c1a-7b3d-4e8f-9a01-000000000004',
} as const;

/**
 * Creates a mock served by an MSW server for the current test file. Unhandled requests fail
 * the test, every response is checked against the spec after each test, and the mock is reset
 * after each test.
 */
export function useMockServer(options: VdxMockOptions = {}): VdxMock {
  const mock = createVdxMock(options);
  const server = setupServer(...mock.handlers);
  const basePath = new URL(options.baseUrl ?? BASE_URL).pathname.replace(/\/+$/, '');
  const checks: Promise<string | undefined>[] = [];
  // Failures scheduled with fail() may use any status on purpose, so their responses are not
  // checked against the spec.
  const injected: string[] = [];
  const fail = mock.fail.bind(mock);
  mock.fail = (operationId, status, failureOptions) => {
    fail(operationId, status, failureOptions);
    for (let call = 0; call < (failureOptions?.times ?? 1); call += 1) {
      injected.push(`${operationId} ${status}`);
    }
  };
  server.events.on('response:mocked', ({ request, response }) => {
    const operationId = findOperationId(request, basePath);
    if (!operationId) return;
    const index = injected.indexOf(`${operationId} ${response.status}`);
    if (index >= 0) {
      injected.splice(index, 1);
      return;
    }
    checks.push(checkMockResponse(operationId, response));
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    const mismatches = (await Promise.all(checks.splice(0))).filter(Boolean);
    injected.splice(0);
    mock.reset();
    expect(mismatches, 'mock responses that break the spec').toEqual([]);
  });
  afterAll(() => server.close());
  return mock;
}

/** Requests a client-credentials token for a demo client (secret = client id + `-secret`). */
export async function tokenFor(clientId: string): Promise<string> {
  const response = await fetch(TOKEN_URL, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: `${clientId}-secret`,
    }),
  });
  if (response.status !== 200) {
    throw new Error(`Token request for ${clientId} failed with ${response.status}.`);
  }
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** Options of `api()`. */
export interface ApiRequest {
  method?: string;
  token?: string;
  /** Sent as JSON with `Content-Type: application/json`. */
  json?: unknown;
  headers?: Record<string, string>;
}

/** Sends a request to the mock's API with an optional bearer token and JSON body. */
export function api(path: string, request: ApiRequest = {}): Promise<Response> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.token) {
    headers.Authorization = `Bearer ${request.token}`;
  }
  let body: string | undefined;
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.json);
  }
  return fetch(`${BASE_URL}${path}`, { method: request.method ?? 'GET', headers, body });
}

/** Reads a VDX error body and returns its code and message. */
export async function readError(
  response: Response,
): Promise<{ code: number; message: string; path: string; error: string }> {
  const body = (await response.json()) as {
    detailed_error_code: number;
    detailed_error: string;
    path: string;
    error: string;
  };
  return {
    code: body.detailed_error_code,
    message: body.detailed_error,
    path: body.path,
    error: body.error,
  };
}
