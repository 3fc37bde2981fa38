import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor } from './helpers.js';

let server: RunningServer;
let admin: string;

beforeAll(async () => {
  server = await startDemoServer();
  admin = await tokenFor(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

const DEVICE = `/devices/v1/devices/${DEMO_DEVICE.deptRoom}`;
const JSON_TYPE = { 'content-type': 'application/json' };

interface Case {
  name: string;
  method: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
  auth?: boolean;
  status: number;
  code: number;
}

const CASES: Case[] = [
  {
    name: 'truncated JSON',
    method: 'POST',
    path: '/devices/v1/devices',
    body: '{',
    headers: JSON_TYPE,
    status: 400,
    code: 1002,
  },
  {
    name: 'JSON null',
    method: 'POST',
    path: '/devices/v1/devices',
    body: 'null',
    headers: JSON_TYPE,
    status: 400,
    code: 1001,
  },
  {
    name: 'JSON string',
    method: 'PATCH',
    path: DEVICE,
    body: '"x"',
    headers: JSON_TYPE,
    status: 400,
    code: 1001,
  },
  {
    name: 'deep nesting',
    method: 'PATCH',
    path: DEVICE,
    body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
    headers: JSON_TYPE,
    status: 400,
    code: 1001,
  },
  {
    name: 'deeply nested content',
    method: 'POST',
    path: `${DEVICE}/messages`,
    body: `{"subject":"s","body":"b","content":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
    headers: JSON_TYPE,
    status: 400,
    code: 1001,
  },
  {
    name: 'binary body',
    method: 'POST',
    path: '/devices/v1/devices',
    body: '\u0000\u0001\u0002',
    headers: JSON_TYPE,
    status: 400,
    code: 1002,
  },
  {
    name: 'XML body',
    method: 'POST',
    path: '/devices/v1/devices',
    body: '<device/>',
    headers: { 'content-type': 'application/xml' },
    status: 415,
    code: 1005,
  },
  {
    name: 'body without content type',
    method: 'POST',
    path: '/devices/v1/devices',
    body: '{}',
    headers: {},
    status: 415,
    code: 1005,
  },
  {
    name: '__proto__ property',
    method: 'PATCH',
    path: DEVICE,
    body: '{"__proto__":{"admin":true}}',
    headers: JSON_TYPE,
    status: 400,
    code: 1001,
  },
  {
    name: '__proto__ query',
    method: 'GET',
    path: '/devices/v1/devices?__proto__=x',
    status: 400,
    code: 1003,
  },
  {
    name: 'huge limit',
    method: 'GET',
    path: '/devices/v1/devices?limit=99999999999999999999',
    status: 400,
    code: 1003,
  },
  {
    name: 'negative limit',
    method: 'GET',
    path: '/devices/v1/devices?limit=-1',
    status: 400,
    code: 1003,
  },
  {
    name: 'fractional limit',
    method: 'GET',
    path: '/devices/v1/devices?limit=1.5',
    status: 400,
    code: 1003,
  },
  { name: 'empty q', method: 'GET', path: '/devices/v1/devices?q=', status: 400, code: 1003 },
  {
    name: 'garbage cursor',
    method: 'GET',
    path: '/devices/v1/devices?cursor=%%%',
    status: 400,
    code: 1003,
  },
  {
    name: 'SQL in q',
    method: 'GET',
    path: '/devices/v1/devices?q=%27%20OR%201%3D1%20--',
    status: 200,
    code: 0,
  },
  {
    name: 'encoded slash in id',
    method: 'GET',
    path: '/devices/v1/devices/a%2Fb',
    status: 400,
    code: 1004,
  },
  { name: 'uuid with trailing text', method: 'GET', path: `${DEVICE}x`, status: 400, code: 1004 },
  {
    name: 'realm with a dollar',
    method: 'GET',
    path: '/realms/bad$realm/.well-known/openid-configuration',
    auth: false,
    status: 400,
    code: 1004,
  },
  {
    name: 'Bearer without token',
    method: 'GET',
    path: '/devices/v1/devices',
    headers: { authorization: 'Bearer ' },
    auth: false,
    status: 401,
    code: 2002,
  },
  {
    name: 'token with spaces',
    method: 'GET',
    path: '/devices/v1/devices',
    headers: { authorization: 'Bearer a b c' },
    auth: false,
    status: 401,
    code: 2002,
  },
  {
    name: 'unsigned JWT',
    method: 'GET',
    path: '/devices/v1/devices',
    headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    auth: false,
    status: 401,
    code: 2002,
  },
  {
    name: 'OPTIONS method',
    method: 'OPTIONS',
    path: '/devices/v1/devices',
    status: 405,
    code: 4005,
  },
  {
    name: 'unknown method on unknown path',
    method: 'PATCH',
    path: '/nothing/here',
    status: 404,
    code: 4003,
  },
];

describe('malformed requests', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const headers: Record<string, string> = { ...testCase.headers };
    if (testCase.auth !== false) headers.authorization = `Bearer ${admin}`;
    const response = await fetch(server.url + testCase.path, {
      method: testCase.method,
      headers,
      body: testCase.body,
    });
    expect(response.status).toBe(testCase.status);
    if (testCase.code !== 0) {
      const body = await response.json();
      expect(body.detailed_error_code).toBe(testCase.code);
      expect(body.status).toBe(testCase.status);
    }
  });

  it('no malformed request gets a 500', async () => {
    const statuses = await Promise.all(
      CASES.map(async (testCase) => {
        const response = await fetch(server.url + testCase.path, {
          method: testCase.method,
          headers: { authorization: `Bearer ${admin}`, ...testCase.headers },
          body: testCase.body,
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });

  it('an item with a __proto__ key does not change other objects', async () => {
    const reply = await send(server, 'POST', `${DEVICE}/messages`, {
      token: admin,
      body: '{"subject":"s","body":"b","content":{"__proto__":{"polluted":true}}}',
      headers: JSON_TYPE,
    });
    expect(reply.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
