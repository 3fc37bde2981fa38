import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DEVICES } from '../src/demo.js';
import {
  type AppointmentLogEntry,
  createVdxClient,
  type Meeting,
  type MeetingCreate,
  type VdxClient,
  VdxError,
} from '../src/index.js';
import {
  demoClient,
  demoProvider,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;
let kommune: VdxClient;
let supplier: VdxClient;
let agency: VdxClient;

const SUPPLIER_ROOM = DEMO_DEVICES.find((device) => device.loginId === 'room-supplier-1')!;

function meetingWith(subject: string, participants: MeetingCreate['participants']): MeetingCreate {
  return {
    subject,
    startTime: '2026-12-08T09:00:00+01:00',
    endTime: '2026-12-08T09:30:00+01:00',
    participants,
  };
}

/** Takes every waiting notification of a client's log, so a test reads only its own changes. */
async function drainLog(client: VdxClient): Promise<void> {
  let batch = await client.appointments.log.take();
  while (batch.hasMore) batch = await client.appointments.log.take();
}

async function createSupplierMeeting(subject: string): Promise<Meeting> {
  return kommune.meetings.create(
    meetingWith(subject, [
      { type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' },
      { type: 'CITIZEN', externalId: '+4512345678', name: 'Citizen Demo', role: 'GUEST' },
    ]),
  );
}

beforeAll(async () => {
  server = await startReferenceServer();
  kommune = demoClient(server, 'demo-kommune-admin');
  supplier = demoClient(server, 'demo-supplier');
  agency = demoClient(server, 'demo-agency');
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  await Promise.all([drainLog(kommune), drainLog(supplier), drainLog(agency)]);
});

describe('directory', () => {
  it('organisations finds by name substring', async () => {
    const page = await supplier.directory.organisations({ name: 'SUPPLIER' });

    expect(page).toEqual({
      items: [{ code: 'supplier-demo', name: 'Demo Supplier ApS', parentCode: null }],
      nextCursor: null,
    });
  });

  it('users filters by organisation name', async () => {
    const page = await kommune.directory.users({ organisationName: 'agency' });

    expect(page.items).toEqual([
      {
        email: 'thomas.krogh@agency-demo.example',
        name: 'Thomas Krogh',
        organisationCode: 'agency-demo',
        organisationName: 'Demo Agency',
      },
    ]);
  });

  it('devices filters by device name', async () => {
    const page = await kommune.directory.devices({ name: 'mødelokale' });

    expect(page.items).toEqual([
      {
        id: SUPPLIER_ROOM.id,
        name: SUPPLIER_ROOM.name,
        organisationCode: 'supplier-demo',
        organisationName: 'Demo Supplier ApS',
      },
    ]);
  });

  it('users without a filter gives 400', async () => {
    await expect(kommune.directory.users({})).rejects.toMatchObject({
      name: 'VdxApiError',
      status: 400,
      code: 1003,
    });
  });

  it('pages follow the cursor', async () => {
    const first = await kommune.directory.organisations({ name: 'demo', limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = await kommune.directory.organisations({
      name: 'demo',
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.items[0]?.code).not.toBe(first.items[0]?.code);
  });
});

describe('appointment search', () => {
  it('invited organisation sees the meeting without host pin', async () => {
    const meeting = await createSupplierMeeting('Visible to supplier');

    const page = await supplier.appointments.search({ organisationCode: 'supplier-demo' });
    const appointment = page.items.find((item) => item.id === meeting.uuid);

    expect(appointment).toMatchObject({
      subject: 'Visible to supplier',
      ownerOrganisationCode: 'kommune-demo',
      uriWithDomain: meeting.uriWithDomain,
      guestPin: meeting.guestPin,
      shortLink: meeting.shortLink,
      portalLink: meeting.portalLink,
    });
    expect(appointment?.hostPin).toBeUndefined();
    const citizen = appointment?.participants.find((item) => item.type === 'CITIZEN');
    expect(citizen).toMatchObject({ externalId: null, name: null });
  });

  it('owner sees host pin and citizen contact', async () => {
    const meeting = await createSupplierMeeting('Visible to owner');

    const page = await kommune.appointments.search({ fromStartTime: meeting.startTime });
    const appointment = page.items.find((item) => item.id === meeting.uuid);

    expect(appointment?.hostPin).toBe(meeting.hostPin);
    const citizen = appointment?.participants.find((item) => item.type === 'CITIZEN');
    expect(citizen).toMatchObject({ externalId: '+4512345678', name: 'Citizen Demo' });
  });

  it('uninvited organisation does not see the meeting', async () => {
    const meeting = await createSupplierMeeting('Hidden from agency');

    const ids: string[] = [];
    for await (const appointment of agency.appointments.searchAll()) ids.push(appointment.id);

    expect(ids).not.toContain(meeting.uuid);
  });

  it('searchAll follows every page', async () => {
    const created = [
      await createSupplierMeeting('Paged 1'),
      await createSupplierMeeting('Paged 2'),
      await createSupplierMeeting('Paged 3'),
    ];

    const ids: string[] = [];
    for await (const appointment of supplier.appointments.searchAll({ limit: 1 })) {
      ids.push(appointment.id);
    }

    for (const meeting of created) expect(ids).toContain(meeting.uuid);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('organisation outside the subtree gives 404', async () => {
    await expect(
      supplier.appointments.search({ organisationCode: 'kommune-demo' }),
    ).rejects.toMatchObject({ name: 'VdxApiError', status: 404 });
  });
});

describe('appointment log take', () => {
  it('returns each change once', async () => {
    const meeting = await createSupplierMeeting('Logged meeting');
    await kommune.meetings.patch(meeting.uuid, {
      startTime: '2026-12-08T10:00:00+01:00',
      endTime: '2026-12-08T10:30:00+01:00',
    });

    const batch = await supplier.appointments.log.take();

    expect(batch.hasMore).toBe(false);
    expect(batch.items.map((entry) => [entry.appointmentId, entry.change])).toEqual([
      [meeting.uuid, 'created'],
      [meeting.uuid, 'updated'],
    ]);
    expect(batch.items[1]?.changedFields).toEqual(['startTime', 'endTime']);
    expect(await supplier.appointments.log.take()).toEqual({ items: [], hasMore: false });
  });

  it('limit leaves the rest waiting', async () => {
    const meeting = await createSupplierMeeting('Limited log');
    await kommune.meetings.patch(meeting.uuid, { subject: 'Limited log, renamed' });

    const first = await supplier.appointments.log.take({ limit: 1 });
    const second = await supplier.appointments.log.take({ limit: 1 });

    expect(first.items.map((entry) => entry.change)).toEqual(['created']);
    expect(first.hasMore).toBe(true);
    expect(second.items.map((entry) => entry.change)).toEqual(['updated']);
    expect(second.hasMore).toBe(false);
  });

  it('idempotency key repeats the same notifications', async () => {
    const meeting = await createSupplierMeeting('Repeated log');
    const options = { idempotencyKey: 'appointments-test-log-1' };

    const first = await supplier.appointments.log.take(options);
    const repeated = await supplier.appointments.log.take(options);

    expect(first.items.map((entry) => entry.appointmentId)).toEqual([meeting.uuid]);
    expect(repeated).toEqual(first);
  });

  it('removed organisation is told uninvited', async () => {
    const meeting = await createSupplierMeeting('Uninvite supplier');
    const participants = await kommune.meetings.participants.list(meeting.uuid);
    const supplierParticipant = participants.find((item) => item.externalId === 'supplier-demo')!;
    await drainLog(supplier);

    await kommune.meetings.participants.remove(meeting.uuid, supplierParticipant.uuid);

    const batch = await supplier.appointments.log.take();
    expect(batch.items.map((entry) => [entry.appointmentId, entry.change])).toEqual([
      [meeting.uuid, 'uninvited'],
    ]);
  });
});

describe('appointment log poll', () => {
  it('yields notifications and stops on abort', async () => {
    const first = await createSupplierMeeting('Polled 1');
    const stop = new AbortController();
    const seen: AppointmentLogEntry[] = [];

    for await (const entry of supplier.appointments.log.poll({
      intervalMs: 50,
      signal: stop.signal,
    })) {
      seen.push(entry);
      if (seen.length === 1) await kommune.meetings.delete(first.uuid);
      if (seen.length === 2) stop.abort();
    }

    expect(seen.map((entry) => [entry.appointmentId, entry.change])).toEqual([
      [first.uuid, 'created'],
      [first.uuid, 'deleted'],
    ]);
  });

  it('takes again at once while more are waiting', async () => {
    const meeting = await createSupplierMeeting('Polled in pages');
    await kommune.meetings.patch(meeting.uuid, { subject: 'Polled in pages, renamed' });
    const stop = new AbortController();
    const changes: string[] = [];

    // A wait of 10 minutes between takes would time the test out, so two entries with limit 1
    // arrive only because poll takes again at once while hasMore is true.
    for await (const entry of supplier.appointments.log.poll({
      intervalMs: 600_000,
      limit: 1,
      signal: stop.signal,
    })) {
      changes.push(entry.change);
      if (changes.length === 2) stop.abort();
    }

    expect(changes).toEqual(['created', 'updated']);
  });

  it('running take still yields after abort', async () => {
    const meeting = await createSupplierMeeting('Aborted mid-take');
    const stop = new AbortController();
    const abortingClient = createVdxClient({
      baseUrl: server.url,
      auth: demoProvider(server, 'demo-supplier'),
      fetch: (input) => {
        if (String(new Request(input).url).includes('/appointment-log/')) stop.abort();
        return globalThis.fetch(input);
      },
    });

    const seen: string[] = [];
    for await (const entry of abortingClient.appointments.log.poll({ signal: stop.signal })) {
      seen.push(entry.appointmentId);
    }

    expect(seen).toEqual([meeting.uuid]);
    expect(await supplier.appointments.log.take()).toEqual({ items: [], hasMore: false });
  });

  it('aborted signal yields nothing and takes nothing', async () => {
    const meeting = await createSupplierMeeting('Never polled');
    const seen: unknown[] = [];

    for await (const entry of supplier.appointments.log.poll({ signal: AbortSignal.abort() })) {
      seen.push(entry);
    }

    expect(seen).toEqual([]);
    const batch = await supplier.appointments.log.take();
    expect(batch.items.map((entry) => entry.appointmentId)).toEqual([meeting.uuid]);
  });

  it('invalid interval throws VdxError', () => {
    expect(() => supplier.appointments.log.poll({ intervalMs: 0 })).toThrow(VdxError);
    expect(() => supplier.appointments.log.poll({ intervalMs: Number.NaN })).toThrow(
      'intervalMs must be a positive number of milliseconds; got NaN.',
    );
  });
});
