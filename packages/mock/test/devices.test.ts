import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

useMockServer();

let regionAdmin: string;
let agency: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
  agency = await tokenFor('demo-agency');
});

const KIOSK = {
  name: 'Venteværelse kiosk 2',
  organisationCode: 'dept-emergency',
  kind: 'kiosk',
  description: "Kiosk by the emergency department's waiting room",
  metadata: { room: 'A-014' },
};

async function createKiosk(): Promise<{ id: string; loginId: string }> {
  const response = await api('/devices/v1/devices', {
    method: 'POST',
    token: regionAdmin,
    json: KIOSK,
  });
  expect(response.status).toBe(201);
  return response.json();
}

describe('device CRUD', () => {
  it('create returns the stored device', async () => {
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      json: KIOSK,
    });
    expect(response.status).toBe(201);
    const device = await response.json();
    expect(device.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(device.loginId).toMatch(/^kiosk-[a-z0-9]{8}$/);
    expect(device).toMatchObject({ ...KIOSK, status: 'active', hasPassword: false });
    expect(response.headers.get('location')).toBe(
      `http://vdx.test/devices/v1/devices/${device.id}`,
    );
  });

  it('created device can be read back', async () => {
    const created = await createKiosk();
    const response = await api(`/devices/v1/devices/${created.id}`, { token: regionAdmin });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(created);
  });

  it('create applies the default kind and status', async () => {
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      json: { name: 'Spare tablet', organisationCode: 'hospital-demo' },
    });
    const device = await response.json();
    expect(device.kind).toBe('other');
    expect(device.status).toBe('active');
    expect(device.metadata).toEqual({});
  });

  it('update changes only the fields sent', async () => {
    const created = await createKiosk();
    const response = await api(`/devices/v1/devices/${created.id}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { status: 'disabled', metadata: { floor: '2' } },
    });
    expect(response.status).toBe(200);
    const device = await response.json();
    expect(device.status).toBe('disabled');
    expect(device.metadata).toEqual({ floor: '2' });
    expect(device.name).toBe(KIOSK.name);
  });

  it('delete removes the device', async () => {
    const created = await createKiosk();
    const response = await api(`/devices/v1/devices/${created.id}`, {
      method: 'DELETE',
      token: regionAdmin,
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const read = await api(`/devices/v1/devices/${created.id}`, { token: regionAdmin });
    expect(read.status).toBe(404);
    const error = await readError(read);
    expect(error.code).toBe(4001);
    expect(error.message).toBe(`Device ${created.id} not found.`);
    expect(error.path).toBe(`/devices/v1/devices/${created.id}`);
  });

  it('password reset returns the password once', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.akutRoom}/password`, {
      method: 'POST',
      token: regionAdmin,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const credentials = await response.json();
    expect(credentials.deviceId).toBe(DEVICE.akutRoom);
    expect(credentials.loginId).toBe('room-akut-1');
    expect(credentials.password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const device = await (
      await api(`/devices/v1/devices/${DEVICE.akutRoom}`, { token: regionAdmin })
    ).json();
    expect(device.hasPassword).toBe(true);
  });
});

describe('device list', () => {
  it('lists the subtree newest first', async () => {
    const created = await createKiosk();
    const response = await api('/devices/v1/devices', { token: regionAdmin });
    expect(response.status).toBe(200);
    const page = await response.json();
    const ids = page.items.map((device: { id: string }) => device.id);
    expect(ids).toEqual([
      created.id,
      '0f5e2c1a-7b3d-4e8f-9a01-000000000003',
      DEVICE.akutTablet,
      DEVICE.akutRoom,
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('pages with limit and cursor', async () => {
    const first = await (await api('/devices/v1/devices?limit=2', { token: regionAdmin })).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (
      await api(`/devices/v1/devices?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`, {
        token: regionAdmin,
      })
    ).json();
    expect(second.items.map((device: { id: string }) => device.id)).toEqual([DEVICE.akutRoom]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by organisation, kind and text', async () => {
    const byKind = await (
      await api('/devices/v1/devices?organisationCode=dept-emergency&kind=tablet', {
        token: regionAdmin,
      })
    ).json();
    expect(byKind.items.map((device: { id: string }) => device.id)).toEqual([DEVICE.akutTablet]);
    const byText = await (
      await api('/devices/v1/devices?q=KONFERENCE', { token: regionAdmin })
    ).json();
    expect(byText.items.map((device: { loginId: string }) => device.loginId)).toEqual([
      'room-hospital-conf',
    ]);
  });

  it('limit above 200 answers 400 with 1003', async () => {
    const response = await api('/devices/v1/devices?limit=500', { token: regionAdmin });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1003);
    expect(error.message).toBe('query parameter limit: must be <= 200');
  });

  it('foreign cursor answers 400 with 1003', async () => {
    const response = await api('/devices/v1/devices?cursor=abc', { token: regionAdmin });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1003);
    expect(error.message).toBe(
      'query parameter cursor: abc is not a cursor that this list returned; omit it to read the first page.',
    );
  });
});

describe('request validation', () => {
  async function createWith(json: unknown) {
    const response = await api('/devices/v1/devices', { method: 'POST', token: regionAdmin, json });
    expect(response.status).toBe(400);
    return readError(response);
  }

  it('missing name answers 1001 naming the field', async () => {
    const error = await createWith({ organisationCode: 'dept-emergency' });
    expect(error.code).toBe(1001);
    expect(error.message).toBe("/name: must have required property 'name'");
    expect(error.error).toBe('Bad Request');
  });

  it('wrong type answers 1001 naming the field', async () => {
    const error = await createWith({ name: 42, organisationCode: 'dept-emergency' });
    expect(error.code).toBe(1001);
    expect(error.message).toBe('/name: must be string');
  });

  it('unknown kind lists allowed values', async () => {
    const error = await createWith({ name: 'X', organisationCode: 'dept-emergency', kind: 'fax' });
    expect(error.message).toBe(
      '/kind: must be one of: room-system, tablet, phone, kiosk, browser, other',
    );
  });

  it('unknown property answers 1001', async () => {
    const error = await createWith({
      name: 'X',
      organisationCode: 'dept-emergency',
      colour: 'red',
    });
    expect(error.code).toBe(1001);
    expect(error.message).toBe('/colour: is an unknown property');
  });

  it('non-string metadata value answers 1001', async () => {
    const error = await createWith({
      name: 'X',
      organisationCode: 'dept-emergency',
      metadata: { room: 14 },
    });
    expect(error.message).toBe('/metadata/room: must be string');
  });

  it('empty update answers 1001', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.akutRoom}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: {},
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe('/: must NOT have fewer than 1 properties');
  });

  it('empty body answers 1002', async () => {
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1002);
    expect(error.message).toBe('The request body is empty; send a JSON object.');
  });

  it('malformed JSON answers 1002', async () => {
    const broken = await fetch('http://vdx.test/devices/v1/devices', {
      method: 'POST',
      headers: { Authorization: `Bearer ${regionAdmin}`, 'Content-Type': 'application/json' },
      body: '{"name": }',
    });
    expect(broken.status).toBe(400);
    const error = await readError(broken);
    expect(error.code).toBe(1002);
    expect(error.message).toMatch(/^The request body is not valid JSON: /);
  });

  it('text body answers 415 with 1005', async () => {
    const response = await fetch('http://vdx.test/devices/v1/devices', {
      method: 'POST',
      headers: { Authorization: `Bearer ${regionAdmin}`, 'Content-Type': 'text/plain' },
      body: 'name=X',
    });
    expect(response.status).toBe(415);
    const error = await readError(response);
    expect(error.code).toBe(1005);
    expect(error.message).toBe('Content-Type text/plain is not supported; send application/json.');
  });

  it('non-UUID device id answers 1004', async () => {
    const response = await api('/devices/v1/devices/not-a-uuid', { token: regionAdmin });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1004);
    expect(error.message).toBe('path parameter deviceId: must match format "uuid"');
  });
});

describe('authentication and roles', () => {
  it('no token answers 401 with 2001', async () => {
    const response = await api('/devices/v1/devices');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="vdx"');
    const error = await readError(response);
    expect(error.code).toBe(2001);
    expect(error.message).toBe(
      'The request has no bearer token. Send Authorization: Bearer <access token> with a token from the realm vdx.',
    );
  });

  it('unknown token answers 401 with 2002', async () => {
    const response = await api('/devices/v1/devices', { token: 'mock.demo-region-admin.999999' });
    expect(response.status).toBe(401);
    const error = await readError(response);
    expect(error.code).toBe(2002);
    expect(error.message).toBe(
      'The access token was not issued by the realm vdx. Request a new token.',
    );
  });

  it('missing role answers 403 with 3001', async () => {
    const response = await api('/devices/v1/devices', { token: agency });
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe(3001);
    expect(error.message).toBe(
      'This operation needs one of the roles device-admin; the token has meeting-user.',
    );
  });

  it('echoes the request id', async () => {
    const response = await api('/devices/v1/devices', {
      token: regionAdmin,
      headers: { 'X-Request-Id': 'test-request-1' },
    });
    expect(response.headers.get('x-request-id')).toBe('test-request-1');
  });

  it('generates a missing request id', async () => {
    const response = await api('/devices/v1/devices', { token: regionAdmin });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('idempotency keys', () => {
  it('repeated key returns first device', async () => {
    const request = {
      method: 'POST',
      token: regionAdmin,
      json: KIOSK,
      headers: { 'Idempotency-Key': 'create-kiosk-1' },
    };
    const first = await (await api('/devices/v1/devices', request)).json();
    const repeat = await api('/devices/v1/devices', request);
    expect(repeat.status).toBe(201);
    expect(await repeat.json()).toEqual(first);
    const list = await (
      await api('/devices/v1/devices?q=kiosk%202', { token: regionAdmin })
    ).json();
    expect(list.items).toHaveLength(1);
  });

  it('reused key for new body answers 5002', async () => {
    const headers = { 'Idempotency-Key': 'create-kiosk-2' };
    await api('/devices/v1/devices', { method: 'POST', token: regionAdmin, json: KIOSK, headers });
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      json: { ...KIOSK, name: 'Another kiosk' },
      headers,
    });
    expect(response.status).toBe(409);
    const error = await readError(response);
    expect(error.code).toBe(5002);
    expect(error.message).toBe(
      'Idempotency-Key create-kiosk-2 was already used for a different request. Send a new key for a new request.',
    );
  });
});

describe('metadata names', () => {
  it('slash in a metadata key is escaped', async () => {
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      json: { name: 'X', organisationCode: 'dept-emergency', metadata: { 'room/bed': 7 } },
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe('/metadata/room~1bed: must be string');
  });

  it('prototype names are plain properties', async () => {
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      json: { name: 'X', organisationCode: 'dept-emergency', constructor: 'x' },
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe('/constructor: is an unknown property');
  });
});
