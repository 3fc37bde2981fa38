import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, createApp, createAppContext, type RunningServer } from '../src/index.js';
import { sha256Hex } from '../src/services/secrets.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor } from './helpers.js';

const LOGIN = '/devices/v1/login';
const ONE_CLICK = '/devices/v1/login/one-click';

let server: RunningServer;
let region: string;

beforeAll(async () => {
  server = await startDemoServer();
  region = await tokenFor(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

async function resetPassword(deviceId: string) {
  const reply = await send(server, 'POST', `/devices/v1/devices/${deviceId}/password`, {
    token: region,
  });
  return { loginId: reply.body.loginId as string, password: reply.body.password as string };
}

describe('password login', () => {
  it('issues a device token with the device role', async () => {
    const { loginId, password } = await resetPassword(DEMO_DEVICE.deptRoom);
    const reply = await send(server, 'POST', LOGIN, { json: { loginId, password } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body.token_type).toBe('Bearer');
    expect(reply.body.refresh_token).toBeUndefined();
    const claims = decodeJwt(reply.body.access_token);
    expect(claims.sub).toBe(DEMO_DEVICE.deptRoom);
    expect(claims['dk:medcom:device_id']).toBe(DEMO_DEVICE.deptRoom);
    expect(claims['dk:medcom:video:role']).toEqual(['device']);
    expect(claims['dk:medcom:organisation_id']).toBe('dept-emergency');
  });

  it('rejects a wrong password with code 2004', async () => {
    const { loginId } = await resetPassword(DEMO_DEVICE.deptRoom);
    const reply = await send(server, 'POST', LOGIN, {
      json: { loginId, password: 'wrong-password' },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2004);
    expect(reply.body.detailed_error).toBe('Invalid login id or password.');
  });

  it('rejects an unknown login id like a wrong password', async () => {
    const reply = await send(server, 'POST', LOGIN, { json: { loginId: 'nobody', password: 'x' } });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error).toBe('Invalid login id or password.');
  });

  it('rejects a device that never got a password', async () => {
    const reply = await send(server, 'POST', LOGIN, {
      json: { loginId: 'browser-agency-1', password: 'x' },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2004);
  });

  it('rejects the previous password after a reset', async () => {
    const old = await resetPassword(DEMO_DEVICE.deptTablet);
    await resetPassword(DEMO_DEVICE.deptTablet);
    const reply = await send(server, 'POST', LOGIN, { json: old });
    expect(reply.status).toBe(401);
  });

  it('rejects a disabled device', async () => {
    const created = await send(server, 'POST', '/devices/v1/devices', {
      token: region,
      json: { name: 'Disabled', organisationCode: 'dept-emergency', status: 'disabled' },
    });
    const credentials = await resetPassword(created.body.id);
    const reply = await send(server, 'POST', LOGIN, { json: credentials });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2004);
    expect(reply.body.detailed_error).toBe(
      `Device ${created.body.id} is disabled; enable it before logging in.`,
    );
  });

  it('does not echo a password in a validation error', async () => {
    const reply = await send(server, 'POST', LOGIN, { json: { loginId: 'x', password: 12345 } });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('/password: must be string');
  });
});

describe('one-click login', () => {
  async function link(deviceId: string) {
    const reply = await send(server, 'POST', `/devices/v1/devices/${deviceId}/login-links`, {
      token: region,
      json: { expiresInSeconds: 600 },
    });
    return reply.body as { code: string; url: string };
  }

  it('logs the device in once', async () => {
    const { code } = await link(DEMO_DEVICE.hospitalRoom);
    const reply = await send(server, 'POST', ONE_CLICK, { json: { code } });
    expect(reply.status).toBe(200);
    expect(decodeJwt(reply.body.access_token)['dk:medcom:device_id']).toBe(
      DEMO_DEVICE.hospitalRoom,
    );

    const again = await send(server, 'POST', ONE_CLICK, { json: { code } });
    expect(again.status).toBe(401);
    expect(again.body.detailed_error_code).toBe(2005);
    expect(again.body.detailed_error).toBe(
      'The one-click code was already used. Create a new login link.',
    );
  });

  it('spends a code once under concurrent use', async () => {
    const { code } = await link(DEMO_DEVICE.hospitalRoom);
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => send(server, 'POST', ONE_CLICK, { json: { code } })),
    );
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1);
    expect(replies.filter((reply) => reply.status === 401)).toHaveLength(7);
  });

  it('rejects an unknown code', async () => {
    const reply = await send(server, 'POST', ONE_CLICK, { json: { code: 'not-a-code' } });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error).toBe(
      'The one-click code is unknown. Create a new login link.',
    );
  });

  it('rejects a missing code', async () => {
    const reply = await send(server, 'POST', ONE_CLICK, { json: {} });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe("/code: must have required property 'code'");
  });
});

describe('one-click expiry', () => {
  let context: AppContext;

  beforeAll(async () => {
    context = await createAppContext({ db: ':memory:', seed: 'demo', logger: false });
  });

  afterAll(() => {
    context.close();
  });

  it('rejects an expired code naming when it expired', async () => {
    const app = createApp(context);
    const expiresAt = Date.parse('2026-01-01T08:00:00Z');
    await context.store.insertLoginCode({
      codeHash: sha256Hex('expired-code'),
      deviceId: DEMO_DEVICE.deptRoom,
      expiresAt,
      usedAt: null,
    });
    const response = await app.request(ONE_CLICK, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'expired-code' }),
    });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.detailed_error_code).toBe(2005);
    expect(body.detailed_error).toBe(
      'The one-click code expired at 2026-01-01T08:00:00Z. Create a new login link.',
    );
  });
});
