import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientCredentials, createVdxClient, signWebhookPayload, type VdxClient } from '@vdx/sdk';
import { type RunningServer, startServer } from '@vdx/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, clientEnv, makeConfigDir, REGION_ADMIN, removeConfigDir, runVdx } from './helpers.js';

/** A demo device of dept-emergency, whose events go to that organisation's webhook. */
const DEVICE_ID = '0f5e2c1a-7b3d-4e8f-9a01-000000000001';
const SECRET = 'listen-test-secret-0123456789abcdef';

let server: RunningServer;
let configDir: string;
let sdk: VdxClient;
const listeners: Listener[] = [];
const targets: ForwardTarget[] = [];

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
});

afterEach(async () => {
  for (const listener of listeners.splice(0)) listener.child.kill('SIGKILL');
  for (const target of targets.splice(0)) await target.close();
});

afterAll(async () => {
  await server.close();
  await removeConfigDir(configDir);
});

/** A running `vdx webhooks listen` child process and what it has written so far. */
interface Listener {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once `pattern` matches stdout or stderr. */
  waitFor: (stream: 'stdout' | 'stderr', pattern: RegExp) => Promise<RegExpExecArray>;
  /** Sends `signal` and resolves with the exit code. */
  stop: (signal: NodeJS.Signals) => Promise<number | null>;
}

/** Starts the built CLI's listener and waits until it prints its URL. */
async function startListener(args: string[], env: Record<string, string> = {}): Promise<Listener> {
  const child = spawn(process.execPath, [BIN, 'webhooks', 'listen', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: configDir,
      VDX_CONFIG_DIR: configDir,
      NO_COLOR: '1',
      ...clientEnv(server),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  const waiters: (() => void)[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.setEncoding('utf8');
    child[stream]?.on('data', (chunk: string) => {
      output[stream] += chunk;
      for (const wake of waiters.splice(0)) wake();
    });
  }
  const waitFor = async (stream: 'stdout' | 'stderr', pattern: RegExp) => {
    let finished = false;
    void exited.then(() => {
      finished = true;
      for (const wake of waiters.splice(0)) wake();
    });
    for (;;) {
      const match = pattern.exec(output[stream]);
      if (match) return match;
      if (finished) {
        throw new Error(`Listener exited before ${pattern} matched: ${output.stderr}`);
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const listener: Listener = {
    child,
    url: '',
    stdout: () => output.stdout,
    stderr: () => output.stderr,
    waitFor,
    stop: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
  listeners.push(listener);
  const match = await waitFor('stderr', /^Listening on (http:\/\/127\.0\.0\.1:\d+\/\S*) /m);
  listener.url = match[1] ?? '';
  return listener;
}

/** A local HTTP server that records the requests forwarded to it. */
interface ForwardTarget {
  url: string;
  requests: { headers: IncomingHttpHeaders; body: string; path: string }[];
  status: number;
  close: () => Promise<void>;
}

async function startForwardTarget(status: number): Promise<ForwardTarget> {
  const target: ForwardTarget = { url: '', requests: [], status, close: async () => {} };
  const http: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      target.requests.push({ headers: request.headers, body, path: request.url ?? '' });
      response.writeHead(target.status).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  target.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/app/events`;
  target.close = () =>
    new Promise((resolve) => {
      http.close(() => resolve());
      http.closeAllConnections();
    });
  targets.push(target);
  return target;
}

/** Builds a webhook.test event body as VDX sends it. */
function testEventBody(id: string): string {
  return JSON.stringify({
    id,
    type: 'webhook.test',
    occurredAt: new Date().toISOString(),
    organisationCode: 'hospital-demo',
    data: { message: 'Test event for the webhook of hospital-demo.' },
  });
}

/** Sends a delivery signed with `secret` to `url`, as VDX would. */
async function sendSigned(url: string, body: string, secret: string, now = new Date()) {
  const signature = await signWebhookPayload(body, secret, now);
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'VDX-Event-Id': JSON.parse(body).id,
      'VDX-Event-Type': 'webhook.test',
      'VDX-Signature': signature,
      'VDX-Webhook-Key': 'receiver-key',
    },
    body,
  });
}

describe('webhooks listen with a real delivery', () => {
  it('prints a queued meeting as a JSON line', async () => {
    const listener = await startListener(['--secret', SECRET, '--json']);
    await sdk.webhooks.set('dept-emergency', { url: listener.url, secret: SECRET });
    const meeting = await sdk.queues.meetings.push(DEVICE_ID, {
      subject: 'Webhook listen test',
      startTime: '2026-03-02T10:00:00+01:00',
      endTime: '2026-03-02T10:30:00+01:00',
    });

    const [line] = await listener.waitFor('stdout', /^.+\n/);
    const received = JSON.parse(line);
    expect(received.event.type).toBe('device.meeting.enqueued');
    expect(received.event.organisationCode).toBe('dept-emergency');
    expect(received.event.data.deviceId).toBe(DEVICE_ID);
    expect(received.event.data.itemId).toBe(meeting.id);
    expect(received.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(received).not.toHaveProperty('forward');

    expect(await listener.stop('SIGINT')).toBe(0);
    expect(listener.stderr()).toContain('Stopped on SIGINT: 1 event received, 0 rejected.\n');
    expect(listener.stdout()).not.toContain(SECRET);
    expect(listener.stderr()).not.toContain(SECRET);
    await sdk.webhooks.remove('dept-emergency');
  });

  it('prints one readable line per event', async () => {
    const listener = await startListener(['--path', '/vdx/events'], { VDX_WEBHOOK_SECRET: SECRET });
    expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/vdx\/events$/);
    await sdk.webhooks.set('dept-emergency', { url: listener.url, secret: SECRET });
    const message = await sdk.queues.messages.push(DEVICE_ID, { subject: 'Hello', body: 'Hi' });

    const [line] = await listener.waitFor('stdout', /^.+\n/);
    expect(line).toMatch(
      new RegExp(
        `^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ {2}device\\.message\\.enqueued {2}[0-9a-f-]{36} {2}dept-emergency {2}device ${DEVICE_ID} \\(dept-emergency\\) message ${message.id}\\n$`,
      ),
    );
    expect(await listener.stop('SIGTERM')).toBe(0);
    await sdk.webhooks.remove('dept-emergency');
  });
});

describe('webhooks listen verification', () => {
  it('responds 204 to a valid signature', async () => {
    const listener = await startListener(['--secret', SECRET, '--json']);
    const response = await sendSigned(listener.url, testEventBody(crypto.randomUUID()), SECRET);

    expect(response.status).toBe(204);
    await listener.waitFor('stdout', /"type":"webhook\.test"/);
  });

  it('rejects a tampered body with 400', async () => {
    const listener = await startListener(['--secret', SECRET]);
    const body = testEventBody(crypto.randomUUID());
    const signature = await signWebhookPayload(body, SECRET, new Date());
    const response = await fetch(listener.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'VDX-Signature': signature },
      body: body.replace('hospital-demo', 'region-demo'),
    });

    expect(response.status).toBe(400);
    const rejection = await response.json();
    expect(rejection.error).toBe('bad_signature');
    expect(rejection.message).toBe(
      'No signature in VDX-Signature matches the body: check the webhook secret, and pass the raw body bytes as received.',
    );
    await listener.waitFor('stderr', /^Rejected POST \/ with 400 \(bad_signature\): No signature/m);
    expect(listener.stdout()).toBe('');
  });

  it('rejects a wrong secret with 400', async () => {
    const listener = await startListener(['--secret', SECRET]);
    const response = await sendSigned(
      listener.url,
      testEventBody(crypto.randomUUID()),
      'another-secret-0123456789',
    );

    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('bad_signature');
  });

  it('rejects a missing signature with 400', async () => {
    const listener = await startListener(['--secret', SECRET]);
    const response = await fetch(listener.url, {
      method: 'POST',
      body: testEventBody(crypto.randomUUID()),
    });

    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('missing_header');
  });

  it('rejects an old timestamp with 400', async () => {
    const listener = await startListener(['--secret', SECRET]);
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    const response = await sendSigned(
      listener.url,
      testEventBody(crypto.randomUUID()),
      SECRET,
      tenMinutesAgo,
    );

    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('timestamp_too_old');
  });

  it('responds 404 to another path, 405 to GET', async () => {
    const listener = await startListener(['--secret', SECRET, '--path', '/vdx']);
    const otherPath = await fetch(new URL('/other', listener.url), { method: 'POST', body: '{}' });
    const get = await fetch(listener.url);

    expect(otherPath.status).toBe(404);
    expect(await otherPath.json()).toEqual({
      error: 'not_found',
      message: 'This receiver accepts deliveries at /vdx only.',
    });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await get.json()).error).toBe('method_not_allowed');
  });

  it('never prints the secret', async () => {
    const listener = await startListener(['--secret', SECRET]);
    await sendSigned(listener.url, testEventBody(crypto.randomUUID()), SECRET);
    await sendSigned(listener.url, testEventBody(crypto.randomUUID()), 'another-secret-0123456789');
    await listener.waitFor('stderr', /^Rejected /m);

    expect(await listener.stop('SIGINT')).toBe(0);
    expect(listener.stderr()).toContain('Stopped on SIGINT: 1 event received, 1 rejected.\n');
    expect(listener.stdout()).not.toContain(SECRET);
    expect(listener.stderr()).not.toContain(SECRET);
  });
});

describe('webhooks listen --forward-to', () => {
  it('forwards body and headers unchanged', async () => {
    const target = await startForwardTarget(200);
    const listener = await startListener([
      '--secret',
      SECRET,
      '--forward-to',
      target.url,
      '--json',
    ]);
    const body = testEventBody(crypto.randomUUID());
    const response = await sendSigned(listener.url, body, SECRET);

    expect(response.status).toBe(204);
    expect(target.requests).toHaveLength(1);
    const forwarded = target.requests[0];
    expect(forwarded?.path).toBe('/app/events');
    expect(forwarded?.body).toBe(body);
    expect(forwarded?.headers['vdx-event-id']).toBe(JSON.parse(body).id);
    expect(forwarded?.headers['vdx-event-type']).toBe('webhook.test');
    expect(forwarded?.headers['vdx-webhook-key']).toBe('receiver-key');
    expect(forwarded?.headers['vdx-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(forwarded?.headers['content-type']).toBe('application/json');
    const [line] = await listener.waitFor('stdout', /^.+\n/);
    expect(JSON.parse(line).forward).toEqual({ url: target.url, status: 200, ok: true });
  });

  it('forwards a real delivery with its signature', async () => {
    const target = await startForwardTarget(204);
    const listener = await startListener(['--secret', SECRET, '--forward-to', target.url]);
    await sdk.webhooks.set('hospital-demo', { url: listener.url, secret: SECRET });
    const { eventId } = await sdk.webhooks.test('hospital-demo');

    const [, status] = await listener.waitFor('stdout', /\n {2}forwarded to \S+: (\d+)\n/);
    expect(status).toBe('204');
    expect(target.requests[0]?.headers['vdx-event-id']).toBe(eventId);
    expect(JSON.parse(target.requests[0]?.body ?? '{}').id).toBe(eventId);
    await sdk.webhooks.remove('hospital-demo');
  });

  it('responds 502 when the target fails', async () => {
    const target = await startForwardTarget(500);
    const listener = await startListener(['--secret', SECRET, '--forward-to', target.url]);
    const response = await sendSigned(listener.url, testEventBody(crypto.randomUUID()), SECRET);

    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: 'forward_failed',
      message: `The forward target ${target.url} responded with 500.`,
    });
    await listener.waitFor(
      'stdout',
      /\n {2}forward failed, sender got 502: The forward target \S+ responded with 500\.\n/,
    );
  });

  it('responds 502 when the target is down', async () => {
    const target = await startForwardTarget(200);
    await target.close();
    const listener = await startListener([
      '--secret',
      SECRET,
      '--forward-to',
      target.url,
      '--json',
    ]);
    const response = await sendSigned(listener.url, testEventBody(crypto.randomUUID()), SECRET);

    expect(response.status).toBe(502);
    const [line] = await listener.waitFor('stdout', /^.+\n/);
    const forward = JSON.parse(line).forward;
    expect(forward.status).toBeNull();
    expect(forward.ok).toBe(false);
    expect(forward.error).toMatch(
      new RegExp(`^The request to the forward target ${target.url} failed: .*ECONNREFUSED`),
    );
  });
});

describe('webhooks listen --set', () => {
  it('registers the URL for the session and removes it on stop', async () => {
    const listener = await startListener(['--set', 'hospital-demo']);
    await listener.waitFor('stderr', /^Set the webhook of hospital-demo to /m);
    const webhook = await sdk.webhooks.get('hospital-demo');
    expect(webhook.url).toBe(listener.url);

    const { eventId } = await sdk.webhooks.test('hospital-demo');
    await listener.waitFor('stdout', new RegExp(`webhook\\.test {2}${eventId} {2}hospital-demo`));

    expect(await listener.stop('SIGTERM')).toBe(0);
    expect(listener.stderr()).toContain('Removed the webhook of hospital-demo.\n');
    await expect(sdk.webhooks.get('hospital-demo')).rejects.toMatchObject({
      status: 404,
      code: 4006,
    });
  });

  it('needs --yes to replace a webhook without a terminal', async () => {
    await sdk.webhooks.set('hospital-demo', { url: 'http://127.0.0.1:9/kept', secret: SECRET });
    const result = await runVdx(['webhooks', 'listen', '--set', 'hospital-demo'], {
      configDir,
      env: clientEnv(server),
    });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Not replacing the webhook of hospital-demo (http://127.0.0.1:9/kept) without confirmation: pass --yes to replace it without a terminal.\n',
    );
    expect((await sdk.webhooks.get('hospital-demo')).url).toBe('http://127.0.0.1:9/kept');
  });

  it('replaces a webhook with --yes', async () => {
    const listener = await startListener(['--set', 'hospital-demo', '--yes']);
    await listener.waitFor('stderr', /^Set the webhook of hospital-demo to /m);

    expect((await sdk.webhooks.get('hospital-demo')).url).toBe(listener.url);
    expect(await listener.stop('SIGINT')).toBe(0);
  });

  it('exits 4 for an organisation outside the subtree', async () => {
    const result = await runVdx(['webhooks', 'listen', '--set', 'kommune-demo'], {
      configDir,
      env: clientEnv(server),
    });

    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(
      /^Error: Organisation kommune-demo not found\. \(HTTP 404, code 4002, /,
    );
  });
});

describe('webhooks listen usage', () => {
  const run = (...args: string[]) => runVdx(['webhooks', 'listen', ...args], { configDir });

  it('needs a secret without a terminal', async () => {
    const result = await run();

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Missing webhook secret: pass --secret, set VDX_WEBHOOK_SECRET, or use --set ORG to register this receiver with a generated secret.\n',
    );
  });

  it('rejects a --forward-to that is not http', async () => {
    const result = await run('--secret', SECRET, '--forward-to', 'ftp://127.0.0.1/x');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid --forward-to "ftp://127.0.0.1/x": the URL must use http or https, not ftp.\n',
    );
  });

  it('rejects a --forward-to that is not a URL', async () => {
    const result = await run('--secret', SECRET, '--forward-to', '127.0.0.1:3000');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid --forward-to "127.0.0.1:3000": expected an absolute URL such as http://127.0.0.1:3000/vdx/events.\n',
    );
  });

  it('rejects a --path without a slash', async () => {
    const result = await run('--secret', SECRET, '--path', 'events');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid --path "events": expected a URL path that starts with / and has no query, fragment or spaces, such as /vdx/events.\n',
    );
  });

  it('rejects a port above 65535', async () => {
    const result = await run('--secret', SECRET, '--port', '70000');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'Error: Invalid value for --port: Expected an integer less than or equal to 65535 but received: 70000. See `vdx webhooks listen --help`.\n',
    );
  });

  it('exits 2 when the port is in use', async () => {
    const first = await startListener(['--secret', SECRET]);
    const port = new URL(first.url).port;
    const result = await run('--secret', SECRET, '--port', port);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `Error: Port ${port} on 127.0.0.1 is in use: choose another --port, or --port 0 for a free one.\n`,
    );
  });
});
