import { setTimeout as sleep } from 'node:timers/promises';
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

describe('bearer authentication', () => {
  it('missing token returns 401 with code 2001', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices');
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2001);
    expect(reply.body.detailed_error).toBe(
      'The request has no bearer token; send Authorization: Bearer <access token>.',
    );
    expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="vdx"');
  });

  it('malformed token returns 401 with code 2002', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices', { token: 'abc.def.ghi' });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2002);
    expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="vdx", error="invalid_token"');
  });

  it('non-bearer scheme returns 401 with code 2002', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices', {
      headers: { authorization: 'Basic YTpi' },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2002);
  });

  it('token of another server returns 401 with code 2002', async () => {
    const other = await startDemoServer();
    try {
      const foreign = await tokenFor(other, 'demo-region-admin');
      const reply = await send(server, 'GET', '/devices/v1/devices', { token: foreign });
      expect(reply.status).toBe(401);
      expect(reply.body.detailed_error_code).toBe(2002);
    } finally {
      await other.close();
    }
  });

  it('expired token returns 401 with code 2003 and its expiry', async () => {
    const shortLived = await startDemoServer({ accessTokenTtlSeconds: 1 });
    try {
      const token = await tokenFor(shortLived, 'demo-region-admin');
      const first = await send(shortLived, 'GET', '/devices/v1/devices', { token });
      expect(first.status).toBe(200);
      await sleep(2100);
      const reply = await send(shortLived, 'GET', '/devices/v1/devices', { token });
      expect(reply.status).toBe(401);
      expect(reply.body.detailed_error_code).toBe(2003);
      expect(reply.body.detailed_error).toMatch(
        /^The access token expired at \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\. Request a new token\.$/,
      );
      expect(reply.headers.get('www-authenticate')).toContain('error="invalid_token"');
    } finally {
      await shortLived.close();
    }
  });

  it('missing role returns 403 naming needed and held roles', async () => {
    const user = await tokenFor(server, 'demo-agency');
    const reply = await send(server, 'GET', `/devices/v1/devices/${DEMO_DEVICE.agencyBrowser}`, {
      token: user,
    });
    expect(reply.status).toBe(403);
    expect(reply.body.detailed_error_code).toBe(3001);
    expect(reply.body.detailed_error).toBe(
      'This operation needs one of the roles device-admin; the token has meeting-user.',
    );
  });

  it('meeting-planner cannot list devices', async () => {
    const planner = await tokenFor(server, 'demo-centre-planner');
    const reply = await send(server, 'GET', '/devices/v1/devices', { token: planner });
    expect(reply.status).toBe(403);
    expect(reply.body.detailed_error_code).toBe(3001);
  });
});

describe('request ids', () => {
  it('echoes a safe X-Request-Id', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices', {
      token: admin,
      headers: { 'x-request-id': 'client-42.a:b_c' },
    });
    expect(reply.headers.get('x-request-id')).toBe('client-42.a:b_c');
  });

  it('replaces an unsafe X-Request-Id', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices', {
      token: admin,
      headers: { 'x-request-id': 'bad id<script>' },
    });
    const id = reply.headers.get('x-request-id');
    expect(id).not.toBe('bad id<script>');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replaces an X-Request-Id over 200 characters', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices', {
      token: admin,
      headers: { 'x-request-id': 'a'.repeat(201) },
    });
    expect(reply.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('error responses carry a request id', async () => {
    const reply = await send(server, 'GET', '/devices/v1/devices');
    expect(reply.status).toBe(401);
    expect(reply.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('routing errors', () => {
  it('unknown path returns 404 with code 4003', async () => {
    const reply = await send(server, 'GET', '/devices/v2/nothing', { token: admin });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({
      error: 'Not Found',
      path: '/devices/v2/nothing',
      status: 404,
      detailed_error: 'No route matches GET /devices/v2/nothing.',
      detailed_error_code: 4003,
    });
    expect(Date.parse(reply.body.timestamp)).not.toBeNaN();
  });

  it('wrong method returns 405 with Allow', async () => {
    const reply = await send(server, 'PUT', `/devices/v1/devices/${DEMO_DEVICE.deptRoom}`, {
      token: admin,
    });
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('DELETE, GET, HEAD, PATCH');
    expect(reply.body.detailed_error_code).toBe(4005);
  });

  it('GET on the token endpoint returns 405', async () => {
    const reply = await send(server, 'GET', '/realms/vdx/protocol/openid-connect/token');
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('POST');
  });
});
