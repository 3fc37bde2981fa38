/**
 * Testing code that uses `@vdx/sdk` against `@vdx/mock` in Node.js: MSW intercepts every request
 * to `http://vdx.test`, and the SDK runs unchanged, OAuth token request included. Copy this file
 * into your own tests and replace the SDK calls with calls to your code.
 */
import { createVdxMock } from '@vdx/mock';
import { clientCredentials, createVdxClient, VdxApiError } from '@vdx/sdk';
import { DEMO_DEVICES } from '@vdx/sdk/demo';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const mock = createVdxMock();
const server = setupServer(...mock.handlers);

// A request that no mock handler matches fails the test instead of reaching the network.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Restores the demo data and drops failures scheduled with fail(), so tests stay independent.
afterEach(() => mock.reset());
afterAll(() => server.close());

const vdx = createVdxClient({
  baseUrl: 'http://vdx.test',
  auth: clientCredentials({
    tokenUrl: 'http://vdx.test/realms/vdx/protocol/openid-connect/token',
    clientId: 'demo-region-admin',
    clientSecret: 'demo-region-admin-secret',
    // The SDK allows plain http only for loopback hosts, and vdx.test is not one.
    allowInsecureRequests: true,
  }),
});

/** Returns the id of a device in the mock's demo data. */
function demoDeviceId(name: string): string {
  const device = DEMO_DEVICES.find((candidate) => candidate.name === name);
  if (!device) throw new Error(`The demo data has no device named ${name}.`);
  return device.id;
}

const AKUT_ROOM = demoDeviceId('Akutmodtagelse videorum 1');
const AKUT_TABLET = demoDeviceId('Akutmodtagelse tablet 1');

describe('VDX mock in Node.js', () => {
  it('lists the demo devices', async () => {
    const page = await vdx.devices.list({ organisationCode: 'dept-emergency' });

    expect(page.items.map((device) => device.name)).toEqual([
      'Akutmodtagelse tablet 1',
      'Akutmodtagelse videorum 1',
    ]);
    expect(page.items.map((device) => device.id)).toEqual([AKUT_TABLET, AKUT_ROOM]);
  });

  it('pops a pushed meeting once', async () => {
    await vdx.queues.meetings.push(AKUT_ROOM, {
      subject: 'Video consultation',
      startTime: '2026-12-07T10:00:00+01:00',
      endTime: '2026-12-07T10:30:00+01:00',
    });

    const meeting = await vdx.queues.meetings.next(AKUT_ROOM);

    expect(meeting?.subject).toBe('Video consultation');
    expect(await vdx.queues.meetings.next(AKUT_ROOM)).toBeUndefined();
  });

  it('reset empties the queue', async () => {
    await vdx.queues.meetings.push(AKUT_ROOM, {
      subject: 'Pushed before reset',
      startTime: '2026-12-07T11:00:00+01:00',
      endTime: '2026-12-07T11:30:00+01:00',
    });

    mock.reset();

    expect(await vdx.queues.meetings.next(AKUT_ROOM)).toBeUndefined();
  });

  it('fail() turns the next get into 404', async () => {
    mock.fail('getDevice', 404);

    const error = await vdx.devices.get(AKUT_ROOM).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(VdxApiError);
    expect((error as VdxApiError).status).toBe(404);
    expect((error as VdxApiError).code).toBe(4001);
    // The request id is the X-Request-Id that the SDK sent and the mock echoed.
    expect((error as VdxApiError).message).toMatch(
      /^Injected failure: fail\('getDevice', 404\) was set on the mock\. \(HTTP 404, code 4001, request id [0-9a-f-]{36}\)$/,
    );
    // Only the next call fails.
    expect((await vdx.devices.get(AKUT_ROOM)).name).toBe('Akutmodtagelse videorum 1');
  });

  it('429 carries Retry-After', async () => {
    mock.fail('listDevices', 429, { retryAfterSeconds: 30, times: 2 });

    const error = await vdx.devices.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VdxApiError);
    expect((error as VdxApiError).status).toBe(429);
    expect((error as VdxApiError).code).toBe(6001);

    // VdxApiError has no response headers, so code that honours Retry-After reads it from the
    // raw client, which returns the Response.
    const { error: body, response } = await vdx.raw.GET('/devices/v1/devices');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(body?.detailed_error_code).toBe(6001);

    expect((await vdx.devices.list()).items.length).toBeGreaterThan(0);
  });
});
