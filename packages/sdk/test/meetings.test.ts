import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICES } from '../src/demo.js';
import type { MeetingCreate, VdxClient } from '../src/index.js';
import {
  demoClient,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;
let kommune: VdxClient;
let region: VdxClient;

const HOMECARE_TABLET = DEMO_DEVICES.find((device) => device.loginId === 'tablet-homecare-1')!;

const MEETING: MeetingCreate = {
  subject: 'Koordinerende møde om hjemmepleje',
  description: 'Cross-sector meeting about the care plan.',
  startTime: '2026-12-07T10:00:00+01:00',
  endTime: '2026-12-07T10:45:00+01:00',
  labels: ['hjemmepleje'],
  participants: [
    { type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' },
    { type: 'USER', externalId: 'thomas.krogh@agency-demo.example', role: 'GUEST' },
    { type: 'DEVICE', externalId: HOMECARE_TABLET.id, role: 'GUEST' },
    { type: 'CITIZEN', externalId: '+4512345678', name: 'Citizen Demo', role: 'GUEST' },
  ],
};

beforeAll(async () => {
  server = await startReferenceServer();
  kommune = demoClient(server, 'demo-kommune-admin');
  region = demoClient(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

describe('meetings', () => {
  it('info names the service', async () => {
    const info = await kommune.meetings.info();

    expect(info.info.map((entry) => entry.key)).toContain('service');
  });

  it('create returns the meeting with its room', async () => {
    const meeting = await kommune.meetings.create(MEETING);

    expect(meeting).toMatchObject({
      subject: MEETING.subject,
      description: MEETING.description,
      startTime: MEETING.startTime,
      endTime: MEETING.endTime,
      labels: ['hjemmepleje'],
      knownParticipants: 4,
      organizedBy: { organisationId: 'kommune-demo', email: 'integration@kommune-demo.example' },
    });
    expect(meeting.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(meeting.shortId).toHaveLength(12);
    expect(meeting.uriWithDomain).not.toBe('');
    expect(meeting.guestPin).toBeGreaterThanOrEqual(1000);
    expect(meeting.hostPin).toBeGreaterThanOrEqual(1000);
  });

  it('create with the same idempotency key returns the first meeting', async () => {
    const options = { idempotencyKey: 'meetings-test-create-1' };

    const first = await kommune.meetings.create(MEETING, options);
    const repeated = await kommune.meetings.create(MEETING, options);

    expect(repeated.uuid).toBe(first.uuid);
  });

  it('get and search find the created meeting', async () => {
    const created = await kommune.meetings.create({
      ...MEETING,
      subject: 'Search target 7f3a',
      participants: [],
    });

    expect(await kommune.meetings.get(created.uuid)).toEqual(created);
    const found = await kommune.meetings.search({ subject: 'target 7f3a' });
    expect(found.map((meeting) => meeting.uuid)).toEqual([created.uuid]);
    const byShortId = await kommune.meetings.search({ 'short-id': created.shortId });
    expect(byShortId.map((meeting) => meeting.uuid)).toEqual([created.uuid]);
  });

  it('update replaces the details and clears left-out fields', async () => {
    const created = await kommune.meetings.create(MEETING);

    const updated = await kommune.meetings.update(created.uuid, {
      subject: 'Flyttet møde',
      startTime: '2026-12-07T11:00:00+01:00',
      endTime: '2026-12-07T11:45:00+01:00',
    });

    expect(updated).toMatchObject({
      uuid: created.uuid,
      subject: 'Flyttet møde',
      startTime: '2026-12-07T11:00:00+01:00',
      endTime: '2026-12-07T11:45:00+01:00',
      uriWithDomain: created.uriWithDomain,
      guestPin: created.guestPin,
      knownParticipants: 4,
    });
    expect(updated.description).toBeUndefined();
  });

  it('patch changes only the given fields', async () => {
    const created = await kommune.meetings.create(MEETING);

    const patched = await kommune.meetings.patch(created.uuid, {
      endTime: '2026-12-07T11:00:00+01:00',
      description: null,
    });

    expect(patched.subject).toBe(MEETING.subject);
    expect(patched.startTime).toBe(MEETING.startTime);
    expect(patched.endTime).toBe('2026-12-07T11:00:00+01:00');
    expect(patched.description).toBeUndefined();
  });

  it('patch with end before start gives 400', async () => {
    const created = await kommune.meetings.create(MEETING);

    await expect(
      kommune.meetings.patch(created.uuid, { endTime: '2026-12-07T09:00:00+01:00' }),
    ).rejects.toMatchObject({ name: 'VdxApiError', status: 400, code: 1006 });
  });

  it('delete removes the meeting', async () => {
    const created = await kommune.meetings.create(MEETING);

    await expect(kommune.meetings.delete(created.uuid)).resolves.toBeUndefined();
    await expect(kommune.meetings.get(created.uuid)).rejects.toMatchObject({
      name: 'VdxApiError',
      status: 404,
      code: 4001,
    });
  });

  it('another organisation tree gets 404', async () => {
    const created = await kommune.meetings.create(MEETING);

    await expect(region.meetings.get(created.uuid)).rejects.toMatchObject({
      status: 404,
      code: 4001,
    });
  });

  it('empty meeting uuid is rejected before sending', async () => {
    await expect(kommune.meetings.get('')).rejects.toThrow(
      'meetingUuid must be a non-empty string; got "".',
    );
  });
});

describe('meeting participants', () => {
  it('list returns participants in the order added', async () => {
    const created = await kommune.meetings.create(MEETING);

    const participants = await kommune.meetings.participants.list(created.uuid);

    expect(participants.map((participant) => [participant.type, participant.externalId])).toEqual([
      ['ORGANISATION', 'supplier-demo'],
      ['USER', 'thomas.krogh@agency-demo.example'],
      ['DEVICE', HOMECARE_TABLET.id],
      ['CITIZEN', '+4512345678'],
    ]);
    expect(participants.map((participant) => participant.organisation)).toEqual([
      'supplier-demo',
      'agency-demo',
      'kommune-demo',
      null,
    ]);
    expect(participants[3]?.name).toBe('Citizen Demo');
  });

  it('add, update and remove change the list', async () => {
    const created = await kommune.meetings.create({ ...MEETING, participants: [] });

    const added = await kommune.meetings.participants.add(created.uuid, [
      { type: 'ORGANISATION', externalId: 'agency-demo', role: 'GUEST' },
      { type: 'USER', externalId: 'lene.dahl@kommune-demo.example', role: 'GUEST' },
    ]);
    expect(added.map((participant) => participant.externalId)).toEqual([
      'agency-demo',
      'lene.dahl@kommune-demo.example',
    ]);

    const host = await kommune.meetings.participants.update(created.uuid, added[1]!.uuid, 'HOST');
    expect(host).toMatchObject({ uuid: added[1]!.uuid, role: 'HOST' });

    await kommune.meetings.participants.remove(created.uuid, added[0]!.uuid);
    const remaining = await kommune.meetings.participants.list(created.uuid);
    expect(remaining.map((participant) => [participant.externalId, participant.role])).toEqual([
      ['lene.dahl@kommune-demo.example', 'HOST'],
    ]);
  });

  it('adding an existing participant gives 409', async () => {
    const created = await kommune.meetings.create(MEETING);

    await expect(
      kommune.meetings.participants.add(created.uuid, [
        { type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' },
      ]),
    ).rejects.toMatchObject({ name: 'VdxApiError', status: 409, code: 5003 });
    expect(await kommune.meetings.participants.list(created.uuid)).toHaveLength(4);
  });

  it('unknown participant gives 400 and adds nothing', async () => {
    const created = await kommune.meetings.create({ ...MEETING, participants: [] });

    await expect(
      kommune.meetings.participants.add(created.uuid, [
        { type: 'ORGANISATION', externalId: 'agency-demo', role: 'GUEST' },
        { type: 'USER', externalId: 'nobody@nowhere.example', role: 'GUEST' },
      ]),
    ).rejects.toMatchObject({ name: 'VdxApiError', status: 400, code: 4004 });
    expect(await kommune.meetings.participants.list(created.uuid)).toEqual([]);
  });

  it('outside organisation as host gives 400', async () => {
    const created = await kommune.meetings.create({ ...MEETING, participants: [] });

    await expect(
      kommune.meetings.participants.add(created.uuid, [
        { type: 'ORGANISATION', externalId: 'supplier-demo', role: 'HOST' },
      ]),
    ).rejects.toMatchObject({ name: 'VdxApiError', status: 400, code: 3003 });
  });

  it('empty participant uuid is rejected before sending', async () => {
    await expect(kommune.meetings.participants.remove('m', '')).rejects.toThrow(
      'participantUuid must be a non-empty string; got "".',
    );
  });
});
