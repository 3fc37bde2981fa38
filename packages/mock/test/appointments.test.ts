/**
 * AppointmentSearch and the AppointmentLog: what each subtree may read, paging, and one log entry
 * per affected client per change, consumed on read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

const mock = useMockServer();

const MEETINGS = '/videoapi/v2/meetings';
const APPOINTMENTS = '/appointments/v1/appointments';
const LOG = '/appointments/v1/appointment-log/next';

let regionAdmin: string;
let supplier: string;
let kommuneAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
  supplier = await tokenFor('demo-supplier');
  kommuneAdmin = await tokenFor('demo-kommune-admin');
});

async function createMeeting(subject: string, hour: number, participants: unknown[] = []) {
  const start = `2026-12-07T${String(hour).padStart(2, '0')}:00:00+01:00`;
  const end = `2026-12-07T${String(hour).padStart(2, '0')}:30:00+01:00`;
  const response = await api(MEETINGS, {
    method: 'POST',
    token: regionAdmin,
    json: { subject, startTime: start, endTime: end, participants },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { uuid: string; hostPin: number };
}

async function search(query: string, token = regionAdmin) {
  const response = await api(`${APPOINTMENTS}${query}`, { token });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    items: { id: string; subject: string; hostPin?: number; participants: unknown[] }[];
    nextCursor: string | null;
  };
}

async function takeLog(token: string, query = '') {
  const response = await api(`${LOG}${query}`, { method: 'POST', token });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    items: { appointmentId: string; change: string; changedFields: string[] }[];
    hasMore: boolean;
  };
}

describe('appointment search', () => {
  it('invited organisation sees the meeting', async () => {
    const meeting = await createMeeting('Supplier review', 9, [
      { type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' },
      { type: 'CITIZEN', externalId: 'borger@example.org', role: 'GUEST', name: 'Borger' },
    ]);
    await createMeeting('Internal only', 10);
    const page = await search('', supplier);
    expect(page.items.map((item) => item.subject)).toEqual(['Supplier review']);
    const [appointment] = page.items;
    expect(appointment?.id).toBe(meeting.uuid);
    expect(appointment?.hostPin).toBeUndefined();
    expect(appointment?.participants[1]).toMatchObject({
      type: 'CITIZEN',
      externalId: null,
      name: null,
    });
  });

  it('owner sees host PIN and citizen', async () => {
    const meeting = await createMeeting('Owned', 9, [
      { type: 'CITIZEN', externalId: 'borger@example.org', role: 'GUEST', name: 'Borger' },
    ]);
    const [appointment] = (await search('')).items;
    expect(appointment?.hostPin).toBe(meeting.hostPin);
    expect(appointment?.participants[0]).toMatchObject({
      externalId: 'borger@example.org',
      name: 'Borger',
    });
  });

  it('pages by start time', async () => {
    await createMeeting('Third', 11);
    await createMeeting('First', 9);
    await createMeeting('Second', 10);
    const first = await search('?limit=2');
    expect(first.items.map((item) => item.subject)).toEqual(['First', 'Second']);
    const second = await search(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.subject)).toEqual(['Third']);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by device and time range', async () => {
    await createMeeting('With room', 9, [
      { type: 'DEVICE', externalId: DEVICE.akutRoom, role: 'GUEST' },
    ]);
    await createMeeting('Without room', 10);
    const byDevice = await search(`?deviceId=${DEVICE.akutRoom}`);
    expect(byDevice.items.map((item) => item.subject)).toEqual(['With room']);
    const from = encodeURIComponent('2026-12-07T10:00:00+01:00');
    const to = encodeURIComponent('2026-12-07T11:00:00+01:00');
    const byTime = await search(`?fromStartTime=${from}&toStartTime=${to}`);
    expect(byTime.items.map((item) => item.subject)).toEqual(['Without room']);
  });

  it('outside organisation answers 404 with 4002', async () => {
    const response = await api(`${APPOINTMENTS}?organisationCode=kommune-demo`, {
      token: regionAdmin,
    });
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4002);
    expect(error.message).toBe('Organisation kommune-demo not found.');
  });

  it('outside device answers 404 with 4001', async () => {
    const response = await api(`${APPOINTMENTS}?deviceId=${DEVICE.centreKiosk}`, {
      token: regionAdmin,
    });
    expect(response.status).toBe(404);
    expect((await readError(response)).code).toBe(4001);
  });
});

describe('appointment log', () => {
  it('records one entry per affected client', async () => {
    const meeting = await createMeeting('Logged', 9);
    const path = `${MEETINGS}/${meeting.uuid}/participants`;
    const added = await api(path, {
      method: 'POST',
      token: regionAdmin,
      json: [{ type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' }],
    });
    const [participant] = await added.json();
    await api(`${MEETINGS}/${meeting.uuid}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { subject: 'Renamed' },
    });
    await api(`${path}/${participant.uuid}`, { method: 'DELETE', token: regionAdmin });
    await api(`${MEETINGS}/${meeting.uuid}`, { method: 'DELETE', token: regionAdmin });

    const owner = await takeLog(regionAdmin);
    expect(owner.items.map((item) => [item.change, item.changedFields])).toEqual([
      ['created', []],
      ['participants-changed', ['participants']],
      ['updated', ['subject']],
      ['participants-changed', ['participants']],
      ['deleted', []],
    ]);
    expect(owner.hasMore).toBe(false);

    const invited = await takeLog(supplier);
    expect(invited.items.map((item) => item.change)).toEqual(['created', 'updated', 'uninvited']);
    expect(invited.items.every((item) => item.appointmentId === meeting.uuid)).toBe(true);

    const unaffected = await takeLog(kommuneAdmin);
    expect(unaffected.items).toEqual([]);
  });

  it('entries are consumed on read', async () => {
    await createMeeting('Once', 9);
    expect((await takeLog(regionAdmin)).items).toHaveLength(1);
    expect(await takeLog(regionAdmin)).toEqual({ items: [], hasMore: false });
  });

  it('limit leaves the rest for later', async () => {
    await createMeeting('A', 9);
    await createMeeting('B', 10);
    await createMeeting('C', 11);
    const first = await takeLog(regionAdmin, '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const rest = await takeLog(regionAdmin);
    expect(rest.items).toHaveLength(1);
    expect(rest.hasMore).toBe(false);
  });

  it('repeated key replays the taken batch', async () => {
    await createMeeting('Replayed', 9);
    const headers = { 'Idempotency-Key': 'log-1' };
    const first = await api(LOG, { method: 'POST', token: regionAdmin, headers });
    const repeat = await api(LOG, { method: 'POST', token: regionAdmin, headers });
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toEqual(await first.json());
  });

  it('scheduled failure keeps entries', async () => {
    await createMeeting('Kept', 9);
    mock.fail('takeAppointmentLog', 503);
    const failed = await api(LOG, { method: 'POST', token: regionAdmin });
    expect(failed.status).toBe(503);
    expect((await takeLog(regionAdmin)).items).toHaveLength(1);
  });

  it('reset empties the logs', async () => {
    await createMeeting('Dropped', 9);
    mock.reset();
    expect(mock.state.appointmentLog.peek('demo-region-admin')).toEqual([]);
  });
});
