/**
 * Webhooks: configuration, the in-memory delivery log, test events and queue events.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

const mock = useMockServer();

const HOSPITAL = '/devices/v1/organisations/hospital-demo/webhook';
const RECEIVER = 'https://integration.hospital-demo.example/vdx/events';

let regionAdmin: string;
let kommuneAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
  kommuneAdmin = await tokenFor('demo-kommune-admin');
});

function setWebhook(body: Record<string, unknown>, path = HOSPITAL): Promise<Response> {
  return api(path, { method: 'PUT', token: regionAdmin, json: body });
}

async function deliveries(query = '', path = HOSPITAL) {
  const response = await api(`${path}/deliveries${query}`, { token: regionAdmin });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    items: { eventId: string; eventType: string; status: string; lastError: string | null }[];
    nextCursor: string | null;
  };
}

describe('webhook configuration', () => {
  it('set without secret returns a generated one once', async () => {
    const response = await setWebhook({ url: RECEIVER });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({
      organisationCode: 'hospital-demo',
      url: RECEIVER,
      deviceWebhookEndpoint: RECEIVER,
      deviceWebhookEndpointKey: null,
      maxAttempts: 10,
    });
    expect(body.secret).toMatch(/^[A-Za-z0-9]{32}$/);
    const read = await (await api(HOSPITAL, { token: regionAdmin })).json();
    expect(read.secret).toBeUndefined();
    expect(read.url).toBe(RECEIVER);
  });

  it('set with secret does not echo it', async () => {
    const response = await setWebhook({
      url: RECEIVER,
      secret: 'a-secret-of-24-characters',
      deviceWebhookEndpointKey: 'key-1',
      maxAttempts: 3,
    });
    const body = await response.json();
    expect(body.secret).toBeUndefined();
    expect(body.deviceWebhookEndpointKey).toBe('key-1');
    expect(body.maxAttempts).toBe(3);
    expect(mock.state.webhooks.get('hospital-demo')?.secret).toBe('a-secret-of-24-characters');
  });

  it('missing webhook answers 404 with 4006', async () => {
    const response = await api(HOSPITAL, { token: regionAdmin });
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4006);
    expect(error.message).toBe(
      'Organisation hospital-demo has no webhook. Set one with PUT /devices/v1/organisations/hospital-demo/webhook.',
    );
  });

  it('outside organisation answers 404 with 4002', async () => {
    const response = await api(HOSPITAL, { token: kommuneAdmin });
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4002);
    expect(error.message).toBe('Organisation hospital-demo not found.');
  });

  it('link-local URL answers 400 with 1001', async () => {
    const response = await setWebhook({ url: 'http://169.254.169.254/latest' });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1001);
    expect(error.message).toBe(
      '/url: must not target a link-local or unspecified address, but its host 169.254.169.254 is a link-local (169.254.0.0/16, fe80::/10, fd00:ec2::254) or unspecified (0.0.0.0/8, ::) address (got "http://169.254.169.254/latest"). Use a loopback, private or public address.',
    );
  });

  it('mapped IPv6 link-local URL answers 400', async () => {
    const response = await setWebhook({ url: 'http://[::ffff:169.254.169.254]/x' });
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toContain('its host ::ffff:a9fe:a9fe is a');
  });

  it('loopback URL is allowed', async () => {
    const response = await setWebhook({ url: 'http://127.0.0.1:8080/hook' });
    expect(response.status).toBe(200);
  });

  it('remove answers 204 then 404', async () => {
    await setWebhook({ url: RECEIVER });
    const removed = await api(HOSPITAL, { method: 'DELETE', token: regionAdmin });
    expect(removed.status).toBe(204);
    const again = await api(HOSPITAL, { method: 'DELETE', token: regionAdmin });
    expect(again.status).toBe(404);
    expect((await readError(again)).code).toBe(4006);
  });
});

describe('webhook test event', () => {
  it('test event appears as pending delivery', async () => {
    await setWebhook({ url: RECEIVER });
    const response = await api(`${HOSPITAL}/test`, { method: 'POST', token: regionAdmin });
    expect(response.status).toBe(202);
    const { eventId } = await response.json();
    const log = await deliveries();
    expect(log.items).toEqual([
      {
        eventId,
        eventType: 'webhook.test',
        status: 'pending',
        attempts: 0,
        lastStatusCode: null,
        lastError: null,
        latencyMs: null,
        nextAttemptAt: expect.any(String),
        createdTime: expect.any(String),
        deliveredTime: null,
      },
    ]);
    expect(log.nextCursor).toBeNull();
  });

  it('test without webhook answers 404 with 4006', async () => {
    const response = await api(`${HOSPITAL}/test`, { method: 'POST', token: regionAdmin });
    expect(response.status).toBe(404);
    expect((await readError(response)).code).toBe(4006);
  });

  it('eleventh test in a minute answers 429', async () => {
    await setWebhook({ url: RECEIVER });
    for (let test = 0; test < 10; test += 1) {
      const accepted = await api(`${HOSPITAL}/test`, { method: 'POST', token: regionAdmin });
      expect(accepted.status).toBe(202);
    }
    const response = await api(`${HOSPITAL}/test`, { method: 'POST', token: regionAdmin });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const error = await readError(response);
    expect(error.code).toBe(6001);
    expect(error.message).toMatch(
      /^Organisation hospital-demo sent 10 test events in the last minute, the maximum\. Retry after \d+ seconds\.$/,
    );
  });

  it('removing the webhook fails pending events', async () => {
    await setWebhook({ url: RECEIVER });
    await api(`${HOSPITAL}/test`, { method: 'POST', token: regionAdmin });
    await api(HOSPITAL, { method: 'DELETE', token: regionAdmin });
    const log = await deliveries();
    expect(log.items).toHaveLength(1);
    expect(log.items[0]?.status).toBe('failed');
    expect(log.items[0]?.lastError).toBe(
      'The webhook of hospital-demo was removed before the event was delivered.',
    );
  });
});

describe('webhook delivery log', () => {
  it('queue events go to the nearest ancestor webhook', async () => {
    await setWebhook({ url: RECEIVER });
    const enqueued = await api(`/devices/v1/devices/${DEVICE.akutRoom}/messages`, {
      method: 'POST',
      token: regionAdmin,
      json: { subject: 'Room change', body: 'Move to A-016.' },
    });
    expect(enqueued.status).toBe(201);
    const log = await deliveries();
    expect(log.items.map((item) => item.eventType)).toEqual(['device.message.enqueued']);
    const own = await deliveries('', '/devices/v1/organisations/dept-emergency/webhook');
    expect(own.items).toEqual([]);
  });

  it('filters and pages newest first', async () => {
    await setWebhook({ url: RECEIVER });
    const ids: string[] = [];
    for (let test = 0; test < 3; test += 1) {
      const response = await api(`${HOSPITAL}/test`, { method: 'POST', token: regionAdmin });
      ids.push((await response.json()).eventId);
    }
    mock.state.webhooks.markDelivered(ids[1]!);
    const first = await deliveries('?limit=2');
    expect(first.items.map((item) => item.eventId)).toEqual([ids[2], ids[1]]);
    const second = await deliveries(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.eventId)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const delivered = await deliveries('?status=delivered');
    expect(delivered.items.map((item) => item.eventId)).toEqual([ids[1]]);
    const messages = await deliveries('?eventType=device.message.enqueued');
    expect(messages.items).toEqual([]);
  });

  it('scheduled failure answers once', async () => {
    mock.fail('listWebhookDeliveries', 503);
    const failed = await api(`${HOSPITAL}/deliveries`, { token: regionAdmin });
    expect(failed.status).toBe(503);
    expect((await readError(failed)).code).toBe(9001);
    expect((await deliveries()).items).toEqual([]);
  });

  it('reset removes webhooks and the log', async () => {
    await setWebhook({ url: RECEIVER });
    await api(`${HOSPITAL}/test`, { method: 'POST', token: regionAdmin });
    mock.reset();
    expect(mock.state.webhooks.get('hospital-demo')).toBeUndefined();
    expect(mock.state.webhooks.listEvents('hospital-demo')).toEqual([]);
  });
});
