import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

useMockServer();

let regionAdmin: string;
let centrePlanner: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
  centrePlanner = await tokenFor('demo-centre-planner');
});

const MEETINGS = `/devices/v1/devices/${DEVICE.akutRoom}/meetings`;
const MESSAGES = `/devices/v1/devices/${DEVICE.akutRoom}/messages`;

function meeting(subject: string) {
  return {
    subject,
    startTime: '2026-12-07T10:00:00+01:00',
    endTime: '2026-12-07T10:30:00+01:00',
    uriWithDomain: '1234567@video.vdx.dk',
    guestPin: '482913',
  };
}

async function enqueue(path: string, json: unknown, token = regionAdmin) {
  const response = await api(path, { method: 'POST', token, json });
  expect(response.status).toBe(201);
  return response.json();
}

async function takeNext(path: string, token = regionAdmin, headers: Record<string, string> = {}) {
  return api(`${path}/next`, { method: 'POST', token, headers });
}

async function deviceToken(deviceId: string): Promise<string> {
  const reset = await api(`/devices/v1/devices/${deviceId}/password`, {
    method: 'POST',
    token: regionAdmin,
  });
  const { loginId, password } = await reset.json();
  const login = await api('/devices/v1/login', { method: 'POST', json: { loginId, password } });
  return (await login.json()).access_token;
}

describe('meeting queue', () => {
  it('enqueue returns the stored meeting', async () => {
    const stored = await enqueue(MEETINGS, meeting('Ward round'));
    expect(stored).toMatchObject({ ...meeting('Ward round'), deviceId: DEVICE.akutRoom });
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored.enqueuedTime).toEqual(expect.any(String));
  });

  it('next returns meetings oldest first', async () => {
    await enqueue(MEETINGS, meeting('First'));
    await enqueue(MEETINGS, meeting('Second'));
    const first = await takeNext(MEETINGS);
    expect(first.status).toBe(200);
    expect((await first.json()).subject).toBe('First');
    const second = await takeNext(MEETINGS);
    expect((await second.json()).subject).toBe('Second');
  });

  it('next on an empty queue answers 204', async () => {
    await enqueue(MEETINGS, meeting('Only'));
    expect((await takeNext(MEETINGS)).status).toBe(200);
    const empty = await takeNext(MEETINGS);
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
  });

  it('list reads without consuming', async () => {
    await enqueue(MEETINGS, meeting('Kept'));
    const list = await (await api(MEETINGS, { token: regionAdmin })).json();
    expect(list.items.map((item: { subject: string }) => item.subject)).toEqual(['Kept']);
    expect(list.nextCursor).toBeNull();
    expect((await takeNext(MEETINGS)).status).toBe(200);
  });

  it('clear reports the removed count', async () => {
    await enqueue(MEETINGS, meeting('A'));
    await enqueue(MEETINGS, meeting('B'));
    const response = await api(MEETINGS, { method: 'DELETE', token: regionAdmin });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cleared: 2 });
    expect((await takeNext(MEETINGS)).status).toBe(204);
  });

  it('end before start answers 400 with 1006', async () => {
    const response = await api(MEETINGS, {
      method: 'POST',
      token: regionAdmin,
      json: { ...meeting('Backwards'), endTime: '2026-12-07T09:00:00+01:00' },
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1006);
    expect(error.message).toBe(
      '/endTime: must be after startTime; got startTime 2026-12-07T10:00:00+01:00 and endTime 2026-12-07T09:00:00+01:00.',
    );
  });

  it('time without offset answers 400 with 1001', async () => {
    const response = await api(MEETINGS, {
      method: 'POST',
      token: regionAdmin,
      json: { ...meeting('No offset'), startTime: '2026-12-07T10:00:00' },
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe(
      '/startTime: must match format "date-time" (RFC 3339 with an offset, such as 2026-12-07T10:00:00+01:00)',
    );
  });

  it('unknown meeting field answers 400 with 1001', async () => {
    const response = await api(MEETINGS, {
      method: 'POST',
      token: regionAdmin,
      json: { ...meeting('Extra'), room: 'A-014' },
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe('/room: is an unknown property');
  });

  it('planner may enqueue but not take', async () => {
    const kiosk = `/devices/v1/devices/${DEVICE.centreKiosk}/meetings`;
    await enqueue(kiosk, meeting('Planned'), centrePlanner);
    const response = await takeNext(kiosk, centrePlanner);
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe(3001);
    expect(error.message).toBe(
      'This operation needs one of the roles device, device-admin; the token has meeting-planner.',
    );
  });

  it('repeated key replays taken meeting', async () => {
    await enqueue(MEETINGS, meeting('Once'));
    await enqueue(MEETINGS, meeting('Twice'));
    const headers = { 'Idempotency-Key': 'take-1' };
    const first = await takeNext(MEETINGS, regionAdmin, headers);
    const repeat = await takeNext(MEETINGS, regionAdmin, headers);
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toEqual(await first.json());
    expect((await (await takeNext(MEETINGS)).json()).subject).toBe('Twice');
  });
});

describe('message queue', () => {
  it('next returns messages oldest first then 204', async () => {
    await enqueue(MESSAGES, { subject: 'Room change', body: 'Move to A-016.' });
    await enqueue(MESSAGES, { subject: 'Reminder', body: 'Charge the tablet.' });
    const first = await takeNext(MESSAGES);
    expect(await first.json()).toMatchObject({ subject: 'Room change', body: 'Move to A-016.' });
    const second = await takeNext(MESSAGES);
    expect((await second.json()).subject).toBe('Reminder');
    expect((await takeNext(MESSAGES)).status).toBe(204);
  });

  it('clear reports the removed count', async () => {
    await enqueue(MESSAGES, { subject: 'One', body: 'x' });
    const response = await api(MESSAGES, { method: 'DELETE', token: regionAdmin });
    expect(await response.json()).toEqual({ cleared: 1 });
  });

  it('missing body answers 400 with 1001', async () => {
    const response = await api(MESSAGES, {
      method: 'POST',
      token: regionAdmin,
      json: { subject: 'No body' },
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe("/body: must have required property 'body'");
  });

  it('queues of an outside device answer 404', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.centreKiosk}/messages`, {
      token: regionAdmin,
    });
    expect(response.status).toBe(404);
    expect((await readError(response)).code).toBe(4001);
  });
});

describe('device tokens on queues', () => {
  it('device takes from its own queue', async () => {
    const token = await deviceToken(DEVICE.akutRoom);
    await enqueue(MEETINGS, meeting('For the room'));
    const response = await takeNext(MEETINGS, token);
    expect(response.status).toBe(200);
    expect((await response.json()).subject).toBe('For the room');
  });

  it("other device's queue answers 3002", async () => {
    const token = await deviceToken(DEVICE.akutRoom);
    const response = await takeNext(`/devices/v1/devices/${DEVICE.akutTablet}/messages`, token);
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe(3002);
    expect(error.message).toBe(
      `A device token may only use its own queues; this token belongs to device ${DEVICE.akutRoom}, not ${DEVICE.akutTablet}.`,
    );
  });

  it('device cannot list its queue', async () => {
    const token = await deviceToken(DEVICE.akutRoom);
    const response = await api(MEETINGS, { token });
    expect(response.status).toBe(403);
    expect((await readError(response)).code).toBe(3001);
  });

  it("deleted device's token answers 2002", async () => {
    const created = await (
      await api('/devices/v1/devices', {
        method: 'POST',
        token: regionAdmin,
        json: { name: 'Short-lived', organisationCode: 'hospital-demo' },
      })
    ).json();
    const token = await deviceToken(created.id);
    await api(`/devices/v1/devices/${created.id}`, { method: 'DELETE', token: regionAdmin });
    const response = await takeNext(`/devices/v1/devices/${created.id}/meetings`, token);
    expect(response.status).toBe(401);
    const error = await readError(response);
    expect(error.code).toBe(2002);
    expect(error.message).toBe(
      `The access token belongs to device ${created.id}, which no longer exists.`,
    );
  });
});
