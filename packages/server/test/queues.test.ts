import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import {
  DEMO_DEVICE,
  deviceToken,
  meeting,
  send,
  startDemoServer,
  tokenFor,
  UNKNOWN_DEVICE,
} from './helpers.js';

let server: RunningServer;
let region: string;

beforeAll(async () => {
  server = await startDemoServer();
  region = await tokenFor(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

/** Creates a fresh device in the emergency department, so each test owns its queues. */
async function newDevice(): Promise<string> {
  const reply = await send(server, 'POST', '/devices/v1/devices', {
    token: region,
    json: { name: 'Queue device', organisationCode: 'dept-emergency', kind: 'tablet' },
  });
  return reply.body.id;
}

const meetingsOf = (id: string) => `/devices/v1/devices/${id}/meetings`;
const messagesOf = (id: string) => `/devices/v1/devices/${id}/messages`;

describe('enqueue', () => {
  it('stores a meeting with id, device and time', async () => {
    const id = await newDevice();
    const body = {
      ...meeting('Consultation'),
      uriWithDomain: '1234567@video.vdx.dk',
      guestPin: '482913',
    };
    const reply = await send(server, 'POST', meetingsOf(id), { token: region, json: body });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ ...body, deviceId: id });
    expect(reply.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(reply.body.enqueuedTime)).not.toBeNaN();
  });

  it('stores a message with structured content', async () => {
    const id = await newDevice();
    const body = { subject: 'Room change', body: 'Room A-016', content: { room: 'A-016' } };
    const reply = await send(server, 'POST', messagesOf(id), { token: region, json: body });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject(body);
  });

  it('rejects a meeting that ends before it starts', async () => {
    const id = await newDevice();
    const reply = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: { subject: 's', startTime: '2026-12-07T10:00:00Z', endTime: '2026-12-07T09:00:00Z' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1006);
    expect(reply.body.detailed_error).toBe(
      '/endTime: must be after startTime 2026-12-07T10:00:00Z (got "2026-12-07T09:00:00Z")',
    );
  });

  it('rejects a start time that is not RFC 3339', async () => {
    const id = await newDevice();
    const reply = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: { ...meeting('s'), startTime: 'tomorrow' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe(
      '/startTime: must match format "date-time" (got "tomorrow")',
    );
  });

  it('rejects an unknown meeting property', async () => {
    const id = await newDevice();
    const reply = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: { ...meeting('s'), room: 'A' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe('/room: is not an allowed property');
  });

  it('rejects message content over 64 KiB', async () => {
    const id = await newDevice();
    const reply = await send(server, 'POST', messagesOf(id), {
      token: region,
      json: { subject: 's', body: 'b', content: { blob: 'x'.repeat(70_000) } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe(
      '/content: must be at most 65536 bytes when serialised (got 70011 bytes)',
    );
  });

  it('returns 404 for an unknown device', async () => {
    const reply = await send(server, 'POST', meetingsOf(UNKNOWN_DEVICE), {
      token: region,
      json: meeting('s'),
    });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4001);
  });

  it('meeting-planner enqueues within its subtree', async () => {
    const planner = await tokenFor(server, 'demo-centre-planner');
    const reply = await send(server, 'POST', meetingsOf(DEMO_DEVICE.centreKiosk), {
      token: planner,
      json: meeting('Planned'),
    });
    expect(reply.status).toBe(201);
    const outside = await send(server, 'POST', meetingsOf(DEMO_DEVICE.kommuneTablet), {
      token: planner,
      json: meeting('Planned'),
    });
    expect(outside.status).toBe(404);
  });

  it('meeting-planner cannot list or take', async () => {
    const planner = await tokenFor(server, 'demo-centre-planner');
    const list = await send(server, 'GET', meetingsOf(DEMO_DEVICE.centreKiosk), { token: planner });
    expect(list.status).toBe(403);
    const take = await send(server, 'POST', `${meetingsOf(DEMO_DEVICE.centreKiosk)}/next`, {
      token: planner,
    });
    expect(take.status).toBe(403);
    expect(take.body.detailed_error).toBe(
      'This operation needs one of the roles device, device-admin; the token has meeting-planner.',
    );
  });
});

describe('take next', () => {
  it('returns items oldest first, then 204', async () => {
    const id = await newDevice();
    for (const subject of ['first', 'second', 'third']) {
      await send(server, 'POST', meetingsOf(id), { token: region, json: meeting(subject) });
    }
    const subjects: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const reply = await send(server, 'POST', `${meetingsOf(id)}/next`, { token: region });
      expect(reply.status).toBe(200);
      subjects.push(reply.body.subject);
    }
    expect(subjects).toEqual(['first', 'second', 'third']);
    const empty = await send(server, 'POST', `${meetingsOf(id)}/next`, { token: region });
    expect(empty.status).toBe(204);
    expect(empty.body).toBe('');
  });

  it('keeps meetings and messages apart', async () => {
    const id = await newDevice();
    await send(server, 'POST', messagesOf(id), {
      token: region,
      json: { subject: 'm', body: 'b' },
    });
    const meetingNext = await send(server, 'POST', `${meetingsOf(id)}/next`, { token: region });
    expect(meetingNext.status).toBe(204);
    const messageNext = await send(server, 'POST', `${messagesOf(id)}/next`, { token: region });
    expect(messageNext.status).toBe(200);
    expect(messageNext.body.subject).toBe('m');
  });

  it('delivers each item exactly once to concurrent callers', async () => {
    const id = await newDevice();
    const total = 200;
    for (let i = 0; i < total; i += 1) {
      await send(server, 'POST', messagesOf(id), {
        token: region,
        json: { subject: `m${i}`, body: 'b' },
      });
    }
    const device = await deviceToken(server, region, id);
    const callers = [region, device, await tokenFor(server, 'demo-region-admin')];
    const received: string[] = [];
    let empties = 0;
    const worker = async (token: string) => {
      for (;;) {
        const reply = await send(server, 'POST', `${messagesOf(id)}/next`, { token });
        if (reply.status === 204) {
          empties += 1;
          return;
        }
        expect(reply.status).toBe(200);
        received.push(reply.body.subject);
      }
    };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => worker(callers[i % callers.length] as string)),
    );
    expect(received).toHaveLength(total);
    expect(new Set(received).size).toBe(total);
    expect(empties).toBe(12);
  });
});

describe('list and clear', () => {
  it('lists oldest first without consuming, paged', async () => {
    const id = await newDevice();
    for (const subject of ['a', 'b', 'c']) {
      await send(server, 'POST', meetingsOf(id), { token: region, json: meeting(subject) });
    }
    const first = await send(server, 'GET', `${meetingsOf(id)}?limit=2`, { token: region });
    expect(first.status).toBe(200);
    expect(first.body.items.map((m: { subject: string }) => m.subject)).toEqual(['a', 'b']);
    const second = await send(
      server,
      'GET',
      `${meetingsOf(id)}?limit=2&cursor=${first.body.nextCursor}`,
      {
        token: region,
      },
    );
    expect(second.body.items.map((m: { subject: string }) => m.subject)).toEqual(['c']);
    expect(second.body.nextCursor).toBeNull();
    const take = await send(server, 'POST', `${meetingsOf(id)}/next`, { token: region });
    expect(take.body.subject).toBe('a');
  });

  it('clear removes every item and reports how many', async () => {
    const id = await newDevice();
    for (const subject of ['a', 'b']) {
      await send(server, 'POST', messagesOf(id), { token: region, json: { subject, body: 'b' } });
    }
    const cleared = await send(server, 'DELETE', messagesOf(id), { token: region });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual({ cleared: 2 });
    const list = await send(server, 'GET', messagesOf(id), { token: region });
    expect(list.body).toEqual({ items: [], nextCursor: null });
  });
});

describe('device tokens', () => {
  it('take from their own queue', async () => {
    const id = await newDevice();
    await send(server, 'POST', meetingsOf(id), { token: region, json: meeting('mine') });
    const token = await deviceToken(server, region, id);
    const reply = await send(server, 'POST', `${meetingsOf(id)}/next`, { token });
    expect(reply.status).toBe(200);
    expect(reply.body.subject).toBe('mine');
  });

  it('get 403 on another device’s queue', async () => {
    const own = await newDevice();
    const other = await newDevice();
    const token = await deviceToken(server, region, own);
    const reply = await send(server, 'POST', `${meetingsOf(other)}/next`, { token });
    expect(reply.status).toBe(403);
    expect(reply.body.detailed_error_code).toBe(3002);
    expect(reply.body.detailed_error).toBe(
      `A device token may read only its own queues; this token is for device ${own}, not ${other}.`,
    );
  });

  it('get 403 on device management', async () => {
    const id = await newDevice();
    const token = await deviceToken(server, region, id);
    const reply = await send(server, 'GET', `/devices/v1/devices/${id}`, { token });
    expect(reply.status).toBe(403);
    expect(reply.body.detailed_error_code).toBe(3001);
  });

  it('stop working when the device is deleted', async () => {
    const id = await newDevice();
    const token = await deviceToken(server, region, id);
    await send(server, 'DELETE', `/devices/v1/devices/${id}`, { token: region });
    const reply = await send(server, 'POST', `${meetingsOf(id)}/next`, { token });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2002);
    expect(reply.body.detailed_error).toBe(`The token's device ${id} no longer exists.`);
  });

  it('stop working while the device is disabled', async () => {
    const id = await newDevice();
    const token = await deviceToken(server, region, id);
    await send(server, 'PATCH', `/devices/v1/devices/${id}`, {
      token: region,
      json: { status: 'disabled' },
    });
    const reply = await send(server, 'POST', `${meetingsOf(id)}/next`, { token });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2004);
  });
});

describe('Idempotency-Key', () => {
  it('replays an enqueue instead of adding twice', async () => {
    const id = await newDevice();
    const headers = { 'idempotency-key': 'enqueue-1' };
    const first = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: meeting('once'),
      headers,
    });
    const repeat = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: meeting('once'),
      headers,
    });
    expect(repeat.status).toBe(201);
    expect(repeat.body).toEqual(first.body);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    const list = await send(server, 'GET', meetingsOf(id), { token: region });
    expect(list.body.items).toHaveLength(1);
  });

  it('replays the same item for a repeated take', async () => {
    const id = await newDevice();
    for (const subject of ['a', 'b']) {
      await send(server, 'POST', meetingsOf(id), { token: region, json: meeting(subject) });
    }
    const headers = { 'idempotency-key': 'take-1' };
    const first = await send(server, 'POST', `${meetingsOf(id)}/next`, { token: region, headers });
    const repeat = await send(server, 'POST', `${meetingsOf(id)}/next`, { token: region, headers });
    expect(first.body.subject).toBe('a');
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    const next = await send(server, 'POST', `${meetingsOf(id)}/next`, { token: region });
    expect(next.body.subject).toBe('b');
  });

  it('rejects the key on a different request with 409', async () => {
    const id = await newDevice();
    const headers = { 'idempotency-key': 'enqueue-2' };
    await send(server, 'POST', meetingsOf(id), { token: region, json: meeting('one'), headers });
    const other = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: meeting('two'),
      headers,
    });
    expect(other.status).toBe(409);
    expect(other.body.detailed_error_code).toBe(5002);
    expect(other.body.detailed_error).toBe(
      'Idempotency-Key enqueue-2 was already used for a different request.',
    );
  });

  it('keys are per caller', async () => {
    const id = await newDevice();
    const headers = { 'idempotency-key': 'shared-key' };
    const other = await tokenFor(server, 'demo-centre-planner');
    await send(server, 'POST', meetingsOf(id), { token: region, json: meeting('region'), headers });
    const reply = await send(server, 'POST', meetingsOf(DEMO_DEVICE.centreKiosk), {
      token: other,
      json: meeting('planner'),
      headers,
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('idempotent-replayed')).toBeNull();
  });

  it('does not store a failed request', async () => {
    const id = await newDevice();
    const headers = { 'idempotency-key': 'retry-after-fix' };
    const bad = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: { ...meeting('x'), startTime: 'soon' },
      headers,
    });
    expect(bad.status).toBe(400);
    const fixed = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: meeting('x'),
      headers,
    });
    expect(fixed.status).toBe(201);
  });

  it('replays a password reset with the same password', async () => {
    const id = await newDevice();
    const headers = { 'idempotency-key': 'reset-1' };
    const path = `/devices/v1/devices/${id}/password`;
    const first = await send(server, 'POST', path, { token: region, headers });
    const repeat = await send(server, 'POST', path, { token: region, headers });
    expect(repeat.status).toBe(200);
    expect(repeat.body.password).toBe(first.body.password);
    expect(repeat.headers.get('cache-control')).toBe('no-store');
  });

  it('rejects a key over 200 characters', async () => {
    const id = await newDevice();
    const reply = await send(server, 'POST', meetingsOf(id), {
      token: region,
      json: meeting('x'),
      headers: { 'idempotency-key': 'k'.repeat(201) },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1007);
    expect(reply.body.detailed_error).toBe(
      '/Idempotency-Key: must NOT have more than 200 characters',
    );
  });
});
