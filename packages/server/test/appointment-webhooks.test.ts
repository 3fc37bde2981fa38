import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchServer, type StartedServer } from '../src/server.js';
import type { Principal } from '../src/services/principal.js';
import { DEMO_DEVICE, send, tokenFor } from './helpers.js';
import {
  createMeeting,
  DEMO_USER,
  type Meeting,
  meetingBody,
  organisation,
} from './meetings-helpers.js';
import { type ReceivedRequest, type Receiver, startReceiver } from './webhook-receiver.js';

const SECRET = {
  'supplier-demo': 'supplier-receiver-secret-0123456789',
  'agency-demo': 'agency-receiver-secret-0123456789',
  'kommune-demo': 'kommune-receiver-secret-0123456789',
} as const;

type ReceivingOrganisation = keyof typeof SECRET;

interface StoredEvent {
  organisation_code: string;
  type: string;
  order_key: string | null;
  body: string;
}

let dir: string;
let server: StartedServer;
/** A second connection to the server's database file, to read what the server stored. */
let inspector: Database.Database;
let kommune: string;
const receivers = new Map<ReceivingOrganisation, Receiver>();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vdx-appointment-webhooks-'));
  const db = join(dir, 'vdx.sqlite');
  server = await launchServer({
    port: 0,
    db,
    seed: 'demo',
    logger: false,
    webhookRetryBaseMs: 10,
  });
  inspector = new Database(db);
  kommune = await tokenFor(server, 'demo-kommune-admin');
});

afterEach(async () => {
  await server.close();
  inspector.close();
  for (const receiver of receivers.values()) await receiver.close();
  receivers.clear();
  await rm(dir, { recursive: true, force: true });
});

/**
 * Gives the organisation a webhook that posts to a new local receiver. It goes through the
 * service, because no demo client is a device-admin of agency-demo.
 */
async function receiverFor(code: ReceivingOrganisation): Promise<Receiver> {
  const receiver = await startReceiver();
  receivers.set(code, receiver);
  const admin: Principal = {
    subject: 'test-device-admin',
    clientId: 'test-device-admin',
    organisationCode: code,
    roles: ['device-admin'],
    expiresAt: Date.now() + 3_600_000,
  };
  await server.context.webhooks.set(admin, code, { url: receiver.url, secret: SECRET[code] });
  return receiver;
}

function storedEvents(): StoredEvent[] {
  return inspector
    .prepare<[], StoredEvent>(
      'SELECT organisation_code, type, order_key, body FROM webhook_events ORDER BY seq',
    )
    .all();
}

/** Lists the stored events as `organisation type` pairs, in the order they were raised. */
function storedSummary(): string[] {
  return storedEvents().map((event) => `${event.organisation_code} ${event.type}`);
}

function expectSigned(request: ReceivedRequest, secret: string): void {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request.headers['vdx-signature']));
  expect(match).not.toBeNull();
  const expected = createHmac('sha256', secret).update(`${match?.[1]}.${request.body}`);
  expect(match?.[2]).toBe(expected.digest('hex'));
  expect(request.headers['vdx-event-id']).toBe(request.json.id);
  expect(request.headers['vdx-event-type']).toBe(request.json.type);
}

function patchMeeting(uuid: string, json: object) {
  return send(server, 'PATCH', `/videoapi/v2/meetings/${uuid}`, { token: kommune, json });
}

async function removeParticipant(meeting: Meeting, externalId: string) {
  const path = `/videoapi/v2/meetings/${meeting.uuid}/participants`;
  const list = await send(server, 'GET', path, { token: kommune });
  const participant = list.body.find((p: { externalId: string }) => p.externalId === externalId);
  return send(server, 'DELETE', `${path}/${participant.uuid}`, { token: kommune });
}

function inviteSupplierAndAgency(subject: string): Promise<Meeting> {
  return createMeeting(
    server,
    kommune,
    meetingBody(subject, {
      participants: [organisation('supplier-demo'), organisation('agency-demo')],
    }),
  );
}

describe('appointment.created', () => {
  it('reaches each receiving webhook once, signed', async () => {
    const supplier = await receiverFor('supplier-demo');
    const agency = await receiverFor('agency-demo');

    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Follow-up', {
        participants: [
          organisation('supplier-demo'),
          { type: 'USER', externalId: DEMO_USER.supplier, role: 'GUEST' },
          { type: 'DEVICE', externalId: DEMO_DEVICE.supplierRoom, role: 'GUEST' },
          organisation('agency-demo'),
        ],
      }),
    );

    expect(storedSummary()).toEqual([
      'agency-demo appointment.created',
      'supplier-demo appointment.created',
    ]);
    for (const [code, receiver] of [
      ['supplier-demo', supplier],
      ['agency-demo', agency],
    ] as const) {
      const [request] = await receiver.waitForRequests(1);
      if (!request) throw new Error(`no request reached the receiver of ${code}`);
      expectSigned(request, SECRET[code]);
      expect(request.json).toMatchObject({
        type: 'appointment.created',
        organisationCode: code,
        data: {
          appointmentId: meeting.uuid,
          ownerOrganisationCode: 'kommune-demo',
          startTime: meeting.startTime,
          endTime: meeting.endTime,
        },
      });
      expect(Object.keys(request.json.data).sort()).toEqual([
        'appointmentId',
        'endTime',
        'ownerOrganisationCode',
        'startTime',
      ]);
    }
    expect(storedEvents().map((event) => event.order_key)).toEqual([
      `appointment:${meeting.uuid}`,
      `appointment:${meeting.uuid}`,
    ]);
  });

  it('goes once to an ancestor webhook shared by several organisations', async () => {
    const receiver = await receiverFor('kommune-demo');

    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Shared', {
        participants: [
          organisation('centre-nord'),
          { type: 'USER', externalId: DEMO_USER.centre, role: 'GUEST' },
          { type: 'DEVICE', externalId: DEMO_DEVICE.centreKiosk, role: 'GUEST' },
        ],
      }),
    );

    expect(storedSummary()).toEqual(['kommune-demo appointment.created']);
    const [request] = await receiver.waitForRequests(1);
    expect(request?.json.data.appointmentId).toBe(meeting.uuid);
    expectSigned(request as ReceivedRequest, SECRET['kommune-demo']);
  });

  it('stores nothing for organisations without a webhook up the tree', async () => {
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Unheard', { participants: [organisation('centre-nord')] }),
    );
    expect(await patchMeeting(meeting.uuid, { subject: 'Still unheard' })).toMatchObject({
      status: 200,
    });

    expect(storedEvents()).toEqual([]);
    expect(server.context.webhookDelivery.inFlight).toBe(0);
    const log = await send(
      server,
      'GET',
      '/devices/v1/organisations/kommune-demo/webhook/deliveries',
      {
        token: kommune,
      },
    );
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([]);
  });

  it('skips the owner without a webhook while invitees get events', async () => {
    await receiverFor('supplier-demo');

    await inviteSupplierAndAgency('Owner without webhook');

    expect(storedSummary()).toEqual(['supplier-demo appointment.created']);
  });
});

describe('later changes', () => {
  it('raise updated, uninvited and deleted events', async () => {
    const supplier = await receiverFor('supplier-demo');
    const agency = await receiverFor('agency-demo');
    const meeting = await inviteSupplierAndAgency('Lifecycle');

    const moved = await patchMeeting(meeting.uuid, {
      startTime: '2026-12-07T11:00:00+01:00',
      endTime: '2026-12-07T11:45:00+01:00',
    });
    expect(moved.status).toBe(200);
    expect((await removeParticipant(meeting, 'agency-demo')).status).toBe(204);
    const deleted = await send(server, 'DELETE', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(deleted.status).toBe(204);

    expect(storedSummary()).toEqual([
      'agency-demo appointment.created',
      'supplier-demo appointment.created',
      'agency-demo appointment.updated',
      'supplier-demo appointment.updated',
      'agency-demo appointment.deleted',
      'supplier-demo appointment.updated',
      'supplier-demo appointment.deleted',
    ]);

    const supplierRequests = await supplier.waitForRequests(4);
    const agencyRequests = await agency.waitForRequests(3);
    const owner = { appointmentId: meeting.uuid, ownerOrganisationCode: 'kommune-demo' };
    const movedTimes = {
      startTime: '2026-12-07T11:00:00+01:00',
      endTime: '2026-12-07T11:45:00+01:00',
    };
    const timeChange = {
      ...owner,
      change: 'updated',
      changedFields: ['startTime', 'endTime'],
      ...movedTimes,
    };
    expect(supplierRequests.map((request) => request.json.data)).toEqual([
      { ...owner, startTime: meeting.startTime, endTime: meeting.endTime },
      timeChange,
      { ...owner, change: 'participants-changed', changedFields: ['participants'], ...movedTimes },
      { ...owner, reason: 'deleted' },
    ]);
    expect(agencyRequests.map((request) => request.json.data)).toEqual([
      { ...owner, startTime: meeting.startTime, endTime: meeting.endTime },
      timeChange,
      { ...owner, reason: 'uninvited' },
    ]);
    for (const request of supplierRequests) expectSigned(request, SECRET['supplier-demo']);
    for (const request of agencyRequests) expectSigned(request, SECRET['agency-demo']);
  });

  it('raise created for an organisation invited later', async () => {
    await receiverFor('supplier-demo');
    const agency = await receiverFor('agency-demo');
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Growing', { participants: [organisation('supplier-demo')] }),
    );

    const added = await send(server, 'POST', `/videoapi/v2/meetings/${meeting.uuid}/participants`, {
      token: kommune,
      json: [{ type: 'USER', externalId: DEMO_USER.agency, role: 'GUEST' }],
    });
    expect(added.status).toBe(200);

    expect(storedSummary()).toEqual([
      'supplier-demo appointment.created',
      'agency-demo appointment.created',
      'supplier-demo appointment.updated',
    ]);
    const [request] = await agency.waitForRequests(1);
    expect(request?.json.data).toEqual({
      appointmentId: meeting.uuid,
      ownerOrganisationCode: 'kommune-demo',
      startTime: meeting.startTime,
      endTime: meeting.endTime,
    });
  });
});

describe('outbox', () => {
  it('keeps no event of a rolled-back change', async () => {
    const agency = await receiverFor('agency-demo');
    await receiverFor('supplier-demo');
    const meeting = await inviteSupplierAndAgency('Rollback');
    await agency.waitForRequests(1);
    // Events are inserted in receiver order, so agency-demo's event is written before this
    // trigger aborts the transaction on supplier-demo's.
    inspector.exec(`
      CREATE TRIGGER reject_supplier_update AFTER INSERT ON webhook_events
      WHEN NEW.organisation_code = 'supplier-demo' AND NEW.type = 'appointment.updated'
      BEGIN SELECT RAISE(ABORT, 'supplier-demo update rejected by the test'); END`);

    const failed = await patchMeeting(meeting.uuid, { subject: 'Never saved' });

    expect(failed.status).toBe(500);
    expect(failed.body.detailed_error_code).toBe(9001);
    expect(storedSummary()).toEqual([
      'agency-demo appointment.created',
      'supplier-demo appointment.created',
    ]);
    const updatedLog = inspector
      .prepare("SELECT count(*) AS count FROM appointment_log WHERE change = 'updated'")
      .get() as { count: number };
    expect(updatedLog.count).toBe(0);
    const read = await send(server, 'GET', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: kommune,
    });
    expect(read.body.subject).toBe('Rollback');

    inspector.exec('DROP TRIGGER reject_supplier_update');
    expect((await patchMeeting(meeting.uuid, { subject: 'Saved' })).status).toBe(200);
    const [, next] = await agency.waitForRequests(2);
    expect(next?.json.type).toBe('appointment.updated');
    expect(next?.json.data.changedFields).toEqual(['subject']);
    expect(agency.requests).toHaveLength(2);
  });

  it('delivers one appointment’s events in order after a retry', async () => {
    const supplier = await receiverFor('supplier-demo');
    supplier.respond = (_request, index) => (index === 0 ? 500 : 204);
    const meeting = await createMeeting(
      server,
      kommune,
      meetingBody('Ordered', { participants: [organisation('supplier-demo')] }),
    );
    for (const hour of [11, 12]) {
      const moved = await patchMeeting(meeting.uuid, meetingBody('Ordered', {}, hour));
      expect(moved.status).toBe(200);
    }
    await send(server, 'DELETE', `/videoapi/v2/meetings/${meeting.uuid}`, { token: kommune });

    const requests = await supplier.waitForRequests(5);

    expect(requests.map((request) => request.json.type)).toEqual([
      'appointment.created',
      'appointment.created',
      'appointment.updated',
      'appointment.updated',
      'appointment.deleted',
    ]);
    expect(requests[1]?.json.id).toBe(requests[0]?.json.id);
    expect(requests.map((request) => request.json.data.startTime)).toEqual([
      meeting.startTime,
      meeting.startTime,
      '2026-12-07T11:00:00+01:00',
      '2026-12-07T12:00:00+01:00',
      undefined,
    ]);
  });
});
