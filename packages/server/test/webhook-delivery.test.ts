import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../src/index.js';
import { launchServer, type StartedServer } from '../src/server.js';
import { DEMO_DEVICE, meeting, type Reply, send, tokenFor } from './helpers.js';
import { eventually, type Receiver, startReceiver } from './webhook-receiver.js';

const SECRET = 'receiver-test-secret-0123456789';
const servers: StartedServer[] = [];
let receiver: Receiver;
let dir: string;

beforeEach(async () => {
  receiver = await startReceiver();
  dir = await mkdtemp(join(tmpdir(), 'vdx-webhooks-'));
});

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(options: ServerOptions = {}): Promise<StartedServer> {
  const server = await launchServer({
    port: 0,
    db: ':memory:',
    seed: 'demo',
    logger: false,
    webhookRetryBaseMs: 10,
    ...options,
  });
  servers.push(server);
  return server;
}

async function setWebhook(server: StartedServer, token: string, code: string, extra = {}) {
  const reply = await send(server, 'PUT', `/devices/v1/organisations/${code}/webhook`, {
    token,
    json: { url: receiver.url, secret: SECRET, ...extra },
  });
  expect(reply.status).toBe(200);
}

function enqueueMeeting(server: StartedServer, token: string, deviceId: string, subject = 'Visit') {
  return send(server, 'POST', `/devices/v1/devices/${deviceId}/meetings`, {
    token,
    json: meeting(subject),
  });
}

function deliveries(server: StartedServer, token: string, code: string): Promise<Reply> {
  return send(server, 'GET', `/devices/v1/organisations/${code}/webhook/deliveries`, { token });
}

/** Waits until the delivery log's newest entry satisfies `done`, and returns it. */
function logEntryWhen(
  server: StartedServer,
  token: string,
  code: string,
  // biome-ignore lint/suspicious/noExplicitAny: a delivery-log entry.
  done: (entry: any) => boolean,
) {
  return eventually(async () => {
    const entry = (await deliveries(server, token, code)).body.items[0];
    return entry && done(entry) ? entry : undefined;
  });
}

describe('enqueue events', () => {
  it('sends one signed event to the nearest ancestor webhook', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo', { deviceWebhookEndpointKey: 'static-key' });

    const queued = await enqueueMeeting(server, token, DEMO_DEVICE.deptRoom);
    expect(queued.status).toBe(201);
    const [request] = await receiver.waitForRequests(1);
    if (!request) throw new Error('no request');

    expect(request.json).toMatchObject({
      type: 'device.meeting.enqueued',
      organisationCode: 'hospital-demo',
      data: {
        deviceId: DEMO_DEVICE.deptRoom,
        deviceOrganisationCode: 'dept-emergency',
        itemId: queued.body.id,
        enqueuedTime: queued.body.enqueuedTime,
        startTime: '2026-12-07T10:00:00+01:00',
        endTime: '2026-12-07T10:30:00+01:00',
      },
    });
    expect(request.headers['vdx-event-id']).toBe(request.json.id);
    expect(request.headers['vdx-event-type']).toBe('device.meeting.enqueued');
    expect(request.headers['vdx-webhook-key']).toBe('static-key');
    expect(request.headers['content-type']).toBe('application/json');
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request.headers['vdx-signature']));
    expect(match).not.toBeNull();
    const expected = createHmac('sha256', SECRET).update(`${match?.[1]}.${request.body}`);
    expect(match?.[2]).toBe(expected.digest('hex'));

    const entry = await logEntryWhen(server, token, 'hospital-demo', (e) => e.status !== 'pending');
    expect(entry).toMatchObject({
      eventId: request.json.id,
      eventType: 'device.meeting.enqueued',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(entry.latencyMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(entry.deliveredTime)).not.toBeNaN();
  });

  it('raises exactly one event per enqueue', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo');
    await setWebhook(server, token, 'region-demo');

    const items: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      items.push((await enqueueMeeting(server, token, DEMO_DEVICE.deptTablet)).body.id);
      const message = await send(
        server,
        'POST',
        `/devices/v1/devices/${DEMO_DEVICE.deptTablet}/messages`,
        {
          token,
          json: { subject: 'Note', body: 'text' },
        },
      );
      items.push(message.body.id);
    }
    await receiver.waitForRequests(6);
    await logEntryWhen(server, token, 'hospital-demo', (e) => e.status === 'delivered');

    expect(receiver.requests.map((r) => r.json.data.itemId)).toEqual(items);
    const log = (await deliveries(server, token, 'hospital-demo')).body.items;
    expect(log).toHaveLength(6);
    const regionLog = (await deliveries(server, token, 'region-demo')).body.items;
    expect(regionLog).toEqual([]);
  });

  it('raises no event when no organisation up the tree has a webhook', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-kommune-admin');
    const queued = await enqueueMeeting(server, token, DEMO_DEVICE.kommuneTablet);
    expect(queued.status).toBe(201);
    expect(server.context.webhookDelivery.inFlight).toBe(0);
    const log = await deliveries(server, token, 'kommune-demo');
    expect(log.body.items).toEqual([]);
  });
});

describe('retries', () => {
  it('delivers on the third attempt with the same event id', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo');
    receiver.respond = (_request, index) => (index < 2 ? 500 : 200);

    await enqueueMeeting(server, token, DEMO_DEVICE.hospitalRoom);
    const requests = await receiver.waitForRequests(3);
    const entry = await logEntryWhen(server, token, 'hospital-demo', (e) => e.status !== 'pending');

    const ids = requests.map((r) => r.headers['vdx-event-id']);
    expect(new Set(ids).size).toBe(1);
    expect(requests.map((r) => r.body)).toEqual([
      requests[0]?.body,
      requests[0]?.body,
      requests[0]?.body,
    ]);
    expect(entry).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
  });

  it('shows attempts, status and the next retry in the log', async () => {
    const server = await start({ webhookRetryBaseMs: 60_000 });
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo');
    receiver.respond = () => 503;

    await enqueueMeeting(server, token, DEMO_DEVICE.hospitalRoom);
    const entry = await logEntryWhen(server, token, 'hospital-demo', (e) => e.attempts === 1);

    expect(entry).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 503,
      lastError: 'The receiver answered 503 Service Unavailable.',
      deliveredTime: null,
    });
    // The first retry waits 60 s plus up to 20% jitter.
    const wait = Date.parse(entry.nextAttemptAt) - Date.parse(entry.createdTime);
    expect(wait).toBeGreaterThanOrEqual(60_000);
    expect(wait).toBeLessThanOrEqual(72_000 + 5_000);
  });

  it('marks an event failed when its attempts are spent', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo', { maxAttempts: 2 });
    receiver.respond = () => 302;

    await enqueueMeeting(server, token, DEMO_DEVICE.hospitalRoom);
    const entry = await logEntryWhen(server, token, 'hospital-demo', (e) => e.status !== 'pending');

    expect(receiver.requests).toHaveLength(2);
    expect(entry).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastStatusCode: 302,
      lastError: 'The receiver answered 302 Found; redirects are not followed.',
      nextAttemptAt: null,
      deliveredTime: null,
    });
  });

  it('records a refused connection as the error', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await receiver.close();
    await setWebhook(server, token, 'hospital-demo', { maxAttempts: 1 });
    receiver = await startReceiver();

    await enqueueMeeting(server, token, DEMO_DEVICE.hospitalRoom);
    const entry = await logEntryWhen(server, token, 'hospital-demo', (e) => e.status !== 'pending');

    expect(entry.status).toBe('failed');
    expect(entry.lastStatusCode).toBeNull();
    expect(entry.lastError).toMatch(/^The request to the receiver failed: .*ECONNREFUSED/);
  });

  it('fails pending events when the webhook is removed', async () => {
    const server = await start({ webhookRetryBaseMs: 60_000 });
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo');
    receiver.respond = () => 500;
    await enqueueMeeting(server, token, DEMO_DEVICE.hospitalRoom);
    await logEntryWhen(server, token, 'hospital-demo', (e) => e.attempts === 1);

    const removed = await send(
      server,
      'DELETE',
      '/devices/v1/organisations/hospital-demo/webhook',
      {
        token,
      },
    );
    expect(removed.status).toBe(204);
    const entry = (await deliveries(server, token, 'hospital-demo')).body.items[0];
    expect(entry).toMatchObject({
      status: 'failed',
      attempts: 1,
      nextAttemptAt: null,
      lastError: 'The webhook of hospital-demo was removed before the event was delivered.',
    });
  });
});

describe('order and concurrency', () => {
  it('holds later events of a device until the earlier one is delivered', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo');
    let release: (status: number) => void = () => {};
    const firstResponse = new Promise<number>((resolve) => {
      release = resolve;
    });
    receiver.respond = (_request, index) => (index === 0 ? firstResponse : 204);

    const first = (await enqueueMeeting(server, token, DEMO_DEVICE.deptRoom, 'A')).body.id;
    await receiver.waitForRequests(1);
    const second = (await enqueueMeeting(server, token, DEMO_DEVICE.deptRoom, 'B')).body.id;
    const other = (await enqueueMeeting(server, token, DEMO_DEVICE.deptTablet, 'C')).body.id;

    // Another device's event goes out while the first device's event is still in flight.
    const [, otherRequest] = await receiver.waitForRequests(2);
    expect(otherRequest?.json.data.itemId).toBe(other);

    release(500);
    await receiver.waitForRequests(4);
    const sameDevice = receiver.requests
      .map((r) => r.json.data)
      .filter((data) => data.deviceId === DEMO_DEVICE.deptRoom)
      .map((data) => data.itemId);
    expect(sameDevice).toEqual([first, first, second]);
  });

  it('serves API calls while a receiver hangs', async () => {
    const server = await start({ webhookTimeoutMs: 600_000, webhookConcurrency: 2 });
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'region-demo');
    receiver.respond = () => 'hang';

    const devices = [DEMO_DEVICE.deptRoom, DEMO_DEVICE.deptTablet, DEMO_DEVICE.hospitalRoom];
    for (const deviceId of devices) {
      const queued = await enqueueMeeting(server, token, deviceId);
      expect(queued.status).toBe(201);
    }
    await receiver.waitForRequests(2);

    const list = await send(server, 'GET', '/devices/v1/devices', { token });
    expect(list.status).toBe(200);
    const more = await enqueueMeeting(server, token, DEMO_DEVICE.deptRoom);
    expect(more.status).toBe(201);
    expect(server.context.webhookDelivery.inFlight).toBe(2);
    const pending = (await deliveries(server, token, 'region-demo')).body.items;
    expect(pending.map((e: { status: string }) => e.status)).toEqual(Array(4).fill('pending'));
    expect(receiver.requests).toHaveLength(2);
  });
});

describe('restart', () => {
  it('resumes a retried event after a restart with the same id', async () => {
    const options = {
      db: join(dir, 'vdx.sqlite'),
      publicUrl: 'http://vdx.test:8787',
      webhookRetryBaseMs: 200,
    };
    const first = await start(options);
    const token = await tokenFor(first, 'demo-region-admin');
    await setWebhook(first, token, 'hospital-demo');
    receiver.respond = () => 500;
    await enqueueMeeting(first, token, DEMO_DEVICE.hospitalRoom);
    await logEntryWhen(first, token, 'hospital-demo', (e) => e.attempts >= 1);
    await first.close();
    const attemptsBefore = receiver.requests.length;

    receiver.respond = () => 200;
    const second = await start(options);
    const entry = await logEntryWhen(second, token, 'hospital-demo', (e) => e.status !== 'pending');

    const last = receiver.requests.at(-1);
    expect(entry.status).toBe('delivered');
    expect(receiver.requests.length).toBeGreaterThan(attemptsBefore);
    expect(last?.headers['vdx-event-id']).toBe(receiver.requests[0]?.headers['vdx-event-id']);
    expect(entry.eventId).toBe(last?.json.id);
  });
});

describe('publish', () => {
  it('gives one event to a webhook that several organisations share', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'region-demo');
    const data = {
      appointmentId: '1f6d8b24-93c5-4e7a-a2b0-6c4d9e8f7a15',
      ownerOrganisationCode: 'hospital-demo',
      reason: 'deleted' as const,
    };

    const ids = await server.context.webhooks.publish(
      ['hospital-demo', 'dept-emergency', 'kommune-demo'],
      'appointment.deleted',
      data,
      { orderKey: `appointment:${data.appointmentId}` },
    );

    expect(ids).toHaveLength(1);
    const [request] = await receiver.waitForRequests(1);
    expect(request?.json).toMatchObject({
      id: ids[0],
      type: 'appointment.deleted',
      organisationCode: 'region-demo',
      data,
    });
  });

  it('sends a test event through the same delivery', async () => {
    const server = await start();
    const token = await tokenFor(server, 'demo-region-admin');
    await setWebhook(server, token, 'hospital-demo');

    const accepted = await send(
      server,
      'POST',
      '/devices/v1/organisations/hospital-demo/webhook/test',
      {
        token,
      },
    );
    expect(accepted.status).toBe(202);
    const [request] = await receiver.waitForRequests(1);
    expect(request?.headers['vdx-event-id']).toBe(accepted.body.eventId);
    expect(request?.json.data).toEqual({ message: 'Test event for the webhook of hospital-demo.' });
  });
});
