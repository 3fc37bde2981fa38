import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { send, startDemoServer, tokenFor } from './helpers.js';

let server: RunningServer;
let region: string;
let kommune: string;

const webhookOf = (code: string) => `/devices/v1/organisations/${code}/webhook`;

beforeAll(async () => {
  server = await startDemoServer({ webhookTestsPerMinute: 2 });
  region = await tokenFor(server, 'demo-region-admin');
  kommune = await tokenFor(server, 'demo-kommune-admin');
});

afterAll(async () => {
  await server.close();
});

describe('setWebhook', () => {
  it('generates a secret and returns it once', async () => {
    const url = 'http://127.0.0.1:4000/vdx/events';
    const set = await send(server, 'PUT', webhookOf('hospital-demo'), {
      token: region,
      json: { url },
    });
    expect(set.status).toBe(200);
    expect(set.headers.get('cache-control')).toBe('no-store');
    expect(set.body.secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(set.body).toMatchObject({
      organisationCode: 'hospital-demo',
      url,
      deviceWebhookEndpoint: url,
      deviceWebhookEndpointKey: null,
      maxAttempts: 10,
    });

    const read = await send(server, 'GET', webhookOf('hospital-demo'), { token: region });
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect(read.body.url).toBe(url);
    expect(read.body.createdTime).toBe(set.body.createdTime);
  });

  it('keeps a given secret without returning it', async () => {
    const reply = await send(server, 'PUT', webhookOf('region-demo'), {
      token: region,
      json: {
        url: 'https://integration.region-demo.example/events',
        secret: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        deviceWebhookEndpointKey: 'region-key',
        maxAttempts: 5,
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).not.toHaveProperty('secret');
    expect(reply.body.deviceWebhookEndpointKey).toBe('region-key');
    expect(reply.body.maxAttempts).toBe(5);
  });

  it('replaces a webhook and keeps its creation time', async () => {
    const first = await send(server, 'PUT', webhookOf('centre-nord'), {
      token: kommune,
      json: { url: 'http://127.0.0.1:4001/a' },
    });
    const second = await send(server, 'PUT', webhookOf('centre-nord'), {
      token: kommune,
      json: { url: 'http://127.0.0.1:4001/b', maxAttempts: 3 },
    });
    expect(second.status).toBe(200);
    expect(second.body.url).toBe('http://127.0.0.1:4001/b');
    expect(second.body.maxAttempts).toBe(3);
    expect(second.body.createdTime).toBe(first.body.createdTime);
  });

  it.each([
    ['ftp://files.example/events'],
    ['mailto:ops@example.org'],
    ['http://user:pw@127.0.0.1/events'],
    ['https://example.org/events#part'],
  ])('rejects the URL %s', async (url) => {
    const reply = await send(server, 'PUT', webhookOf('hospital-demo'), {
      token: region,
      json: { url },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1001);
    const shown = url.replace('user:pw@', '[redacted]@');
    expect(reply.body.detailed_error).toBe(
      `/url: must be an absolute http or https URL without user info or a fragment (got "${shown}")`,
    );
  });

  it('rejects a secret shorter than 16 characters', async () => {
    const reply = await send(server, 'PUT', webhookOf('hospital-demo'), {
      token: region,
      json: { url: 'http://127.0.0.1:4000/e', secret: 'short' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1001);
    expect(reply.body.detailed_error).toBe('/secret: must NOT have fewer than 16 characters');
  });

  it('answers 404 for an organisation outside the subtree', async () => {
    const reply = await send(server, 'PUT', webhookOf('hospital-demo'), {
      token: kommune,
      json: { url: 'http://127.0.0.1:4000/e' },
    });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4002);
    expect(reply.body.detailed_error).toBe('Organisation hospital-demo not found.');
  });
});

describe('getWebhook', () => {
  it('answers 4006 for an organisation without its own webhook', async () => {
    const reply = await send(server, 'GET', webhookOf('dept-emergency'), { token: region });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4006);
    expect(reply.body.detailed_error).toBe(
      'Organisation dept-emergency has no webhook. Set one with PUT /devices/v1/organisations/dept-emergency/webhook.',
    );
  });
});

describe('removeWebhook', () => {
  it('removes the webhook, then answers 4006', async () => {
    await send(server, 'PUT', webhookOf('kommune-demo'), {
      token: kommune,
      json: { url: 'http://127.0.0.1:4002/e' },
    });
    const removed = await send(server, 'DELETE', webhookOf('kommune-demo'), { token: kommune });
    expect(removed.status).toBe(204);
    const read = await send(server, 'GET', webhookOf('kommune-demo'), { token: kommune });
    expect(read.status).toBe(404);
    expect(read.body.detailed_error_code).toBe(4006);
    const again = await send(server, 'DELETE', webhookOf('kommune-demo'), { token: kommune });
    expect(again.status).toBe(404);
    expect(again.body.detailed_error_code).toBe(4006);
  });
});

describe('listWebhookDeliveries', () => {
  it('answers an empty page for an organisation without a webhook', async () => {
    const reply = await send(server, 'GET', `${webhookOf('dept-emergency')}/deliveries`, {
      token: region,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ items: [], nextCursor: null });
  });

  it('rejects an unknown status filter', async () => {
    const reply = await send(
      server,
      'GET',
      `${webhookOf('hospital-demo')}/deliveries?status=lost`,
      {
        token: region,
      },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1003);
  });
});

describe('sendWebhookTest', () => {
  it('answers 4006 without a webhook of its own', async () => {
    const reply = await send(server, 'POST', `${webhookOf('dept-emergency')}/test`, {
      token: region,
    });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4006);
  });

  it('limits test events per organisation per minute', async () => {
    const path = `${webhookOf('region-demo')}/test`;
    const first = await send(server, 'POST', path, { token: region });
    const second = await send(server, 'POST', path, { token: region });
    const third = await send(server, 'POST', path, { token: region });
    expect(first.status).toBe(202);
    expect(first.body.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.status).toBe(202);
    expect(third.status).toBe(429);
    expect(third.body.detailed_error_code).toBe(6001);
    expect(third.body.detailed_error).toMatch(
      /^Organisation region-demo sent 2 test events in the last minute, the maximum\. Retry after \d+ seconds\.$/,
    );
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
