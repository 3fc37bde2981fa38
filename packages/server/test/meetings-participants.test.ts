import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor, UNKNOWN_DEVICE } from './helpers.js';
import { createMeeting, DEMO_USER, meetingBody, organisation } from './meetings-helpers.js';

let server: RunningServer;
let kommune: string;
let region: string;

beforeAll(async () => {
  server = await startDemoServer();
  [kommune, region] = await Promise.all([
    tokenFor(server, 'demo-kommune-admin'),
    tokenFor(server, 'demo-region-admin'),
  ]);
});

afterAll(async () => {
  await server.close();
});

function addParticipants(meetingUuid: string, json: unknown, token = kommune) {
  return send(server, 'POST', `/videoapi/v2/meetings/${meetingUuid}/participants`, { token, json });
}

describe('participants at creation', () => {
  it('resolves the organisation of each type', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Types', {
        participants: [
          organisation('supplier-demo'),
          { type: 'USER', externalId: 'Thomas.Krogh@Agency-Demo.example', role: 'GUEST' },
          { type: 'DEVICE', externalId: DEMO_DEVICE.centreKiosk, role: 'HOST' },
          { type: 'CITIZEN', externalId: '+4512345678', name: 'Citizen Demo', role: 'GUEST' },
        ],
      }),
    );
    expect(meeting.knownParticipants).toBe(4);
    const reply = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}/participants`, {
      token: kommune,
    });
    expect(reply.status).toBe(200);
    const view = reply.body.map(({ uuid, ...rest }: { uuid: string }) => rest);
    expect(view).toEqual([
      {
        type: 'ORGANISATION',
        externalId: 'supplier-demo',
        organisation: 'supplier-demo',
        role: 'GUEST',
      },
      { type: 'USER', externalId: DEMO_USER.agency, organisation: 'agency-demo', role: 'GUEST' },
      {
        type: 'DEVICE',
        externalId: DEMO_DEVICE.centreKiosk,
        organisation: 'centre-nord',
        role: 'HOST',
      },
      {
        type: 'CITIZEN',
        externalId: '+4512345678',
        organisation: null,
        role: 'GUEST',
        name: 'Citizen Demo',
      },
    ]);
  });

  it('creates nothing when one participant is unknown', async () => {
    const reply = await send(server, 'POST', '/videoapi/v2/meetings', {
      token: kommune,
      json: meetingBody('Unknown user', {
        labels: ['never-created'],
        participants: [
          organisation('supplier-demo'),
          { type: 'USER', externalId: 'case.worker@agency-demo.example', role: 'GUEST' },
        ],
      }),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(4004);
    expect(reply.body.detailed_error).toBe(
      '/participants/1/externalId: no USER with e-mail case.worker@agency-demo.example exists in VDX. Find users with GET /appointments/v1/directory/users.',
    );
    const search = await send(server, 'GET', '/videoapi/v2/meetings?label=never-created', {
      token: kommune,
    });
    expect(search.body).toEqual([]);
  });
});

describe('addParticipants', () => {
  it('returns the added participants in request order', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Add'));
    const reply = await addParticipants(meeting.uuid, [
      organisation('agency-demo'),
      organisation('supplier-demo'),
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.map((p: { externalId: string }) => p.externalId)).toEqual([
      'agency-demo',
      'supplier-demo',
    ]);
    const after = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(after.body.knownParticipants).toBe(2);
  });

  it('rejects unknown participants with 4004', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Unknown'));
    const cases: [unknown, string][] = [
      [
        organisation('no-such-org'),
        '/0/externalId: no ORGANISATION with code no-such-org exists in VDX. Find organisations with GET /appointments/v1/directory/organisations.',
      ],
      [
        { type: 'USER', externalId: 'nobody@example.org', role: 'GUEST' },
        '/0/externalId: no USER with e-mail nobody@example.org exists in VDX. Find users with GET /appointments/v1/directory/users.',
      ],
      [
        { type: 'DEVICE', externalId: UNKNOWN_DEVICE, role: 'GUEST' },
        `/0/externalId: no DEVICE with id ${UNKNOWN_DEVICE} exists in VDX. Find devices with GET /appointments/v1/directory/devices.`,
      ],
      [
        { type: 'DEVICE', externalId: 'not-a-uuid', role: 'GUEST' },
        '/0/externalId: no DEVICE with id not-a-uuid exists in VDX. Find devices with GET /appointments/v1/directory/devices.',
      ],
    ];
    for (const [participant, message] of cases) {
      const reply = await addParticipants(meeting.uuid, [participant]);
      expect(reply.status).toBe(400);
      expect(reply.body.detailed_error_code).toBe(4004);
      expect(reply.body.detailed_error).toBe(message);
    }
  });

  it('rejects HOST outside the owner subtree with 3003', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Host'));
    const reply = await addParticipants(meeting.uuid, [organisation('supplier-demo', 'HOST')]);
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(3003);
    expect(reply.body.detailed_error).toBe(
      "/0/role: supplier-demo is outside the owner organisation's subtree and can only be invited as GUEST.",
    );
    const inside = await addParticipants(meeting.uuid, [organisation('centre-nord', 'HOST')]);
    expect(inside.status).toBe(200);
  });

  it('rejects a citizen as HOST and a disabled device with 3003', async () => {
    const meeting = await createMeeting(server, region, meetingBody('Rules'));
    const citizen = await addParticipants(
      meeting.uuid,
      [{ type: 'CITIZEN', externalId: 'patient@example.org', role: 'HOST' }],
      region,
    );
    expect(citizen.status).toBe(400);
    expect(citizen.body.detailed_error_code).toBe(3003);
    expect(citizen.body.detailed_error).toBe('/0/role: a CITIZEN can only be invited as GUEST.');

    const disable = await send(server, 'PATCH', `/devices/v1/devices/${DEMO_DEVICE.hospitalRoom}`, {
      token: region,
      json: { status: 'disabled' },
    });
    expect(disable.status).toBe(200);
    const device = await addParticipants(
      meeting.uuid,
      [{ type: 'DEVICE', externalId: DEMO_DEVICE.hospitalRoom, role: 'GUEST' }],
      region,
    );
    expect(device.status).toBe(400);
    expect(device.body.detailed_error_code).toBe(3003);
    expect(device.body.detailed_error).toBe(
      `/0/externalId: device ${DEMO_DEVICE.hospitalRoom} is disabled and cannot be invited. Enable it or invite another device.`,
    );
  });

  it('rejects invalid citizens and mismatched organisations with 1001', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Citizens'));
    const cases: [unknown, string][] = [
      [
        { type: 'CITIZEN', externalId: '12345678', role: 'GUEST' },
        '/0/externalId: "12345678" is neither an e-mail address nor a phone number in E.164 form such as +4512345678.',
      ],
      [
        { type: 'CITIZEN', externalId: DEMO_USER.agency, role: 'GUEST' },
        `/0/externalId: ${DEMO_USER.agency} is a VDX user, not a citizen. Invite it with type USER.`,
      ],
      [
        { ...organisation('supplier-demo'), name: 'Named' },
        '/0/name: is only allowed for CITIZEN participants.',
      ],
      [
        { ...organisation('supplier-demo'), organisation: 'agency-demo' },
        "/0/organisation: agency-demo does not match the participant's organisation (supplier-demo). Leave organisation out; the server derives it.",
      ],
    ];
    for (const [participant, message] of cases) {
      const reply = await addParticipants(meeting.uuid, [participant]);
      expect(reply.status).toBe(400);
      expect(reply.body.detailed_error_code).toBe(1001);
      expect(reply.body.detailed_error).toBe(message);
    }
  });

  it('rejects malformed lists with 1001', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Malformed'));
    for (const json of [
      [],
      {},
      [{ type: 'ROBOT', externalId: 'x', role: 'GUEST' }],
      [{ type: 'USER', role: 'GUEST' }],
      [{ ...organisation('supplier-demo'), extra: 1 }],
    ]) {
      const reply = await addParticipants(meeting.uuid, json);
      expect(reply.status, JSON.stringify(json)).toBe(400);
      expect(reply.body.detailed_error_code).toBe(1001);
    }
  });

  it('rejects a duplicate with 5003 and adds nothing', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Dup', {
        participants: [{ type: 'USER', externalId: DEMO_USER.agency, role: 'GUEST' }],
      }),
    );
    const reply = await addParticipants(meeting.uuid, [
      organisation('supplier-demo'),
      { type: 'USER', externalId: DEMO_USER.agency.toUpperCase(), role: 'GUEST' },
    ]);
    expect(reply.status).toBe(409);
    expect(reply.body.detailed_error_code).toBe(5003);
    expect(reply.body.detailed_error).toBe(
      `/1: USER ${DEMO_USER.agency} is already a participant of meeting ${meeting.uuid}. Change its role with PUT instead.`,
    );
    const list = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}/participants`, {
      token: kommune,
    });
    expect(list.body).toHaveLength(1);

    const twice = await addParticipants(meeting.uuid, [
      organisation('agency-demo'),
      organisation('agency-demo'),
    ]);
    expect(twice.status).toBe(409);
    expect(twice.body.detailed_error_code).toBe(5003);
  });

  it('returns 404 for a meeting outside the subtree', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Foreign'));
    const reply = await addParticipants(meeting.uuid, [organisation('supplier-demo')], region);
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4001);
  });
});

describe('updateParticipant and removeParticipant', () => {
  it('changes a role within the rules', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Roles', {
        participants: [organisation('centre-nord'), organisation('supplier-demo')],
      }),
    );
    const [centre, supplier] = (
      await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}/participants`, {
        token: kommune,
      })
    ).body;
    const path = `/videoapi/v2/meetings/${meeting.uuid}/participants`;
    const promoted = await send(server, 'PUT', `${path}/${centre.uuid}`, {
      token: kommune,
      json: { role: 'HOST' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('HOST');
    const refused = await send(server, 'PUT', `${path}/${supplier.uuid}`, {
      token: kommune,
      json: { role: 'HOST' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detailed_error_code).toBe(3003);
    const bad = await send(server, 'PUT', `${path}/${supplier.uuid}`, {
      token: kommune,
      json: { role: 'OWNER' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detailed_error_code).toBe(1001);
  });

  it('removes a participant once', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Remove', { participants: [organisation('supplier-demo')] }),
    );
    const [participant] = (
      await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}/participants`, {
        token: kommune,
      })
    ).body;
    const path = `/videoapi/v2/meetings/${meeting.uuid}/participants/${participant.uuid}`;
    const removed = await send(server, 'DELETE', path, { token: kommune });
    expect(removed.status).toBe(204);
    const again = await send(server, 'DELETE', path, { token: kommune });
    expect(again.status).toBe(404);
    expect(again.body.detailed_error_code).toBe(4001);
    expect(again.body.detailed_error).toBe(
      `Participant ${participant.uuid} not found in meeting ${meeting.uuid}.`,
    );
    const after = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(after.body.knownParticipants).toBe(0);
  });
});
