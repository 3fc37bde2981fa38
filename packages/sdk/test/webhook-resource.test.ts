import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VdxApiError, type VdxClient, type VdxWebhookEvent, verifyWebhook } from '../src/index.js';
import { type LocalHttpServer, startLocalHttpServer } from './helpers/local-http.js';
import {
  demoClient,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;
let client: VdxClient;
let receiver: LocalHttpServer;
const verified: VdxWebhookEvent[] = [];
let secret = '';
let onVerified: () => void = () => {};

beforeAll(async () => {
  server = await startReferenceServer();
  client = demoClient(server, 'demo-region-admin');
  receiver = await startLocalHttpServer((request, response) => {
    const received = receiver.requests.at(-1);
    verifyWebhook(received?.body ?? '', request.headers, secret).then(
      (event) => {
        verified.push(event);
        response.writeHead(204).end();
        onVerified();
      },
      () => response.writeHead(401).end(),
    );
  });
});

afterAll(async () => {
  await server.close();
  await receiver.close();
});

describe('client.webhooks', () => {
  it('sets a webhook and reads it back without the secret', async () => {
    const set = await client.webhooks.set('hospital-demo', { url: receiver.url });
    secret = set.secret ?? '';
    expect(secret).toHaveLength(32);
    const read = await client.webhooks.get('hospital-demo');
    expect(read).not.toHaveProperty('secret');
    expect(read.url).toBe(receiver.url);
    expect(read.maxAttempts).toBe(10);
  });

  it('delivers a test event that verifyWebhook accepts', async () => {
    const arrived = new Promise<void>((resolve) => {
      onVerified = resolve;
    });
    const accepted = await client.webhooks.test('hospital-demo');
    await arrived;
    const event = verified.at(-1);
    expect(event?.id).toBe(accepted.eventId);
    expect(event?.type).toBe('webhook.test');
  });

  it('lists the delivery log page by page', async () => {
    await client.webhooks.test('hospital-demo');
    const page = await client.webhooks.deliveries('hospital-demo', { limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const all = [];
    for await (const delivery of client.webhooks.deliveriesAll('hospital-demo', { limit: 1 })) {
      all.push(delivery);
    }
    expect(all).toHaveLength(2);
    expect(all.every((delivery) => delivery.eventType === 'webhook.test')).toBe(true);
  });

  it('removes the webhook, after which get is a 4006', async () => {
    await client.webhooks.remove('hospital-demo');
    const error = await client.webhooks.get('hospital-demo').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VdxApiError);
    expect((error as VdxApiError).status).toBe(404);
    expect((error as VdxApiError).code).toBe(4006);
  });

  it('rejects an empty organisation code before sending', async () => {
    await expect(client.webhooks.get('')).rejects.toThrow(
      'code must be a non-empty string; got "".',
    );
  });
});
