import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICES } from '../src/demo.js';
import {
  createVdxClient,
  deviceCredentials,
  VdxAuthError,
  type VdxClient,
  VdxError,
  VdxNetworkError,
} from '../src/index.js';
import { unusedLocalUrl } from './helpers/local-http.js';
import {
  demoClient,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;
let admin: VdxClient;
const DEVICE = DEMO_DEVICES[0]!;
const OTHER_DEVICE = DEMO_DEVICES[1]!;

beforeAll(async () => {
  server = await startReferenceServer();
  admin = demoClient(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

describe('deviceCredentials', () => {
  it('password login reads the queue', async () => {
    const { loginId, password } = await admin.devices.resetPassword(DEVICE.id);
    const pushed = await admin.queues.meetings.push(DEVICE.id, {
      subject: 'Stuegang',
      startTime: '2026-12-11T10:00:00Z',
      endTime: '2026-12-11T10:20:00Z',
    });
    const device = createVdxClient({
      baseUrl: server.url,
      auth: deviceCredentials({ baseUrl: server.url, loginId, password }),
    });

    const oldest = await device.queues.meetings.next(DEVICE.id);

    expect(oldest?.id).toBe(pushed.id);
    expect(await device.queues.meetings.next(DEVICE.id)).toBeUndefined();
  });

  it('forced renewal logs in again', async () => {
    const { loginId, password } = await admin.devices.resetPassword(DEVICE.id);
    const auth = deviceCredentials({ baseUrl: server.url, loginId, password });

    const first = await auth.getAccessToken();
    const second = await auth.getAccessToken({ forceRefresh: true });

    expect(second).not.toBe(first);
  });

  it("another device's queue is 403", async () => {
    const { loginId, password } = await admin.devices.resetPassword(DEVICE.id);
    const device = createVdxClient({
      baseUrl: server.url,
      auth: deviceCredentials({ baseUrl: server.url, loginId, password }),
    });

    await expect(device.queues.messages.next(OTHER_DEVICE.id)).rejects.toMatchObject({
      name: 'VdxApiError',
      status: 403,
      code: 3002,
    });
  });

  it('one-click login cannot renew', async () => {
    const link = await admin.devices.createLoginLink(OTHER_DEVICE.id);
    const auth = deviceCredentials({ baseUrl: server.url, code: link.code });
    const device = createVdxClient({ baseUrl: server.url, auth });

    await expect(device.queues.messages.next(OTHER_DEVICE.id)).resolves.toBeUndefined();
    await expect(auth.getAccessToken({ forceRefresh: true })).rejects.toThrow(
      new VdxAuthError(
        'The device token from a one-click login cannot be renewed, because a one-click code works only once. Create a new login link for the device and log in with its code.',
        { reason: 'device_login_failed' },
      ),
    );
  });

  it('wrong password gives VdxAuthError', async () => {
    const auth = deviceCredentials({
      baseUrl: server.url,
      loginId: DEVICE.loginId,
      password: 'wrong-password',
    });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      status: 401,
      requestId: expect.any(String),
      cause: expect.objectContaining({ code: 2004 }),
    });
    await expect(failure).rejects.toThrow(
      /^Device login for "room-akut-1" failed: .+ \(HTTP 401, code 2004, request id .+\)\. Check the login id and password, and that the device is active\.$/,
    );
  });

  it('spent code gives VdxAuthError', async () => {
    const link = await admin.devices.createLoginLink(OTHER_DEVICE.id);
    await admin.devices.loginOneClick({ code: link.code });

    const failure = deviceCredentials({ baseUrl: server.url, code: link.code }).getAccessToken();

    await expect(failure).rejects.toMatchObject({
      name: 'VdxAuthError',
      status: 401,
      cause: expect.objectContaining({ code: 2005 }),
    });
  });

  it('unreachable server gives VdxNetworkError', async () => {
    const baseUrl = await unusedLocalUrl();
    const auth = deviceCredentials({ baseUrl, loginId: 'room-akut-1', password: 'pw' });

    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(VdxNetworkError);
  });

  it('empty password rejected at once', () => {
    expect(() => deviceCredentials({ baseUrl: server.url, loginId: 'x', password: '' })).toThrow(
      new VdxError('password must be a non-empty string.'),
    );
  });
});
