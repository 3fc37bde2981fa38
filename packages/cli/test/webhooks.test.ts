import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientCredentials, createVdxClient, type VdxClient } from '@vdx/sdk';
import { type RunningServer, startServer } from '@vdx/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorLine,
  clientEnv,
  makeConfigDir,
  REGION_ADMIN,
  type RunResult,
  removeConfigDir,
  runVdx,
} from './helpers.js';

let server: RunningServer;
let configDir: string;
let sdk: VdxClient;
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  server = await startServer({
    port: 0,
    db: ':memory:',
    seed: 'demo',
    logger: false,
    webhookRetryBaseMs: 50,
  });
  configDir = await makeConfigDir();
  sdk = createVdxClient({
    baseUrl: server.url,
    auth: clientCredentials({ issuer: server.issuer, ...REGION_ADMIN }),
  });
  receiver = createServer((_request, response) => response.writeHead(204).end());
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/vdx/events`;
});

afterAll(async () => {
  await server.close();
  await new Promise((resolve) => receiver.close(resolve));
  await removeConfigDir(configDir);
});

function vdx(...args: string[]): Promise<RunResult> {
  return runVdx(args, { configDir, env: clientEnv(server) });
}

const SECRET = 'a-webhook-secret-of-32-characters';

/** Waits until the delivery of `eventId` is no longer pending and returns its status. */
async function settledStatus(code: string, eventId: string): Promise<string> {
  for (let round = 0; round < 200; round += 1) {
    const page = await sdk.webhooks.deliveries(code);
    const delivery = page.items.find((item) => item.eventId === eventId);
    if (delivery && delivery.status !== 'pending') return delivery.status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Delivery ${eventId} of ${code} stayed pending`);
}

describe('webhooks get', () => {
  it('exits 4 without a webhook', async () => {
    const result = await vdx('webhooks', 'get', 'dept-emergency');

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      apiErrorLine(
        'Organisation dept-emergency has no webhook. Set one with PUT /devices/v1/organisations/dept-emergency/webhook.',
        404,
        4006,
      ),
    );
  });

  it('exits 4 outside the subtree', async () => {
    const result = await vdx('webhooks', 'get', 'kommune-demo');

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(apiErrorLine('Organisation kommune-demo not found.', 404, 4002));
  });

  it('writes the error as JSON under --json', async () => {
    const result = await vdx('webhooks', 'get', 'dept-emergency', '--json');

    expect(result.exitCode).toBe(4);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr).error).toMatchObject({
      exitCode: 4,
      status: 404,
      code: 4006,
    });
  });
});

describe('webhooks set', () => {
  it('prints a generated secret once with a warning', async () => {
    const result = await vdx('webhooks', 'set', 'hospital-demo', '--url', receiverUrl);

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Set the webhook of hospital-demo\.\n/);
    expect(result.stdout).toContain(`URL:           ${receiverUrl}\n`);
    expect(result.stdout).toMatch(/^Secret: {8}[\w-]{20,}$/m);
    expect(result.stdout).toMatch(
      /\nStore the generated secret now: it cannot be shown again\.\n$/,
    );
  });

  it('returns the generated secret under --json', async () => {
    const result = await vdx('webhooks', 'set', 'hospital-demo', '--url', receiverUrl, '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const webhook = JSON.parse(result.stdout);
    expect(webhook.organisationCode).toBe('hospital-demo');
    expect(webhook.url).toBe(receiverUrl);
    expect(webhook.maxAttempts).toBe(10);
    expect(webhook.secret).toMatch(/^[\w-]{20,}$/);
  });

  it('never prints a given secret', async () => {
    const result = await vdx(
      'webhooks',
      'set',
      'hospital-demo',
      '--url',
      receiverUrl,
      '--secret',
      SECRET,
      '--key',
      'receiver-key-1',
      '--max-attempts',
      '3',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).not.toContain(SECRET);
    expect(result.stdout).not.toContain('Secret:');
    expect(result.stdout).not.toContain('Store the generated secret');
    expect(result.stdout).toContain('Endpoint key:  receiver-key-1\n');
    expect(result.stdout).toContain('Max attempts:  3\n');
  });

  it('returns no secret under --json when given one', async () => {
    const result = await vdx(
      'webhooks',
      'set',
      'hospital-demo',
      '--url',
      receiverUrl,
      '--secret',
      SECRET,
      '--json',
    );

    expect(result.exitCode, result.stderr).toBe(0);
    const webhook = JSON.parse(result.stdout);
    expect(webhook).not.toHaveProperty('secret');
    expect(webhook.deviceWebhookEndpointKey).toBeNull();
  });

  it('exits 2 for a URL without http or https', async () => {
    const result = await vdx('webhooks', 'set', 'hospital-demo', '--url', 'ftp://example.test/x');

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      apiErrorLine(
        '/url: must be an absolute http or https URL without user info or a fragment (got "ftp://example.test/x")',
        400,
        1001,
      ),
    );
  });

  it('exits 2 for a short secret', async () => {
    const result = await vdx(
      'webhooks',
      'set',
      'hospital-demo',
      '--url',
      receiverUrl,
      '--secret',
      'short',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      apiErrorLine('/secret: must NOT have fewer than 16 characters', 400, 1001),
    );
  });

  it('rejects --max-attempts above 20', async () => {
    const result = await vdx(
      'webhooks',
      'set',
      'hospital-demo',
      '--url',
      receiverUrl,
      '--max-attempts',
      '21',
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid value for --max-attempts: Expected an integer less than or equal to 20 but received: 21. See `vdx webhooks set --help`.\n',
    );
  });

  it('requires --url', async () => {
    const result = await vdx('webhooks', 'set', 'hospital-demo');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Missing required flag url');
  });
});

describe('webhooks get after set', () => {
  it('shows the stored webhook', async () => {
    await vdx('webhooks', 'set', 'region-demo', '--url', receiverUrl, '--secret', SECRET);
    const result = await vdx('webhooks', 'get', 'region-demo');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Organisation: {2}region-demo\n/);
    expect(result.stdout).toContain(`URL:           ${receiverUrl}\n`);
    expect(result.stdout).toContain('Endpoint key:  (none)\n');
    expect(result.stdout).not.toContain(SECRET);
  });

  it('returns the API object under --json', async () => {
    const result = await vdx('webhooks', 'get', 'region-demo', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const webhook = JSON.parse(result.stdout);
    expect(Object.keys(webhook).sort()).toEqual([
      'createdTime',
      'deviceWebhookEndpoint',
      'deviceWebhookEndpointKey',
      'maxAttempts',
      'organisationCode',
      'updatedTime',
      'url',
    ]);
    expect(webhook.url).toBe(receiverUrl);
  });
});

describe('webhooks test and deliveries', () => {
  it('queues a test event that is delivered', async () => {
    await vdx('webhooks', 'set', 'region-demo', '--url', receiverUrl, '--secret', SECRET);
    const result = await vdx('webhooks', 'test', 'region-demo');

    expect(result.exitCode, result.stderr).toBe(0);
    const match = /^Queued test event ([0-9a-f-]{36}) for the webhook of region-demo\.\n/.exec(
      result.stdout,
    );
    expect(match).not.toBeNull();
    const eventId = match?.[1] ?? '';
    expect(result.stdout).toContain('See its outcome with `vdx webhooks deliveries region-demo`.');
    expect(await settledStatus('region-demo', eventId)).toBe('delivered');

    const listed = await vdx('webhooks', 'deliveries', 'region-demo');
    expect(listed.exitCode, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(
      /^EVENT ID +TYPE +STATUS +ATTEMPTS +LAST STATUS +CREATED +NEXT ATTEMPT +LAST ERROR\n/,
    );
    expect(listed.stdout).toMatch(
      new RegExp(`^${eventId} +webhook\\.test +delivered +1 +204 +\\S+ +- +-$`, 'm'),
    );
  });

  it('returns the event id under --json', async () => {
    const result = await vdx('webhooks', 'test', 'region-demo', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    const accepted = JSON.parse(result.stdout);
    expect(Object.keys(accepted)).toEqual(['eventId']);
    expect(accepted.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await settledStatus('region-demo', accepted.eventId)).toBe('delivered');
  });

  it('exits 4 when testing without a webhook', async () => {
    const result = await vdx('webhooks', 'test', 'dept-emergency');

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(
      apiErrorLine(
        'Organisation dept-emergency has no webhook. Set one with PUT /devices/v1/organisations/dept-emergency/webhook.',
        404,
        4006,
      ),
    );
  });

  it('filters deliveries by status', async () => {
    const delivered = await vdx(
      'webhooks',
      'deliveries',
      'region-demo',
      '--status',
      'delivered',
      '--json',
    );
    const failed = await vdx(
      'webhooks',
      'deliveries',
      'region-demo',
      '--status',
      'failed',
      '--json',
    );

    expect(delivered.exitCode, delivered.stderr).toBe(0);
    const deliveredItems = JSON.parse(delivered.stdout).items as { status: string }[];
    expect(deliveredItems.length).toBeGreaterThanOrEqual(2);
    expect(deliveredItems.every((item) => item.status === 'delivered')).toBe(true);
    expect(failed.exitCode, failed.stderr).toBe(0);
    expect(JSON.parse(failed.stdout)).toEqual({ items: [], nextCursor: null });
  });

  it('prints no deliveries for an empty log', async () => {
    const result = await vdx('webhooks', 'deliveries', 'dept-emergency');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('No deliveries match.\n');
  });

  it('pages with --limit and follows them with --all', async () => {
    const first = await vdx('webhooks', 'deliveries', 'region-demo', '--limit', '1');
    const all = await vdx(
      'webhooks',
      'deliveries',
      'region-demo',
      '--limit',
      '1',
      '--all',
      '--json',
    );

    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toContain('\n1 delivery.\n');
    expect(first.stdout).toMatch(/\nMore deliveries: add --cursor \S+, or use --all\.\n$/);
    expect(all.exitCode, all.stderr).toBe(0);
    const page = JSON.parse(all.stdout);
    expect(page.items.length).toBeGreaterThanOrEqual(2);
    expect(page.nextCursor).toBeNull();
  });

  it('rejects an unknown --status', async () => {
    const result = await vdx('webhooks', 'deliveries', 'region-demo', '--status', 'lost');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      'Expected --status=lost to be one of: pending, delivered, failed',
    );
  });
});

describe('webhooks remove', () => {
  it('needs --yes without a terminal', async () => {
    const result = await vdx('webhooks', 'remove', 'region-demo');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Not removing the webhook of region-demo without confirmation: pass --yes to remove it without a terminal.\n',
    );
    expect((await sdk.webhooks.get('region-demo')).url).toBe(receiverUrl);
  });

  it('removes the webhook with --yes', async () => {
    const result = await vdx('webhooks', 'remove', 'region-demo', '--yes');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('Removed the webhook of region-demo.\n');
    const after = await vdx('webhooks', 'get', 'region-demo');
    expect(after.exitCode).toBe(4);
  });

  it('keeps the delivery log after removal', async () => {
    const result = await vdx('webhooks', 'deliveries', 'region-demo', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).items.length).toBeGreaterThanOrEqual(2);
  });

  it('returns the result under --json', async () => {
    await vdx('webhooks', 'set', 'region-demo', '--url', receiverUrl, '--secret', SECRET);
    const result = await vdx('webhooks', 'remove', 'region-demo', '--yes', '--json');

    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ organisationCode: 'region-demo', removed: true });
  });

  it('exits 4 without a webhook', async () => {
    const result = await vdx('webhooks', 'remove', 'region-demo', '--yes');

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(
      apiErrorLine(
        'Organisation region-demo has no webhook. Set one with PUT /devices/v1/organisations/region-demo/webhook.',
        404,
        4006,
      ),
    );
  });
});
