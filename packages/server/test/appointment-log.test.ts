import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor } from './helpers.js';
import {
  createMeeting,
  DEMO_USER,
  meetingBody,
  organisation,
  takeLog,
} from './meetings-helpers.js';

const CLIENTS = [
  'demo-region-admin',
  'demo-kommune-admin',
  'demo-centre-planner',
  'demo-supplier',
  'demo-agency',
] as const;
type ClientId = (typeof CLIENTS)[number];

let server: RunningServer;
let tokens: Record<ClientId, string>;

beforeEach(async () => {
  server = await startDemoServer();
  const list = await Promise.all(CLIENTS.map((client) => tokenFor(server, client)));
  tokens = Object.fromEntries(CLIENTS.map((client, i) => [client, list[i]])) as Record<
    ClientId,
    string
  >;
});

afterEach(async () => {
  await server.close();
});

/** Takes every client's log and returns the entries per client (the logs are then empty). */
async function drainAll(): Promise<
  Record<ClientId, { appointmentId: string; change: string; changedFields: string[] }[]>
> {
  const result = {} as Record<
    ClientId,
    { appointmentId: string; change: string; changedFields: string[] }[]
  >;
  for (const client of CLIENTS) {
    const reply = await takeLog(server, tokens[client]);
    expect(reply.status).toBe(200);
    result[client] = reply.body.items;
  }
  return result;
}

function changesOf(entries: Record<ClientId, { change: string }[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([, items]) => items.length > 0)
      .map(([client, items]) => [client, items.map((item) => item.change)]),
  );
}

describe('appointment log entries', () => {
  it('tells each involved client once about a new meeting', async () => {
    const meeting = await createMeeting(
      server,
      tokens['demo-kommune-admin'],
      meetingBody('Created', {
        participants: [
          organisation('supplier-demo'),
          { type: 'DEVICE', externalId: DEMO_DEVICE.deptRoom, role: 'GUEST' },
          { type: 'CITIZEN', externalId: '+4512345678', role: 'GUEST' },
        ],
      }),
    );
    const entries = await drainAll();
    expect(changesOf(entries)).toEqual({
      'demo-region-admin': ['created'],
      'demo-kommune-admin': ['created'],
      'demo-supplier': ['created'],
    });
    const [entry] = entries['demo-supplier'];
    expect(entry).toMatchObject({
      appointmentId: meeting.uuid,
      change: 'created',
      changedFields: [],
    });
  });

  it('returns nothing new on a second read', async () => {
    await createMeeting(server, tokens['demo-agency'], meetingBody('Once'));
    const first = await takeLog(server, tokens['demo-agency']);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.hasMore).toBe(false);
    const second = await takeLog(server, tokens['demo-agency']);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ items: [], hasMore: false });
  });

  it('names the changed fields of an update', async () => {
    const meeting = await createMeeting(
      server,
      tokens['demo-kommune-admin'],
      meetingBody('Update', { participants: [organisation('agency-demo')] }),
    );
    await drainAll();
    const reply = await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: tokens['demo-kommune-admin'],
      json: { startTime: '2026-12-07T09:30:00+01:00', endTime: '2026-12-07T10:30:00+01:00' },
    });
    expect(reply.status).toBe(200);
    const entries = await drainAll();
    expect(changesOf(entries)).toEqual({
      'demo-kommune-admin': ['updated'],
      'demo-agency': ['updated'],
    });
    expect(entries['demo-agency'][0]?.changedFields).toEqual(['startTime', 'endTime']);
  });

  it('tells a removed organisation once that it is uninvited', async () => {
    const meeting = await createMeeting(
      server,
      tokens['demo-kommune-admin'],
      meetingBody('Uninvite', {
        participants: [organisation('supplier-demo'), organisation('agency-demo')],
      }),
    );
    await drainAll();
    const path = `/videoapi/v2/meetings/${meeting.uuid}/participants`;
    const list = await send(server, 'GET', path, { token: tokens['demo-kommune-admin'] });
    const supplier = list.body.find(
      (p: { externalId: string }) => p.externalId === 'supplier-demo',
    );
    const removed = await send(server, 'DELETE', `${path}/${supplier.uuid}`, {
      token: tokens['demo-kommune-admin'],
    });
    expect(removed.status).toBe(204);
    const entries = await drainAll();
    expect(changesOf(entries)).toEqual({
      'demo-kommune-admin': ['participants-changed'],
      'demo-supplier': ['uninvited'],
      'demo-agency': ['participants-changed'],
    });
    expect(entries['demo-agency'][0]?.changedFields).toEqual(['participants']);
    expect(entries['demo-supplier'][0]?.changedFields).toEqual([]);
  });

  it('keeps an organisation that another participant still involves', async () => {
    const meeting = await createMeeting(
      server,
      tokens['demo-kommune-admin'],
      meetingBody('Still involved', {
        participants: [
          organisation('supplier-demo'),
          { type: 'USER', externalId: DEMO_USER.supplier, role: 'GUEST' },
        ],
      }),
    );
    await drainAll();
    const path = `/videoapi/v2/meetings/${meeting.uuid}/participants`;
    const list = await send(server, 'GET', path, { token: tokens['demo-kommune-admin'] });
    await send(server, 'DELETE', `${path}/${list.body[0].uuid}`, {
      token: tokens['demo-kommune-admin'],
    });
    const entries = await drainAll();
    expect(changesOf(entries)).toEqual({
      'demo-kommune-admin': ['participants-changed'],
      'demo-supplier': ['participants-changed'],
    });
  });

  it('tells newly involved clients created and the others participants-changed', async () => {
    const meeting = await createMeeting(server, tokens['demo-centre-planner'], meetingBody('Grow'));
    await drainAll();
    const reply = await send(server, 'POST', `/videoapi/v2/meetings/${meeting.uuid}/participants`, {
      token: tokens['demo-centre-planner'],
      json: [{ type: 'USER', externalId: DEMO_USER.hospital, role: 'GUEST' }],
    });
    expect(reply.status).toBe(200);
    expect(changesOf(await drainAll())).toEqual({
      'demo-region-admin': ['created'],
      'demo-kommune-admin': ['participants-changed'],
      'demo-centre-planner': ['participants-changed'],
    });
  });

  it('tells every involved client about a deletion', async () => {
    const meeting = await createMeeting(
      server,
      tokens['demo-region-admin'],
      meetingBody('Delete', { participants: [organisation('agency-demo')] }),
    );
    await drainAll();
    const reply = await send(server, 'DELETE', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: tokens['demo-region-admin'],
    });
    expect(reply.status).toBe(204);
    expect(changesOf(await drainAll())).toEqual({
      'demo-region-admin': ['deleted'],
      'demo-agency': ['deleted'],
    });
  });

  it('writes nothing for a rejected change', async () => {
    const meeting = await createMeeting(
      server,
      tokens['demo-kommune-admin'],
      meetingBody('Rejected'),
    );
    await drainAll();
    await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
      token: tokens['demo-kommune-admin'],
      json: { endTime: '2026-12-01T00:00:00Z' },
    });
    await send(server, 'POST', `/videoapi/v2/meetings/${meeting.uuid}/participants`, {
      token: tokens['demo-kommune-admin'],
      json: [organisation('agency-demo'), organisation('nowhere')],
    });
    expect(changesOf(await drainAll())).toEqual({});
  });
});

describe('takeAppointmentLog', () => {
  it('returns at most limit entries and reports hasMore', async () => {
    for (let i = 0; i < 3; i += 1)
      await createMeeting(server, tokens['demo-agency'], meetingBody(`Limit ${i}`));
    const first = await takeLog(server, tokens['demo-agency'], '?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.hasMore).toBe(true);
    const second = await takeLog(server, tokens['demo-agency'], '?limit=2');
    expect(second.body.items).toHaveLength(1);
    expect(second.body.hasMore).toBe(false);
    const bad = await takeLog(server, tokens['demo-agency'], '?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.detailed_error_code).toBe(1003);
  });

  it('returns the same entries again for a repeated Idempotency-Key', async () => {
    await createMeeting(server, tokens['demo-agency'], meetingBody('Idempotent'));
    const headers = { 'Idempotency-Key': 'log-take-1' };
    const first = await send(server, 'POST', '/appointments/v1/appointment-log/next', {
      token: tokens['demo-agency'],
      headers,
    });
    const again = await send(server, 'POST', '/appointments/v1/appointment-log/next', {
      token: tokens['demo-agency'],
      headers,
    });
    expect(first.body.items).toHaveLength(1);
    expect(again.body).toEqual(first.body);
  });

  it('lets concurrent readers share no entry and lose none', async () => {
    const token = tokens['demo-agency'];
    const meeting = await createMeeting(server, token, meetingBody('Busy'));
    for (let i = 1; i < 50; i += 1) {
      const reply = await send(server, 'PATCH', `/videoapi/v2/meetings/${meeting.uuid}`, {
        token,
        json: { subject: `Busy ${i}` },
      });
      expect(reply.status).toBe(200);
    }
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => takeLog(server, token, '?limit=3')),
    );
    const ids = replies.flatMap((reply) => reply.body.items.map((item: { id: string }) => item.id));
    const rest = await takeLog(server, token);
    ids.push(...rest.body.items.map((item: { id: string }) => item.id));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(50);
  });

  it('keeps two clients of one organisation apart', async () => {
    await createMeeting(server, tokens['demo-centre-planner'], meetingBody('Two readers'));
    const kommune = await takeLog(server, tokens['demo-kommune-admin']);
    const centre = await takeLog(server, tokens['demo-centre-planner']);
    expect(kommune.body.items).toHaveLength(1);
    expect(centre.body.items).toHaveLength(1);
    expect(kommune.body.items[0].id).not.toBe(centre.body.items[0].id);
  });
});

describe('takeAppointmentLog on a shared database file', () => {
  it('lets two servers on one file share no entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vdx-log-'));
    const db = join(dir, 'vdx.sqlite');
    const first = await startDemoServer({ db });
    const second = await startDemoServer({ db });
    try {
      const token = await tokenFor(first, 'demo-agency');
      const otherToken = await tokenFor(second, 'demo-agency');
      for (let i = 0; i < 50; i += 1) {
        await createMeeting(first, token, meetingBody(`Shared ${i}`));
      }
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 === 0 ? takeLog(first, token, '?limit=2') : takeLog(second, otherToken, '?limit=2'),
        ),
      );
      const rest = await takeLog(second, otherToken);
      const ids = [...replies, rest].flatMap((reply) =>
        reply.body.items.map((item: { id: string }) => item.id),
      );

      expect(replies.every((reply) => reply.status === 200)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(50);
    } finally {
      await first.close();
      await second.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
