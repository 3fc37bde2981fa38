import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open-database.js';
import type { RunningServer } from '../src/index.js';
import { createLogger } from '../src/logger.js';
import { WebhookDeliveryWorker } from '../src/services/webhook-delivery.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { SqliteWebhookStore } from '../src/store/webhook-store.js';
import { send, startDemoServer, tokenFor } from './helpers.js';
import { eventually, type Receiver, startReceiver } from './webhook-receiver.js';

const WEBHOOK_PATH = '/devices/v1/organisations/hospital-demo/webhook';
const RANGES =
  'link-local (169.254.0.0/16, fe80::/10, fd00:ec2::254) or unspecified (0.0.0.0/8, ::)';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startDemoServer();
  token = await tokenFor(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

describe('webhook URL hosts', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['http://2852039166/events', '169.254.169.254'],
    ['http://0xa9fea9fe/events', '169.254.169.254'],
    ['http://0251.0376.0251.0376/events', '169.254.169.254'],
    ['http://169.254.169.254./events', '169.254.169.254'],
    ['http://[::ffff:169.254.169.254]/events', '::ffff:a9fe:a9fe'],
    ['http://[fe80::1]/events', 'fe80::1'],
    ['http://[fd00:ec2::254]/events', 'fd00:ec2::254'],
    ['http://0.0.0.0:8080/events', '0.0.0.0'],
    ['http://0/events', '0.0.0.0'],
    ['http://[::]/events', '::'],
  ])('rejects %s', async (url, address) => {
    const reply = await send(server, 'PUT', WEBHOOK_PATH, { token, json: { url } });

    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1001);
    expect(reply.body.detailed_error).toBe(
      `/url: must not target a link-local or unspecified address, but its host ${address} is a ${RANGES} address (got ${JSON.stringify(url)}). Use a loopback, private or public address.`,
    );
  });

  it.each([
    'http://127.0.0.1:4000/events',
    'http://[::1]:4000/events',
    'http://10.0.0.5/events',
    'http://192.168.1.20/events',
    'https://integration.hospital-demo.example/events',
  ])('accepts %s', async (url) => {
    const reply = await send(server, 'PUT', WEBHOOK_PATH, { token, json: { url } });

    expect(reply.status).toBe(200);
    expect(reply.body.url).toBe(url);
  });

  it('never echoes user info of a rejected URL', async () => {
    const url = 'ftp://alice:hunter2@files.example/events';
    const reply = await send(server, 'PUT', WEBHOOK_PATH, { token, json: { url } });

    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error).toBe(
      '/url: must be an absolute http or https URL without user info or a fragment (got "ftp://[redacted]@files.example/events")',
    );
    expect(JSON.stringify(reply.body)).not.toContain('hunter2');
  });
});

describe('webhook delivery to resolved hosts', () => {
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver();
  });

  afterAll(async () => {
    await receiver.close();
  });

  async function deliverTo(url: string, addresses: Record<string, string[]>) {
    const db = openDatabase(':memory:');
    const store = new SqliteWebhookStore(db);
    const now = new Date().toISOString();
    const organisation = { code: 'hospital-demo', name: 'Hospital', parentCode: null };
    await new SqliteStore(db).insertOrganisationIfAbsent({ ...organisation, createdTime: now });
    await store.putWebhook({
      organisationCode: 'hospital-demo',
      url,
      secret: 'resolved-host-test-secret-0123456789',
      endpointKey: null,
      maxAttempts: 1,
      createdTime: now,
      updatedTime: now,
    });
    await store.insertEvents([
      {
        id: 'evt-resolved-host',
        type: 'webhook.test',
        organisationCode: 'hospital-demo',
        orderKey: null,
        body: '{"type":"webhook.test"}',
        createdTime: now,
        nextAttemptAt: Date.now(),
      },
    ]);
    const worker = new WebhookDeliveryWorker(store, createLogger('silent'), {
      timeoutMs: 5000,
      retryBaseMs: 10,
      concurrency: 1,
      lookup: async (hostname) => addresses[hostname] ?? [],
    });
    worker.start();
    try {
      return await eventually(async () => {
        const event = await store.getEvent('evt-resolved-host');
        return event?.status === 'pending' ? undefined : event;
      });
    } finally {
      worker.stop();
    }
  }

  it('fails a host that resolves to the metadata address', async () => {
    const event = await deliverTo('http://metadata.vdx.test/events', {
      'metadata.vdx.test': ['10.0.0.8', '169.254.169.254'],
    });

    expect(event.status).toBe('failed');
    expect(event.lastError).toBe(
      `The webhook URL was not called: its host metadata.vdx.test resolves to 169.254.169.254, a ${RANGES} address.`,
    );
  });

  it('delivers to a host that resolves to loopback', async () => {
    const port = new URL(receiver.url).port;
    const event = await deliverTo(`http://localhost:${port}/`, { localhost: ['127.0.0.1'] });

    expect(event.lastError).toBeNull();
    expect(event.status).toBe('delivered');
    expect(receiver.requests).toHaveLength(1);
  });
});
