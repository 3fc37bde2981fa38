import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

let clock = new Date('2026-12-04T09:00:00Z');
useMockServer({ now: () => clock });

let regionAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
});

async function resetPassword(deviceId: string): Promise<{ loginId: string; password: string }> {
  const response = await api(`/devices/v1/devices/${deviceId}/password`, {
    method: 'POST',
    token: regionAdmin,
  });
  const { loginId, password } = await response.json();
  return { loginId, password };
}

async function createLink(deviceId: string, json?: unknown) {
  return api(`/devices/v1/devices/${deviceId}/login-links`, {
    method: 'POST',
    token: regionAdmin,
    json,
  });
}

function login(json: unknown) {
  return api('/devices/v1/login', { method: 'POST', json });
}

function oneClick(code: string) {
  return api('/devices/v1/login/one-click', { method: 'POST', json: { code } });
}

describe('password login', () => {
  it('returns a device token', async () => {
    const credentials = await resetPassword(DEVICE.akutRoom);
    const response = await login(credentials);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body.access_token).toMatch(new RegExp(`^mock-device\\.${DEVICE.akutRoom}\\.\\d+$`));
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(300);
  });

  it('wrong password answers 401 with 2004', async () => {
    const { loginId } = await resetPassword(DEVICE.akutRoom);
    const response = await login({ loginId, password: 'wrong' });
    expect(response.status).toBe(401);
    const error = await readError(response);
    expect(error.code).toBe(2004);
    expect(error.message).toBe(
      'The login id or password is wrong, or the device is disabled. Check the credentials or reset the device password.',
    );
  });

  it('previous password stops working after a reset', async () => {
    const first = await resetPassword(DEVICE.akutRoom);
    await resetPassword(DEVICE.akutRoom);
    const response = await login(first);
    expect(response.status).toBe(401);
  });

  it('device without a password cannot log in', async () => {
    const response = await login({ loginId: 'room-akut-1', password: 'anything' });
    expect(response.status).toBe(401);
    expect((await readError(response)).code).toBe(2004);
  });

  it('disabled device answers 401 with 2004', async () => {
    const credentials = await resetPassword(DEVICE.akutRoom);
    await api(`/devices/v1/devices/${DEVICE.akutRoom}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { status: 'disabled' },
    });
    const response = await login(credentials);
    expect(response.status).toBe(401);
    expect((await readError(response)).code).toBe(2004);
  });

  it('missing password answers 400 with 1001', async () => {
    const response = await login({ loginId: 'room-akut-1' });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe(
      "/password: must have required property 'password'",
    );
  });
});

describe('one-click login', () => {
  it('link carries the code and its expiry', async () => {
    const response = await createLink(DEVICE.akutTablet, { expiresInSeconds: 600 });
    expect(response.status).toBe(201);
    const link = await response.json();
    expect(link.deviceId).toBe(DEVICE.akutTablet);
    expect(link.url).toBe(`http://vdx.test/devices/v1/login/one-click#code=${link.code}`);
    expect(link.expiresAt).toBe(new Date(clock.getTime() + 600_000).toISOString());
  });

  it('link lifetime defaults to 900 seconds', async () => {
    const link = await (await createLink(DEVICE.akutTablet)).json();
    expect(link.expiresAt).toBe(new Date(clock.getTime() + 900_000).toISOString());
  });

  it('short link lifetime answers 1001', async () => {
    const response = await createLink(DEVICE.akutTablet, { expiresInSeconds: 10 });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe('/expiresInSeconds: must be >= 60');
  });

  it('code logs the device in once', async () => {
    const link = await (await createLink(DEVICE.akutTablet)).json();
    const first = await oneClick(link.code);
    expect(first.status).toBe(200);
    expect((await first.json()).access_token).toMatch(/^mock-device\./);
    const second = await oneClick(link.code);
    expect(second.status).toBe(401);
    const error = await readError(second);
    expect(error.code).toBe(2005);
    expect(error.message).toBe(
      'The one-click code is unknown, spent or expired. Create a new login link for the device.',
    );
  });

  it('expired code answers 401 with 2005', async () => {
    const link = await (await createLink(DEVICE.akutTablet, { expiresInSeconds: 60 })).json();
    clock = new Date(clock.getTime() + 60_000);
    const response = await oneClick(link.code);
    expect(response.status).toBe(401);
    expect((await readError(response)).code).toBe(2005);
  });
});
