/**
 * VideoAPI meetings and participants: rooms, times, PINs, participant rules, roles and the
 * `appointment.*` webhook events.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

const mock = useMockServer();

const MEETINGS = '/videoapi/v2/meetings';
const START = '2026-12-07T10:00:00+01:00';
const END = '2026-12-07T10:30:00+01:00';

let regionAdmin: string;
let supplier: string;
let kommuneAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
  supplier = await tokenFor('demo-supplier');
  kommuneAdmin = await tokenFor('demo-kommune-admin');
});

interface MeetingBody {
  uuid: string;
  [field: string]: unknown;
}

async function createMeeting(
  fields: Record<string, unknown> = {},
  token = regionAdmin,
): Promise<Response> {
  return api(MEETINGS, {
    method: 'POST',
    token,
    json: { subject: 'Ward round', startTime: START, endTime: END, ...fields },
  });
}

async function created(fields: Record<string, unknown> = {}, token = regionAdmin) {
  const response = await createMeeting(fields, token);
  expect(response.status).toBe(200);
  return (await response.json()) as MeetingBody;
}

describe('meeting create', () => {
  it('returns the meeting with its room', async () => {
    const meeting = await created({ labels: ['akut'], externalId: 'ext-1' });
    expect(meeting).toMatchObject({
      subject: 'Ward round',
      startTime: START,
      endTime: END,
      organizedBy: { organisationId: 'region-demo', email: 'integration@region-demo.example' },
      createdBy: { organisationId: 'region-demo', email: 'integration@region-demo.example' },
      labels: ['akut'],
      externalId: 'ext-1',
      guestPinRequired: false,
      knownParticipants: 0,
    });
    expect(meeting.shortId).toMatch(/^[a-z0-9]{12}$/);
    expect(meeting.uriWithDomain).toBe(`${meeting.uriWithoutDomain}@video.vdx.test`);
    expect(meeting.shortLink).toBe(`http://vdx.test/m/${meeting.shortId}`);
    expect(meeting.portalLink).toBe(
      `http://vdx.test/portal/?url=${meeting.uriWithoutDomain}%40video.vdx.test&pin=${meeting.guestPin}`,
    );
    expect(meeting.guestPin).not.toBe(meeting.hostPin);
  });

  it('end before start answers 400 with 1006', async () => {
    const response = await createMeeting({ endTime: '2026-12-07T09:00:00+01:00' });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1006);
    expect(error.message).toBe(
      `/endTime: 2026-12-07T09:00:00+01:00 is not after startTime ${START}. Send an end time after the start time.`,
    );
  });

  it('equal PINs answer 400 with 1006', async () => {
    const response = await createMeeting({ guestPin: 123456, hostPin: 123456 });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1006);
    expect(error.message).toBe(
      '/hostPin: 123456 equals guestPin; send a host PIN different from the guest PIN, or leave it out to get a random one.',
    );
  });

  it('repeated externalId answers 409 with 5001', async () => {
    await created({ externalId: 'ext-2' });
    const response = await createMeeting({ externalId: 'ext-2' });
    expect(response.status).toBe(409);
    const error = await readError(response);
    expect(error.code).toBe(5001);
    expect(error.message).toBe(
      '/externalId: organisation region-demo already has a meeting with externalId ext-2. Use another externalId or change that meeting.',
    );
  });

  it('meeting-user naming another organiser answers 3004', async () => {
    const response = await createMeeting(
      { organizedByEmail: 'karsten.bach@supplier-demo.example' },
      supplier,
    );
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe(3004);
    expect(error.message).toBe(
      '/organizedByEmail: a meeting-user may organise only its own meetings; send integration@supplier-demo.example or leave organizedByEmail out.',
    );
  });

  it('planner names a user of its subtree', async () => {
    const meeting = await created({ organizedByEmail: 'jonas.berg@dept-emergency.example' });
    expect(meeting.organizedBy).toEqual({
      organisationId: 'dept-emergency',
      email: 'jonas.berg@dept-emergency.example',
    });
    const outside = await createMeeting({ organizedByEmail: 'lene.dahl@kommune-demo.example' });
    expect(outside.status).toBe(400);
    expect((await readError(outside)).code).toBe(1001);
  });
});

describe('meeting participants on create', () => {
  it('stores participants with derived organisations', async () => {
    const meeting = await created({
      participants: [
        { type: 'DEVICE', externalId: DEVICE.akutRoom, role: 'HOST' },
        { type: 'USER', externalId: 'Sofie.Lund@hospital-demo.example', role: 'GUEST' },
        { type: 'CITIZEN', externalId: '+4512345678', role: 'GUEST', name: 'Borger' },
        { type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' },
      ],
    });
    expect(meeting.knownParticipants).toBe(4);
    const response = await api(`${MEETINGS}/${meeting.uuid}/participants`, { token: regionAdmin });
    const participants = await response.json();
    expect(
      participants.map((p: Record<string, unknown>) => [p.externalId, p.organisation]),
    ).toEqual([
      [DEVICE.akutRoom, 'dept-emergency'],
      ['sofie.lund@hospital-demo.example', 'hospital-demo'],
      ['+4512345678', null],
      ['supplier-demo', 'supplier-demo'],
    ]);
    expect(participants[2].name).toBe('Borger');
  });

  it('unknown user answers 400 with 4004', async () => {
    const response = await createMeeting({
      participants: [{ type: 'USER', externalId: 'nobody@example.org', role: 'GUEST' }],
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(4004);
    expect(error.message).toBe(
      '/participants/0/externalId: no USER with e-mail nobody@example.org exists in VDX. Find users with GET /appointments/v1/directory/users.',
    );
  });

  it('citizen as host answers 400 with 3003', async () => {
    const response = await createMeeting({
      participants: [{ type: 'CITIZEN', externalId: 'borger@example.org', role: 'HOST' }],
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(3003);
    expect(error.message).toBe('/participants/0/role: a CITIZEN can only be invited as GUEST.');
  });

  it('host outside the subtree answers 3003', async () => {
    const response = await createMeeting({
      participants: [{ type: 'ORGANISATION', externalId: 'supplier-demo', role: 'HOST' }],
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe(
      "/participants/0/role: supplier-demo is outside the owner organisation's subtree and can only be invited as GUEST.",
    );
  });

  it('disabled device answers 400 with 3003', async () => {
    await api(`/devices/v1/devices/${DEVICE.akutTablet}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { status: 'disabled' },
    });
    const response = await createMeeting({
      participants: [{ type: 'DEVICE', externalId: DEVICE.akutTablet, role: 'GUEST' }],
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(3003);
    expect(error.message).toBe(
      `/participants/0/externalId: device ${DEVICE.akutTablet} is disabled and cannot be invited. Enable it or invite another device.`,
    );
  });

  it('participant sent twice answers 409 with 5003', async () => {
    const participant = { type: 'ORGANISATION', externalId: 'hospital-demo', role: 'GUEST' };
    const response = await createMeeting({ participants: [participant, participant] });
    expect(response.status).toBe(409);
    const error = await readError(response);
    expect(error.code).toBe(5003);
    expect(error.message).toBe(
      '/participants/1: ORGANISATION hospital-demo appears more than once in the request. Send each participant once.',
    );
  });
});

describe('meeting read and change', () => {
  it('outside subtree answers 404 with 4001', async () => {
    const meeting = await created();
    const response = await api(`${MEETINGS}/${meeting.uuid}`, { token: kommuneAdmin });
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4001);
    expect(error.message).toBe(`Meeting ${meeting.uuid} not found.`);
  });

  it('patch changes only sent fields', async () => {
    const meeting = await created({ description: 'Before', projectCode: 'P-1' });
    const response = await api(`${MEETINGS}/${meeting.uuid}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { subject: 'Renamed', description: null },
    });
    expect(response.status).toBe(200);
    const patched = await response.json();
    expect(patched.subject).toBe('Renamed');
    expect(patched.description).toBeUndefined();
    expect(patched.projectCode).toBe('P-1');
    expect(patched.guestPin).toBe(meeting.guestPin);
    expect(patched.updatedBy).toEqual({
      organisationId: 'region-demo',
      email: 'integration@region-demo.example',
    });
  });

  it('put clears optional fields and keeps PINs', async () => {
    const meeting = await created({ description: 'Before', labels: ['x'] });
    const response = await api(`${MEETINGS}/${meeting.uuid}`, {
      method: 'PUT',
      token: regionAdmin,
      json: { subject: 'Replaced', startTime: START, endTime: END },
    });
    const replaced = await response.json();
    expect(replaced.description).toBeUndefined();
    expect(replaced.labels).toEqual([]);
    expect(replaced.hostPin).toBe(meeting.hostPin);
  });

  it('patch to end before start answers 1006', async () => {
    const meeting = await created();
    const response = await api(`${MEETINGS}/${meeting.uuid}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { startTime: '2026-12-07T11:00:00+01:00' },
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).code).toBe(1006);
  });

  it("meeting-user cannot read another's meeting", async () => {
    const own = await created({}, supplier);
    const agency = await tokenFor('demo-agency');
    const outside = await api(`${MEETINGS}/${own.uuid}`, { token: agency });
    expect(outside.status).toBe(404);
    const read = await api(`${MEETINGS}/${own.uuid}`, { token: supplier });
    expect(read.status).toBe(200);
  });

  it('delete answers 204 then 404', async () => {
    const meeting = await created();
    const removed = await api(`${MEETINGS}/${meeting.uuid}`, {
      method: 'DELETE',
      token: regionAdmin,
    });
    expect(removed.status).toBe(204);
    const again = await api(`${MEETINGS}/${meeting.uuid}`, { token: regionAdmin });
    expect(again.status).toBe(404);
  });
});

describe('meeting search', () => {
  it('finds by subject in start order', async () => {
    await created({
      subject: 'Late round',
      startTime: '2026-12-07T12:00:00+01:00',
      endTime: '2026-12-07T13:00:00+01:00',
    });
    await created({ subject: 'Early round' });
    await created({ subject: 'Other' });
    const response = await api(`${MEETINGS}?subject=ROUND`, { token: regionAdmin });
    expect(response.status).toBe(200);
    const meetings = await response.json();
    expect(meetings.map((m: { subject: string }) => m.subject)).toEqual([
      'Early round',
      'Late round',
    ]);
  });

  it('time range includes both ends', async () => {
    await created({ subject: 'At start' });
    const query = `from-start-time=${encodeURIComponent(START)}&to-start-time=${encodeURIComponent(START)}`;
    const meetings = await (await api(`${MEETINGS}?${query}`, { token: regionAdmin })).json();
    expect(meetings.map((m: { subject: string }) => m.subject)).toEqual(['At start']);
  });

  it('no filter answers 400 with 1003', async () => {
    const response = await api(MEETINGS, { token: regionAdmin });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1003);
    expect(error.message).toBe(
      'Give at least one filter: short-id, label, subject, organizedBy, search, or from-start-time with to-start-time.',
    );
  });

  it('half a range answers 400 with 1003', async () => {
    const response = await api(`${MEETINGS}?from-start-time=${encodeURIComponent(START)}`, {
      token: regionAdmin,
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe(
      '/to-start-time: is required together with from-start-time; send both ends of the range.',
    );
  });

  it('meeting-user gets only its own meetings', async () => {
    await created({ subject: 'Planned by region' });
    await created({ subject: 'Own supplier meeting' }, supplier);
    const meetings = await (await api(`${MEETINGS}?subject=e`, { token: supplier })).json();
    expect(meetings.map((m: { subject: string }) => m.subject)).toEqual(['Own supplier meeting']);
  });
});

describe('participants', () => {
  it('add, change role and remove', async () => {
    const meeting = await created();
    const path = `${MEETINGS}/${meeting.uuid}/participants`;
    const added = await api(path, {
      method: 'POST',
      token: regionAdmin,
      json: [{ type: 'USER', externalId: 'jonas.berg@dept-emergency.example', role: 'GUEST' }],
    });
    expect(added.status).toBe(200);
    const [participant] = await added.json();
    expect(participant).toMatchObject({ organisation: 'dept-emergency', role: 'GUEST' });

    const updated = await api(`${path}/${participant.uuid}`, {
      method: 'PUT',
      token: regionAdmin,
      json: { role: 'HOST' },
    });
    expect(updated.status).toBe(200);
    expect((await updated.json()).role).toBe('HOST');

    const removed = await api(`${path}/${participant.uuid}`, {
      method: 'DELETE',
      token: regionAdmin,
    });
    expect(removed.status).toBe(204);
    const again = await api(`${path}/${participant.uuid}`, {
      method: 'DELETE',
      token: regionAdmin,
    });
    expect(again.status).toBe(404);
    expect((await readError(again)).message).toBe(
      `Participant ${participant.uuid} not found in meeting ${meeting.uuid}.`,
    );
  });

  it('existing participant answers 409 with 5003', async () => {
    const meeting = await created({
      participants: [{ type: 'ORGANISATION', externalId: 'hospital-demo', role: 'GUEST' }],
    });
    const response = await api(`${MEETINGS}/${meeting.uuid}/participants`, {
      method: 'POST',
      token: regionAdmin,
      json: [{ type: 'ORGANISATION', externalId: 'hospital-demo', role: 'HOST' }],
    });
    expect(response.status).toBe(409);
    const error = await readError(response);
    expect(error.code).toBe(5003);
    expect(error.message).toBe(
      `/0: ORGANISATION hospital-demo is already a participant of meeting ${meeting.uuid}. Change its role with PUT instead.`,
    );
  });

  it('citizen promoted to host answers 3003', async () => {
    const meeting = await created({
      participants: [{ type: 'CITIZEN', externalId: 'borger@example.org', role: 'GUEST' }],
    });
    const [citizen] = await (
      await api(`${MEETINGS}/${meeting.uuid}/participants`, { token: regionAdmin })
    ).json();
    const response = await api(`${MEETINGS}/${meeting.uuid}/participants/${citizen.uuid}`, {
      method: 'PUT',
      token: regionAdmin,
      json: { role: 'HOST' },
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(3003);
    expect(error.message).toBe('/role: a CITIZEN can only be invited as GUEST.');
  });
});

describe('meeting webhook events and controls', () => {
  it('changes raise appointment events', async () => {
    await api('/devices/v1/organisations/supplier-demo/webhook', {
      method: 'PUT',
      token: supplier,
      json: { url: 'https://supplier.example/hook' },
    });
    const meeting = await created({
      participants: [{ type: 'ORGANISATION', externalId: 'supplier-demo', role: 'GUEST' }],
    });
    const [participant] = await (
      await api(`${MEETINGS}/${meeting.uuid}/participants`, { token: regionAdmin })
    ).json();
    await api(`${MEETINGS}/${meeting.uuid}/participants/${participant.uuid}`, {
      method: 'DELETE',
      token: regionAdmin,
    });
    const events = mock.state.webhooks.listEvents('supplier-demo').reverse();
    expect(events.map((event) => [event.body.type, event.body.data])).toEqual([
      [
        'appointment.created',
        {
          appointmentId: meeting.uuid,
          ownerOrganisationCode: 'region-demo',
          startTime: START,
          endTime: END,
        },
      ],
      [
        'appointment.deleted',
        { appointmentId: meeting.uuid, ownerOrganisationCode: 'region-demo', reason: 'uninvited' },
      ],
    ]);
  });

  it('info names the mock', async () => {
    const response = await api('/videoapi/v2/info', { token: supplier });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      info: [{ key: 'service', value: { name: 'vdx-mock', version: '0.1.0' } }],
    });
  });

  it('scheduled failure and reset', async () => {
    mock.fail('createMeeting', 503);
    expect((await createMeeting()).status).toBe(503);
    const meeting = await created();
    mock.reset();
    expect(mock.state.videoMeetings.get(meeting.uuid)).toBeUndefined();
  });
});
