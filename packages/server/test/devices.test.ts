import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import {
  DEMO_DEVICE,
  meeting,
  send,
  startDemoServer,
  tokenFor,
  UNKNOWN_DEVICE,
} from './helpers.js';

const DEVICES = '/devices/v1/devices';

let server: RunningServer;
let region: string;
let kommune: string;

beforeAll(async () => {
  server = await startDemoServer();
  region = await tokenFor(server, 'demo-region-admin');
  kommune = await tokenFor(server, 'demo-kommune-admin');
});

afterAll(async () => {
  await server.close();
});

async function createDevice(token: string, body: unknown) {
  return send(server, 'POST', DEVICES, { token, json: body });
}

describe('create device', () => {
  it('stores the device with defaults and a generated login id', async () => {
    const reply = await createDevice(region, {
      name: 'Kiosk A',
      organisationCode: 'dept-emergency',
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('location')).toBe(`${DEVICES}/${reply.body.id}`);
    expect(reply.body).toMatchObject({
      name: 'Kiosk A',
      organisationCode: 'dept-emergency',
      kind: 'other',
      status: 'active',
      hasPassword: false,
      metadata: {},
    });
    expect(reply.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.body.loginId).toMatch(/^other-[a-z2-9]{8}$/);
    expect(reply.body.createdTime).toBe(reply.body.updatedTime);
  });

  it('derives the login id from the kind', async () => {
    const reply = await createDevice(region, {
      name: 'Kiosk B',
      organisationCode: 'hospital-demo',
      kind: 'kiosk',
      description: 'By the entrance',
      metadata: { room: 'A-014' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.loginId).toMatch(/^kiosk-[a-z2-9]{8}$/);
    expect(reply.body.description).toBe('By the entrance');
    expect(reply.body.metadata).toEqual({ room: 'A-014' });
  });

  it('rejects a missing name', async () => {
    const reply = await createDevice(region, { organisationCode: 'dept-emergency' });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1001);
    expect(reply.body.detailed_error).toBe("/name: must have required property 'name'");
  });

  it('rejects a name of the wrong type', async () => {
    const reply = await createDevice(region, { name: 5, organisationCode: 'dept-emergency' });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('/name: must be string (got 5)');
  });

  it('rejects an unknown property', async () => {
    const reply = await createDevice(region, {
      name: 'x',
      organisationCode: 'dept-emergency',
      colour: 'red',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('/colour: is not an allowed property');
  });

  it('rejects an unknown kind listing the allowed ones', async () => {
    const reply = await createDevice(region, {
      name: 'x',
      organisationCode: 'dept-emergency',
      kind: 'toaster',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe(
      '/kind: must be one of room-system, tablet, phone, kiosk, browser, other (got "toaster")',
    );
  });

  it('rejects a metadata value that is not a string', async () => {
    const reply = await createDevice(region, {
      name: 'x',
      organisationCode: 'dept-emergency',
      metadata: { floor: 2 },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('/metadata/floor: must be string (got 2)');
  });

  it('rejects malformed JSON with code 1002', async () => {
    const reply = await send(server, 'POST', DEVICES, {
      token: region,
      body: '{"name": "x",',
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1002);
    expect(reply.body.detailed_error).toMatch(/^The request body is not valid JSON: /);
  });

  it('rejects a non-JSON content type with 415', async () => {
    const reply = await send(server, 'POST', DEVICES, {
      token: region,
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(reply.status).toBe(415);
    expect(reply.body.detailed_error_code).toBe(1005);
    expect(reply.body.detailed_error).toBe(
      'Content-Type text/plain is not supported; send application/json.',
    );
  });

  it('rejects an empty body', async () => {
    const reply = await send(server, 'POST', DEVICES, {
      token: region,
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('The request body is missing; send a JSON object.');
  });

  it('rejects a body that is not an object', async () => {
    const reply = await createDevice(region, [1, 2]);
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('The request body: must be object');
  });

  it('returns 404 for an organisation outside the subtree', async () => {
    const reply = await createDevice(kommune, { name: 'x', organisationCode: 'hospital-demo' });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4002);
    expect(reply.body.detailed_error).toBe('Organisation hospital-demo not found.');
  });

  it('returns 404 for an unknown organisation', async () => {
    const reply = await createDevice(region, { name: 'x', organisationCode: 'nowhere' });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4002);
  });

  it('returns 413 for a body over 1 MiB', async () => {
    const reply = await createDevice(region, {
      name: 'x',
      organisationCode: 'dept-emergency',
      description: 'x'.repeat(1024 * 1024),
    });
    expect(reply.status).toBe(413);
    expect(reply.body.detailed_error_code).toBe(1008);
    expect(reply.body.detailed_error).toBe(
      'The request body is larger than 1048576 bytes (1 MiB); send a smaller body.',
    );
  });
});

describe('read device', () => {
  it('returns a demo device', async () => {
    const reply = await send(server, 'GET', `${DEVICES}/${DEMO_DEVICE.deptRoom}`, {
      token: region,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      id: DEMO_DEVICE.deptRoom,
      loginId: 'room-akut-1',
      organisationCode: 'dept-emergency',
      kind: 'room-system',
    });
  });

  it('returns 404 for an unknown id', async () => {
    const reply = await send(server, 'GET', `${DEVICES}/${UNKNOWN_DEVICE}`, { token: region });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4001);
    expect(reply.body.detailed_error).toBe(`Device ${UNKNOWN_DEVICE} not found.`);
  });

  it('returns 400 for an id that is not a uuid', async () => {
    const reply = await send(server, 'GET', `${DEVICES}/kiosk-1`, { token: region });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1004);
    expect(reply.body.detailed_error).toBe('/deviceId: must match format "uuid" (got "kiosk-1")');
  });
});

describe('list devices', () => {
  it('region admin sees hospital and department devices only', async () => {
    const reply = await send(server, 'GET', `${DEVICES}?limit=200`, { token: region });
    expect(reply.status).toBe(200);
    const ids = reply.body.items.map((device: { id: string }) => device.id);
    expect(ids).toContain(DEMO_DEVICE.deptRoom);
    expect(ids).toContain(DEMO_DEVICE.hospitalRoom);
    expect(ids).not.toContain(DEMO_DEVICE.kommuneTablet);
    expect(ids).not.toContain(DEMO_DEVICE.supplierRoom);
    const orgs = new Set(
      reply.body.items.map((d: { organisationCode: string }) => d.organisationCode),
    );
    expect(
      [...orgs].every((code) => ['hospital-demo', 'dept-emergency'].includes(String(code))),
    ).toBe(true);
  });

  it('lists newest first', async () => {
    const created = await createDevice(kommune, {
      name: 'Newest',
      organisationCode: 'centre-nord',
    });
    const reply = await send(server, 'GET', DEVICES, { token: kommune });
    expect(reply.body.items[0].id).toBe(created.body.id);
  });

  it('filters by organisation subtree, kind and status', async () => {
    const byOrg = await send(
      server,
      'GET',
      `${DEVICES}?organisationCode=dept-emergency&kind=tablet`,
      {
        token: region,
      },
    );
    expect(byOrg.status).toBe(200);
    expect(byOrg.body.items.map((d: { id: string }) => d.id)).toEqual([DEMO_DEVICE.deptTablet]);

    const disabled = await send(server, 'GET', `${DEVICES}?status=disabled`, { token: region });
    expect(disabled.body.items).toEqual([]);
  });

  it('searches name, description and login id without case', async () => {
    const byName = await send(server, 'GET', `${DEVICES}?q=AKUTMODTAGELSE%20TABLET`, {
      token: region,
    });
    expect(byName.body.items.map((d: { id: string }) => d.id)).toEqual([DEMO_DEVICE.deptTablet]);
    const byLogin = await send(server, 'GET', `${DEVICES}?q=room-hospital`, { token: region });
    expect(byLogin.body.items.map((d: { id: string }) => d.id)).toEqual([DEMO_DEVICE.hospitalRoom]);
    const unicode = await createDevice(region, {
      name: 'VENTEVÆRELSE kiosk',
      organisationCode: 'hospital-demo',
    });
    const byUnicode = await send(
      server,
      'GET',
      `${DEVICES}?q=${encodeURIComponent('venteværelse')}`,
      {
        token: region,
      },
    );
    expect(byUnicode.body.items.map((d: { id: string }) => d.id)).toEqual([unicode.body.id]);
  });

  it('pages with a cursor that survives inserts between pages', async () => {
    const own = await startDemoServer();
    try {
      const token = await tokenFor(own, 'demo-supplier');
      const created: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const reply = await send(own, 'POST', DEVICES, {
          token,
          json: { name: `Paged ${i}`, organisationCode: 'supplier-demo' },
        });
        created.push(reply.body.id);
      }
      const first = await send(own, 'GET', `${DEVICES}?limit=2`, { token });
      expect(first.body.items.map((d: { id: string }) => d.id)).toEqual([created[3], created[2]]);
      expect(typeof first.body.nextCursor).toBe('string');

      await send(own, 'POST', DEVICES, {
        token,
        json: { name: 'Late', organisationCode: 'supplier-demo' },
      });

      const second = await send(own, 'GET', `${DEVICES}?limit=2&cursor=${first.body.nextCursor}`, {
        token,
      });
      expect(second.body.items.map((d: { id: string }) => d.id)).toEqual([created[1], created[0]]);
      const third = await send(own, 'GET', `${DEVICES}?limit=2&cursor=${second.body.nextCursor}`, {
        token,
      });
      expect(third.body.items.map((d: { id: string }) => d.id)).toEqual([DEMO_DEVICE.supplierRoom]);
      expect(third.body.nextCursor).toBeNull();
    } finally {
      await own.close();
    }
  });

  it.each([
    ['limit=0', '/limit: must be >= 1 (got 0)'],
    ['limit=201', '/limit: must be <= 200 (got 201)'],
    ['limit=abc', '/limit: must be integer (got "abc")'],
    ['status=gone', '/status: must be one of active, disabled (got "gone")'],
    ['colour=red', '/colour: is not an allowed property'],
    ['limit=1&limit=2', '/limit: must appear at most once'],
    [
      'cursor=bm90LWEtY3Vyc29y',
      '/cursor: is not a cursor from this server; pass the nextCursor of the previous page.',
    ],
  ])('rejects query %s with code 1003', async (query, message) => {
    const reply = await send(server, 'GET', `${DEVICES}?${query}`, { token: region });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1003);
    expect(reply.body.detailed_error).toBe(message);
  });

  it('returns 404 for an organisation filter outside the subtree', async () => {
    const reply = await send(server, 'GET', `${DEVICES}?organisationCode=region-demo`, {
      token: kommune,
    });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4002);
  });
});

describe('update device', () => {
  it('changes the given fields and replaces metadata', async () => {
    const created = await createDevice(region, {
      name: 'Before',
      organisationCode: 'dept-emergency',
      metadata: { a: '1', b: '2' },
    });
    const reply = await send(server, 'PATCH', `${DEVICES}/${created.body.id}`, {
      token: region,
      json: { name: 'After', status: 'disabled', metadata: { c: '3' } },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      name: 'After',
      status: 'disabled',
      kind: 'other',
      organisationCode: 'dept-emergency',
      metadata: { c: '3' },
    });
  });

  it('moves a device within the subtree', async () => {
    const created = await createDevice(region, {
      name: 'Mover',
      organisationCode: 'dept-emergency',
    });
    const reply = await send(server, 'PATCH', `${DEVICES}/${created.body.id}`, {
      token: region,
      json: { organisationCode: 'region-demo' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.organisationCode).toBe('region-demo');
  });

  it('returns 404 when moving outside the subtree', async () => {
    const created = await createDevice(region, {
      name: 'Stayer',
      organisationCode: 'dept-emergency',
    });
    const reply = await send(server, 'PATCH', `${DEVICES}/${created.body.id}`, {
      token: region,
      json: { organisationCode: 'kommune-demo' },
    });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4002);
  });

  it('rejects an empty change', async () => {
    const reply = await send(server, 'PATCH', `${DEVICES}/${DEMO_DEVICE.deptRoom}`, {
      token: region,
      json: {},
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe(
      'The request body: must NOT have fewer than 1 properties',
    );
  });

  it('rejects a status of the wrong type', async () => {
    const reply = await send(server, 'PATCH', `${DEVICES}/${DEMO_DEVICE.deptRoom}`, {
      token: region,
      json: { status: true },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1001);
  });

  it('returns 404 for an unknown device', async () => {
    const reply = await send(server, 'PATCH', `${DEVICES}/${UNKNOWN_DEVICE}`, {
      token: region,
      json: { name: 'x' },
    });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4001);
  });
});

describe('delete device', () => {
  it('deletes a device and its queues', async () => {
    const created = await createDevice(region, {
      name: 'Doomed',
      organisationCode: 'dept-emergency',
    });
    const id = created.body.id;
    await send(server, 'POST', `${DEVICES}/${id}/meetings`, { token: region, json: meeting('m') });
    const reply = await send(server, 'DELETE', `${DEVICES}/${id}`, { token: region });
    expect(reply.status).toBe(204);
    expect(reply.body).toBe('');
    const get = await send(server, 'GET', `${DEVICES}/${id}`, { token: region });
    expect(get.status).toBe(404);
    const queue = await send(server, 'GET', `${DEVICES}/${id}/meetings`, { token: region });
    expect(queue.status).toBe(404);
  });

  it('returns 404 for an unknown device', async () => {
    const reply = await send(server, 'DELETE', `${DEVICES}/${UNKNOWN_DEVICE}`, { token: region });
    expect(reply.status).toBe(404);
  });
});

describe('credentials and login links', () => {
  it('password reset returns a long password once, not cached', async () => {
    const reply = await send(server, 'POST', `${DEVICES}/${DEMO_DEVICE.hospitalRoom}/password`, {
      token: region,
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body.deviceId).toBe(DEMO_DEVICE.hospitalRoom);
    expect(reply.body.loginId).toBe('room-hospital-conf');
    expect(reply.body.password.replaceAll('-', '').length).toBeGreaterThanOrEqual(20);
    const device = await send(server, 'GET', `${DEVICES}/${DEMO_DEVICE.hospitalRoom}`, {
      token: region,
    });
    expect(device.body.hasPassword).toBe(true);
  });

  it('password reset gives a new password each time', async () => {
    const path = `${DEVICES}/${DEMO_DEVICE.hospitalRoom}/password`;
    const first = await send(server, 'POST', path, { token: region });
    const second = await send(server, 'POST', path, { token: region });
    expect(first.body.password).not.toBe(second.body.password);
  });

  it('login link carries the code in the URL fragment', async () => {
    const reply = await send(server, 'POST', `${DEVICES}/${DEMO_DEVICE.deptTablet}/login-links`, {
      token: region,
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body.code.length).toBeGreaterThanOrEqual(22);
    expect(reply.body.url).toBe(`${server.url}/devices/v1/login/one-click#code=${reply.body.code}`);
    const lifetime = Date.parse(reply.body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(800_000);
    expect(lifetime).toBeLessThanOrEqual(900_000);
  });

  it('login link rejects a lifetime below 60 seconds', async () => {
    const reply = await send(server, 'POST', `${DEVICES}/${DEMO_DEVICE.deptTablet}/login-links`, {
      token: region,
      json: { expiresInSeconds: 10 },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('/expiresInSeconds: must be >= 60 (got 10)');
  });
});

describe('subtree isolation', () => {
  const regionDevice = `${DEVICES}/${DEMO_DEVICE.deptRoom}`;

  it('kommune admin does not see region devices in lists', async () => {
    const reply = await send(server, 'GET', `${DEVICES}?limit=200`, { token: kommune });
    const orgs = reply.body.items.map((d: { organisationCode: string }) => d.organisationCode);
    expect(orgs.every((code: string) => code === 'kommune-demo' || code === 'centre-nord')).toBe(
      true,
    );
  });

  it.each([
    ['GET', regionDevice, undefined],
    ['PATCH', regionDevice, { name: 'taken' }],
    ['DELETE', regionDevice, undefined],
    ['POST', `${regionDevice}/password`, undefined],
    ['POST', `${regionDevice}/login-links`, undefined],
    ['POST', `${regionDevice}/meetings`, meeting('intrusion')],
    ['POST', `${regionDevice}/messages`, { subject: 's', body: 'b' }],
    ['GET', `${regionDevice}/meetings`, undefined],
    ['DELETE', `${regionDevice}/messages`, undefined],
    ['POST', `${regionDevice}/meetings/next`, undefined],
  ])('kommune admin gets 404 for %s %s', async (method, path, json) => {
    const reply = await send(server, method, path, { token: kommune, json });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4001);
    expect(reply.body.detailed_error).toBe(`Device ${DEMO_DEVICE.deptRoom} not found.`);
  });

  it('the region device is untouched afterwards', async () => {
    const reply = await send(server, 'GET', regionDevice, { token: region });
    expect(reply.status).toBe(200);
    expect(reply.body.name).toBe('Akutmodtagelse videorum 1');
  });
});
