import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor } from './helpers.js';
import {
  createMeeting,
  DEMO_USER,
  type Meeting,
  meetingBody,
  organisation,
} from './meetings-helpers.js';

let server: RunningServer;
let region: string;
let kommune: string;
let centre: string;
let supplier: string;
let agency: string;
const meetings = {} as Record<
  'supplierInvited' | 'agencyUser' | 'deptDevice' | 'regionOnly' | 'hospitalHost',
  Meeting
>;

beforeAll(async () => {
  server = await startDemoServer();
  region = await tokenFor(server, 'demo-region-admin');
  kommune = await tokenFor(server, 'demo-kommune-admin');
  centre = await tokenFor(server, 'demo-centre-planner');
  supplier = await tokenFor(server, 'demo-supplier');
  agency = await tokenFor(server, 'demo-agency');
  meetings.supplierInvited = await createMeeting(
    server,
    kommune,
    meetingBody(
      'Supplier invited',
      {
        participants: [
          organisation('supplier-demo'),
          { type: 'CITIZEN', externalId: '+4512345678', name: 'Citizen Demo', role: 'GUEST' },
        ],
      },
      9,
    ),
  );
  meetings.agencyUser = await createMeeting(
    server,
    centre,
    meetingBody(
      'Agency user',
      { participants: [{ type: 'USER', externalId: DEMO_USER.agency, role: 'GUEST' }] },
      10,
    ),
  );
  meetings.deptDevice = await createMeeting(
    server,
    kommune,
    meetingBody(
      'Dept device',
      { participants: [{ type: 'DEVICE', externalId: DEMO_DEVICE.deptRoom, role: 'GUEST' }] },
      11,
    ),
  );
  meetings.regionOnly = await createMeeting(server, region, meetingBody('Region only', {}, 12));
  meetings.hospitalHost = await createMeeting(
    server,
    region,
    meetingBody(
      'Hospital host',
      { participants: [organisation('hospital-demo', 'HOST'), organisation('agency-demo')] },
      13,
    ),
  );
});

afterAll(async () => {
  await server.close();
});

async function search(token: string, query = '') {
  const reply = await send(server, 'GET', `/appointments/v1/appointments${query}`, { token });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

function subjects(page: { items: { subject: string }[] }): string[] {
  return page.items.map((item) => item.subject);
}

describe('searchAppointments visibility', () => {
  it('shows each organisation exactly the meetings it takes part in', async () => {
    expect(subjects(await search(supplier))).toEqual(['Supplier invited']);
    expect(subjects(await search(agency))).toEqual(['Agency user', 'Hospital host']);
    expect(subjects(await search(centre))).toEqual(['Agency user']);
    expect(subjects(await search(kommune))).toEqual([
      'Supplier invited',
      'Agency user',
      'Dept device',
    ]);
    expect(subjects(await search(region))).toEqual(['Dept device', 'Region only', 'Hospital host']);
  });

  it('hides a citizen from organisations other than the owner', async () => {
    const [invited] = (await search(supplier)).items;
    const citizen = invited.participants.find((p: { type: string }) => p.type === 'CITIZEN');
    expect(citizen.externalId).toBeNull();
    expect(citizen.name).toBeNull();
    const [owned] = (await search(kommune)).items;
    const shown = owned.participants.find((p: { type: string }) => p.type === 'CITIZEN');
    expect(shown.externalId).toBe('+4512345678');
    expect(shown.name).toBe('Citizen Demo');
  });

  it('shows hostPin only to the owner and to hosts', async () => {
    const [invited] = (await search(supplier)).items;
    expect(invited.hostPin).toBeUndefined();
    expect(invited.guestPin).toBe(meetings.supplierInvited.guestPin);
    const [owned] = (await search(kommune)).items;
    expect(owned.hostPin).toBe(meetings.supplierInvited.hostPin);
    const agencyView = (await search(agency)).items.find(
      (i: { subject: string }) => i.subject === 'Hospital host',
    );
    expect(agencyView.hostPin).toBeUndefined();
  });

  it('returns the room fields of the meeting', async () => {
    const [item] = (await search(supplier)).items;
    const meeting = meetings.supplierInvited;
    expect(item).toMatchObject({
      id: meeting.uuid,
      ownerOrganisationCode: 'kommune-demo',
      uriWithDomain: meeting.uriWithDomain,
      shortLink: meeting.shortLink,
      portalLink: meeting.portalLink,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      organizedBy: meeting.organizedBy,
      createdBy: meeting.createdBy,
    });
  });
});

describe('searchAppointments filters', () => {
  it('filters by organisation, device, user and start time', async () => {
    expect(subjects(await search(region, '?organisationCode=dept-emergency'))).toEqual([
      'Dept device',
    ]);
    expect(subjects(await search(region, '?organisationCode=hospital-demo'))).toEqual([
      'Hospital host',
    ]);
    expect(subjects(await search(region, `?deviceId=${DEMO_DEVICE.deptRoom}`))).toEqual([
      'Dept device',
    ]);
    expect(
      subjects(
        await search(agency, `?userEmail=${encodeURIComponent(DEMO_USER.agency.toUpperCase())}`),
      ),
    ).toEqual(['Agency user']);
    const from = encodeURIComponent('2026-12-07T10:00:00+01:00');
    const to = encodeURIComponent('2026-12-07T11:00:00+01:00');
    expect(subjects(await search(kommune, `?fromStartTime=${from}&toStartTime=${to}`))).toEqual([
      'Agency user',
    ]);
  });

  it('returns 404 for an organisation or device outside the subtree', async () => {
    const organisationReply = await send(
      server,
      'GET',
      '/appointments/v1/appointments?organisationCode=kommune-demo',
      { token: supplier },
    );
    expect(organisationReply.status).toBe(404);
    expect(organisationReply.body.detailed_error_code).toBe(4002);
    expect(organisationReply.body.detailed_error).toBe('Organisation kommune-demo not found.');
    const deviceReply = await send(
      server,
      'GET',
      `/appointments/v1/appointments?deviceId=${DEMO_DEVICE.deptRoom}`,
      { token: supplier },
    );
    expect(deviceReply.status).toBe(404);
    expect(deviceReply.body.detailed_error_code).toBe(4001);
  });

  it('rejects invalid filters with 1003', async () => {
    for (const query of [
      '?fromStartTime=yesterday',
      '?fromStartTime=2026-12-31T23:59:60Z',
      '?userEmail=not-an-email',
      '?limit=0',
      '?limit=201',
      '?cursor=abc',
      '?unknown=1',
    ]) {
      const reply = await send(server, 'GET', `/appointments/v1/appointments${query}`, {
        token: kommune,
      });
      expect(reply.status, query).toBe(400);
      expect(reply.body.detailed_error_code).toBe(1003);
    }
  });

  it('pages in start-time order without repeats', async () => {
    const first = await search(region, '?limit=2');
    expect(subjects(first)).toEqual(['Dept device', 'Region only']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await search(region, `?limit=2&cursor=${first.nextCursor}`);
    expect(subjects(second)).toEqual(['Hospital host']);
    expect(second.nextCursor).toBeNull();
  });
});
