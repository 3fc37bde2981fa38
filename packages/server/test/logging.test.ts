import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type RunningServer } from '../src/index.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor } from './helpers.js';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startDemoServer({ logger: createLogger('info', sink) });
  token = await tokenFor(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

describe('request log', () => {
  it('logs one line per request with ids', async () => {
    await send(server, 'GET', `/devices/v1/devices/${DEMO_DEVICE.deptRoom}`, {
      token,
      headers: { 'x-request-id': 'log-test-1' },
    });
    const line = lines.find((entry) => entry.requestId === 'log-test-1');
    expect(line).toMatchObject({
      msg: 'request completed',
      method: 'GET',
      path: `/devices/v1/devices/${DEMO_DEVICE.deptRoom}`,
      status: 200,
      clientId: 'demo-region-admin',
    });
    expect(typeof line?.ms).toBe('number');
  });

  it('never logs tokens, secrets or passwords', async () => {
    const reset = await send(
      server,
      'POST',
      `/devices/v1/devices/${DEMO_DEVICE.deptRoom}/password`,
      {
        token,
      },
    );
    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    expect(text).not.toContain(token);
    expect(text).not.toContain('demo-region-admin-secret');
    expect(text).not.toContain(reset.body.password);
  });
});
