import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServer, type StartedServer } from '../src/server.js';
import { hashSecret } from '../src/services/secrets.js';
import { DEMO_DEVICE, deviceToken, send, tokenFor } from './helpers.js';
import {
  CLIENT_EMAIL,
  createMeeting,
  DEMO_USER,
  meetingBody,
  organisation,
} from './meetings-helpers.js';

/** A second meeting-user client of supplier-demo, added next to the demo clients. */
const SECOND_SUPPLIER_CLIENT = 'test-supplier-second';

let server: StartedServer;
let kommune: string;
let centre: string;
let region: string;
let supplier: string;
let agency: string;

beforeAll(async () => {
  server = await launchServer({ port: 0, db: ':memory:', seed: 'demo', logger: false });
  await server.context.store.insertClientIfAbsent({
    clientId: SECOND_SUPPLIER_CLIENT,
    secretHash: await hashSecret(`${SECOND_SUPPLIER_CLIENT}-secret`),
    organisationCode: 'supplier-demo',
    roles: ['meeting-user'],
    refreshTokens: false,
    email: 'second@supplier-demo.example',
  });
  kommune = await tokenFor(server, 'demo-kommune-admin');
  centre = await tokenFor(server, 'demo-centre-planner');
  region = await tokenFor(server, 'demo-region-admin');
  supplier = await tokenFor(server, 'demo-supplier');
  agency = await tokenFor(server, 'demo-agency');
});

afterAll(async () => {
  await server.close();
});

describe('getVideoApiInfo', () => {
  it('returns the service name and version', async () => {
    const reply = await send(server, 'GET', '/videoapi/v2/info', { token: agency });
    expect(reply.status).toBe(200);
    expect(reply.body.info[0].key).toBe('service');
    expect(reply.body.info[0].value.name).toBe('vdx-server');
    expect(reply.body.info[0].value.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('rejects a device token', async () => {
    const device = await deviceToken(server, kommune, DEMO_DEVICE.kommuneTablet);
    const reply = await send(server, 'GET', '/videoapi/v2/info', { token: device });
    expect(reply.status).toBe(403);
    expect(reply.body.detailed_error_code).toBe(3001);
  });
});

describe('createMeeting', () => {
  it('assigns a room, PINs and links', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Room'));
    expect(meeting.uriWithDomain).toMatch(/^\d{7}@video\.vdx\.test$/);
    expect(meeting.uriWithDomain).toBe(`${meeting.uriWithoutDomain}@video.vdx.test`);
    expect(meeting.shortId).toMatch(/^[a-z0-9]{12}$/);
    expect(meeting.shortLink).toBe(`${server.url}/m/${meeting.shortId}`);
    expect(meeting.portalLink.startsWith(`${server.url}/portal/?`)).toBe(true);
    expect(meeting.guestPin).toBeGreaterThanOrEqual(100000);
    expect(meeting.hostPin).toBeGreaterThanOrEqual(100000);
    expect(meeting.guestPin).not.toBe(meeting.hostPin);
    expect(meeting.knownParticipants).toBe(0);
    expect(meeting.labels).toEqual([]);
    expect(meeting.guestPinRequired).toBe(false);
  });

  it('gives each meeting its own room', async () => {
    const meetings = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createMeeting(server, kommune, meetingBody(`Many ${i}`)),
      ),
    );
    expect(new Set(meetings.map((m) => m.uriWithDomain)).size).toBe(20);
    expect(new Set(meetings.map((m) => m.shortId)).size).toBe(20);
    expect(new Set(meetings.map((m) => m.uuid)).size).toBe(20);
  });

  it('records creator and organiser from the token', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Creator'));
    const caller = { organisationId: 'kommune-demo', email: CLIENT_EMAIL['demo-kommune-admin'] };
    expect(meeting.createdBy).toEqual(caller);
    expect(meeting.organizedBy).toEqual(caller);
    expect(meeting.updatedBy).toBeUndefined();
    expect(meeting.createdTime).toBe(meeting.updatedTime);
  });

  it('lets a planner organise on behalf of a user of its subtree', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('On behalf', { organizedByEmail: DEMO_USER.centre }),
    );
    expect(meeting.organizedBy).toEqual({ organisationId: 'centre-nord', email: DEMO_USER.centre });
  });

  it('rejects an organiser outside the subtree', async () => {
    const reply = await send(server, 'POST', '/videoapi/v2/meetings', {
      token: kommune,
      json: meetingBody('Foreign organiser', { organizedByEmail: DEMO_USER.supplier }),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1001);
    expect(reply.body.detailed_error).toBe(
      `/organizedByEmail: no user with e-mail ${DEMO_USER.supplier} exists in organisation kommune-demo or below. Find users with GET /appointments/v1/directory/users.`,
    );
  });

  it('rejects a meeting-user organising for someone else', async () => {
    const reply = await send(server, 'POST', '/videoapi/v2/meetings', {
      token: supplier,
      json: meetingBody('Not mine', { organizedByEmail: DEMO_USER.supplier }),
    });
    expect(reply.status).toBe(403);
    expect(reply.body.detailed_error_code).toBe(3004);
  });

  it('keeps given PINs and fields', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Fields', {
        description: 'About things',
        projectCode: 'P-1',
        externalId: 'ext-fields',
        labels: ['hjemmepleje'],
        guestPinRequired: true,
        guestPin: 4321,
        hostPin: 98765,
      }),
    );
    expect(meeting.description).toBe('About things');
    expect(meeting.projectCode).toBe('P-1');
    expect(meeting.externalId).toBe('ext-fields');
    expect(meeting.labels).toEqual(['hjemmepleje']);
    expect(meeting.guestPinRequired).toBe(true);
    expect(meeting.guestPin).toBe(4321);
    expect(meeting.hostPin).toBe(98765);
  });

  it('rejects a second meeting with the same externalId', async () => {
    const first = await createMeeting(server, centre, meetingBody('Ext', { externalId: 'dup-1' }));
    const reply = await send(server, 'POST', '/videoapi/v2/meetings', {
      token: centre,
      json: meetingBody('Ext again', { externalId: 'dup-1' }),
    });
    expect(first.externalId).toBe('dup-1');
    expect(reply.status).toBe(409);
    expect(reply.body.detailed_error_code).toBe(5001);
    expect(reply.body.detailed_error).toBe(
      '/externalId: organisation centre-nord already has a meeting with externalId dup-1. Use another externalId or change that meeting.',
    );
  });

  it('lets one of concurrent creates with one externalId win', async () => {
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        send(server, 'POST', '/videoapi/v2/meetings', {
          token: centre,
          json: meetingBody('Race', { externalId: 'race-1' }),
        }),
      ),
    );
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    for (const reply of replies.filter((r) => r.status === 409)) {
      expect(reply.body.detailed_error_code).toBe(5001);
    }
  });

  it('rejects equal guest and host PINs', async () => {
    const reply = await send(server, 'POST', '/videoapi/v2/meetings', {
      token: kommune,
      json: meetingBody('Same PIN', { guestPin: 123456, hostPin: 123456 }),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1006);
  });

  it('rejects an end before or equal to the start', async () => {
    for (const endTime of [
      '2026-12-07T09:45:00+01:00',
      '2026-12-07T10:00:00+01:00',
      '2026-12-07T09:00:00Z',
    ]) {
      const reply = await send(server, 'POST', '/videoapi/v2/meetings', {
        token: kommune,
        json: { subject: 'Backwards', startTime: '2026-12-07T10:00:00+01:00', endTime },
      });
      expect(reply.status).toBe(400);
      expect(reply.body.detailed_error_code).toBe(1006);
      expect(reply.body.detailed_error).toBe(
        `/endTime: ${endTime} is not after startTime 2026-12-07T10:00:00+01:00. Send an end time after the start time.`,
      );
    }
  });

  it('rejects invalid dates naming the field', async () => {
    const cases: [string, Record<string, string>][] = [
      ['/startTime', { startTime: 'tomorrow' }],
      ['/startTime', { startTime: '2026-02-30T10:00:00+01:00' }],
      ['/endTime', { endTime: '2026-12-07T10:45:00' }],
      ['/startTime', { startTime: '2026-12-31T23:59:60Z' }],
    ];
    for (const [field, change] of cases) {
      const reply = await send(server, 'POST', '/videoapi/v2/meetings', {
        token: kommune,
        json: { ...meetingBody('Bad date'), ...change },
      });
      expect(reply.status, JSON.stringify(change)).toBe(400);
      expect(reply.body.detailed_error_code).toBe(1001);
      expect(reply.body.detailed_error.startsWith(`${field}:`)).toBe(true);
    }
  });

  it('rejects malformed and incomplete bodies', async () => {
    const malformed = await send(server, 'POST', '/videoapi/v2/meetings', {
      token: kommune,
      body: '{"subject": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.detailed_error_code).toBe(1002);

    const missing = await send(server, 'POST', '/videoapi/v2/meetings', {
      token: kommune,
      json: { startTime: '2026-12-07T10:00:00+01:00', endTime: '2026-12-07T11:00:00+01:00' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.detailed_error_code).toBe(1001);
    expect(missing.body.detailed_error).toBe("/subject: must have required property 'subject'");

    for (const json of [[], 'text', null, { ...meetingBody('x'), participants: {} }]) {
      const reply = await send(server, 'POST', '/videoapi/v2/meetings', { token: kommune, json });
      expect(reply.status, JSON.stringify(json)).toBe(400);
      expect(reply.body.detailed_error_code).toBe(1001);
    }
  });

  it('ignores fields of MedCom that the model leaves out', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Template', { vmrTemplateId: 7 }),
    );
    expect((meeting as Record<string, unknown>).vmrTemplateId).toBeUndefined();
  });
});

describe('meeting visibility and roles', () => {
  it('returns 404 outside the owner subtree', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Private'));
    for (const token of [region, supplier]) {
      const reply = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}`, { token });
      expect(reply.status).toBe(404);
      expect(reply.body.detailed_error_code).toBe(4001);
      expect(reply.body.detailed_error).toBe(`Meeting ${meeting.uuid} not found.`);
    }
  });

  it('lets the parent organisation read a child meeting', async () => {
    const meeting = await createMeeting(server, centre, meetingBody('Child'));
    const reply = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.uuid).toBe(meeting.uuid);
  });

  it('hides a sibling meeting from a child organisation', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Parent'));
    const reply = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: centre,
    });
    expect(reply.status).toBe(404);
  });

  it('returns 404 for an unknown meeting and 400 for a bad uuid', async () => {
    const unknown = await send(
      server,
      'GET',
      '/videoapi/v2/meetings/9e9e9e9e-1111-4222-8333-444444444444',
      { token: kommune },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.detailed_error_code).toBe(4001);
    const bad = await send(server, 'GET', '/videoapi/v2/meetings/not-a-uuid', { token: kommune });
    expect(bad.status).toBe(400);
    expect(bad.body.detailed_error_code).toBe(1004);
  });
});

describe('updateMeeting and patchMeeting', () => {
  it('replaces details and clears left-out fields', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Before', { description: 'd', projectCode: 'p', labels: ['a'] }),
    );
    const reply = await send(server, 'PUT', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
      json: {
        subject: 'After',
        startTime: '2026-12-08T10:00:00+01:00',
        endTime: '2026-12-08T11:00:00+01:00',
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.subject).toBe('After');
    expect(reply.body.startTime).toBe('2026-12-08T10:00:00+01:00');
    expect(reply.body.description).toBeUndefined();
    expect(reply.body.projectCode).toBeUndefined();
    expect(reply.body.labels).toEqual([]);
    expect(reply.body.uriWithDomain).toBe(meeting.uriWithDomain);
    expect(reply.body.guestPin).toBe(meeting.guestPin);
    expect(reply.body.organizedBy).toEqual(meeting.organizedBy);
    expect(reply.body.updatedBy).toEqual({
      organisationId: 'kommune-demo',
      email: CLIENT_EMAIL['demo-kommune-admin'],
    });
  });

  it('patches only the fields sent and clears null ones', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Patch', { description: 'd', labels: ['x'] }),
    );
    const reply = await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
      json: { endTime: '2026-12-07T11:30:00+01:00', description: null, labels: null },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.subject).toBe('Patch');
    expect(reply.body.endTime).toBe('2026-12-07T11:30:00+01:00');
    expect(reply.body.description).toBeUndefined();
    expect(reply.body.labels).toEqual([]);
  });

  it('checks a patched end against the stored start', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Patch end'));
    const reply = await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
      json: { endTime: '2026-12-07T09:00:00+01:00' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1006);
  });

  it('rejects clearing a required field or an empty patch', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Required'));
    for (const json of [{ subject: null }, { startTime: null }, {}]) {
      const reply = await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
        token: kommune,
        json,
      });
      expect(reply.status, JSON.stringify(json)).toBe(400);
      expect(reply.body.detailed_error_code).toBe(1001);
    }
  });

  it('rejects a PIN patch that makes both PINs equal', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Pins'));
    const reply = await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
      json: { guestPin: meeting.hostPin },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1006);
  });

  it('forbids a meeting-user to act on a meeting it does not organise', async () => {
    const second = await tokenFor(server, SECOND_SUPPLIER_CLIENT);
    const meeting = await createMeeting(server, supplier, meetingBody('Supplier own'));
    const own = await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: supplier,
      json: { subject: 'Renamed' },
    });
    expect(own.status).toBe(200);
    const expected = `A meeting-user may act only on meetings it organises; this meeting is organised by ${CLIENT_EMAIL['demo-supplier']}. Ask its organiser or a meeting-planner.`;
    const requests: [string, string, unknown][] = [
      ['GET', '', undefined],
      ['PATCH', '', { subject: 'Taken over' }],
      ['DELETE', '', undefined],
      ['GET', '/participants', undefined],
      ['POST', '/participants', [organisation('agency-demo')]],
    ];
    for (const [method, suffix, json] of requests) {
      const reply = await send(server, method, `/videoapi/v2/meetings/${meeting.uuid}${suffix}`, {
        token: second,
        json,
      });
      expect(reply.status, `${method} ${suffix}`).toBe(403);
      expect(reply.body.detailed_error_code).toBe(3004);
      expect(reply.body.detailed_error).toBe(expected);
    }
  });
});

describe('deleteMeeting', () => {
  it('deletes the meeting and answers 404 afterwards', async () => {
    const meeting = await createMeeting(server, kommune, meetingBody('Delete'));
    const reply = await send(server, 'DELETE', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(reply.status).toBe(204);
    const again = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(again.status).toBe(404);
    const twice = await send(server, 'DELETE', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(twice.status).toBe(404);
  });
});

describe('searchMeetings', () => {
  it('requires a filter and both ends of the range', async () => {
    const none = await send(server, 'GET', '/videoapi/v2/meetings', { token: kommune });
    expect(none.status).toBe(400);
    expect(none.body.detailed_error_code).toBe(1003);
    const half = await send(
      server,
      'GET',
      '/videoapi/v2/meetings?from-start-time=2026-12-07T00:00:00Z',
      { token: kommune },
    );
    expect(half.status).toBe(400);
    expect(half.body.detailed_error_code).toBe(1003);
    expect(half.body.detailed_error).toBe(
      '/to-start-time: is required together with from-start-time; send both ends of the range.',
    );
  });

  it('finds by label, subject, short id and time range', async () => {
    const a = await createMeeting(
      server,
      centre,
      meetingBody('Søgbar Alpha', { labels: ['find-me'] }, 8),
    );
    const b = await createMeeting(server, centre, meetingBody('søgbar beta', {}, 9));
    const byLabel = await send(server, 'GET', '/videoapi/v2/meetings?label=find-me', {
      token: centre,
    });
    expect(byLabel.body.map((m: { uuid: string }) => m.uuid)).toEqual([a.uuid]);
    const bySubject = await send(
      server,
      'GET',
      `/videoapi/v2/meetings?subject=${encodeURIComponent('SØGBAR')}`,
      { token: centre },
    );
    expect(bySubject.body.map((m: { uuid: string }) => m.uuid)).toEqual([a.uuid, b.uuid]);
    const byShortId = await send(server, 'GET', `/videoapi/v2/meetings?short-id=${b.shortId}`, {
      token: centre,
    });
    expect(byShortId.body.map((m: { uuid: string }) => m.uuid)).toEqual([b.uuid]);
    const range = await send(
      server,
      'GET',
      `/videoapi/v2/meetings?from-start-time=${encodeURIComponent('2026-12-07T08:00:00+01:00')}&to-start-time=${encodeURIComponent('2026-12-07T08:00:00+01:00')}`,
      { token: centre },
    );
    expect(range.body.map((m: { uuid: string }) => m.uuid)).toEqual([a.uuid]);
  });

  it('shows a meeting-user only the meetings it organises', async () => {
    await createMeeting(server, supplier, meetingBody('Agency hidden', { labels: ['mine'] }));
    const own = await createMeeting(
      server,
      agency,
      meetingBody('Agency own', { labels: ['mine'] }),
    );
    const reply = await send(server, 'GET', '/videoapi/v2/meetings?label=mine', { token: agency });
    expect(reply.body.map((m: { uuid: string }) => m.uuid)).toEqual([own.uuid]);
  });

  it('counts participants in search results', async () => {
    const meeting = await createMeeting(
      server,
      centre,
      meetingBody('Counted', {
        labels: ['counted'],
        participants: [organisation('supplier-demo')],
      }),
    );
    const reply = await send(server, 'GET', '/videoapi/v2/meetings?label=counted', {
      token: centre,
    });
    expect(reply.body[0].uuid).toBe(meeting.uuid);
    expect(reply.body[0].knownParticipants).toBe(1);
  });
});
