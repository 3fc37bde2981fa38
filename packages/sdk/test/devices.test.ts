import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICES } from '../src/demo.js';
import {
  createVdxClient,
  isApiErrorBody,
  VdxApiError,
  VdxAuthError,
  type VdxClient,
} from '../src/index.js';
import {
  demoClient,
  demoProvider,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;
let client: VdxClient;

beforeAll(async () => {
  server = await startReferenceServer();
  client = demoClient(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

const MISSING_DEVICE_ID = '6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11';

describe('device helpers', () => {
  it('create, get, update and delete round-trip', async () => {
    const created = await client.devices.create({
      name: 'Akut videorum 9',
      organisationCode: 'dept-emergency',
      kind: 'room-system',
      description: 'Room 9',
      metadata: { floor: '2' },
    });
    expect(created).toMatchObject({
      name: 'Akut videorum 9',
      organisationCode: 'dept-emergency',
      kind: 'room-system',
      status: 'active',
      description: 'Room 9',
      metadata: { floor: '2' },
      hasPassword: false,
    });

    expect(await client.devices.get(created.id)).toEqual(created);

    const updated = await client.devices.update(created.id, {
      status: 'disabled',
      name: 'Room 9b',
    });
    expect(updated).toMatchObject({ id: created.id, status: 'disabled', name: 'Room 9b' });

    await expect(client.devices.delete(created.id)).resolves.toBeUndefined();
    await expect(client.devices.get(created.id)).rejects.toMatchObject({ status: 404, code: 4001 });
  });

  it('create applies kind and status defaults', async () => {
    const created = await client.devices.create({
      name: 'Default kind',
      organisationCode: 'hospital-demo',
    });

    expect(created.kind).toBe('other');
    expect(created.status).toBe('active');
  });

  it('create with idempotency key acts once', async () => {
    const body = { name: 'Idempotent tablet', organisationCode: 'hospital-demo' };
    const options = { idempotencyKey: 'devices-test-create-1' };

    const first = await client.devices.create(body, options);
    const second = await client.devices.create(body, options);

    expect(second.id).toBe(first.id);
  });

  it('list filters by organisation', async () => {
    const page = await client.devices.list({ organisationCode: 'dept-emergency', limit: 200 });

    const demoIds = DEMO_DEVICES.filter(
      (device) => device.organisationCode === 'dept-emergency',
    ).map((device) => device.id);
    expect(page.items.map((device) => device.id)).toEqual(expect.arrayContaining(demoIds));
    expect(page.items.every((device) => device.organisationCode === 'dept-emergency')).toBe(true);
  });

  it('listAll follows cursors across pages', async () => {
    const names = ['Page A', 'Page B', 'Page C', 'Page D', 'Page E'];
    for (const name of names) {
      await client.devices.create({ name, organisationCode: 'region-demo', kind: 'kiosk' });
    }
    const pages: Array<string | null> = [];
    const paged = createVdxClient({
      baseUrl: server.url,
      auth: demoProvider(server, 'demo-region-admin'),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        pages.push(new URL(request.url).searchParams.get('cursor'));
        return globalThis.fetch(request);
      },
    });

    const seen: string[] = [];
    for await (const device of paged.devices.listAll({ q: 'Page ', kind: 'kiosk', limit: 2 })) {
      seen.push(device.name);
    }

    expect(seen.sort()).toEqual(names);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBeNull();
    expect(typeof pages[1]).toBe('string');
  });

  it('resetPassword password logs in', async () => {
    const device = DEMO_DEVICES[0]!;

    const credentials = await client.devices.resetPassword(device.id);
    const tokens = await client.devices.login({
      loginId: credentials.loginId,
      password: credentials.password,
    });

    expect(credentials).toMatchObject({ deviceId: device.id, loginId: device.loginId });
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.access_token.split('.')).toHaveLength(3);
  });

  it('createLoginLink code works once', async () => {
    const device = DEMO_DEVICES[1]!;

    const link = await client.devices.createLoginLink(device.id, { expiresInSeconds: 120 });
    const tokens = await client.devices.loginOneClick({ code: link.code });

    expect(link.deviceId).toBe(device.id);
    expect(typeof tokens.access_token).toBe('string');
    await expect(client.devices.loginOneClick({ code: link.code })).rejects.toMatchObject({
      name: 'VdxAuthError',
      status: 401,
      cause: expect.objectContaining({ code: 2005 }),
    });
  });
});

describe('device errors', () => {
  it('missing device gives 404 error', async () => {
    const failure = client.devices.get(MISSING_DEVICE_ID);

    await expect(failure).rejects.toBeInstanceOf(VdxApiError);
    const error = (await failure.catch((caught: unknown) => caught)) as VdxApiError;
    expect(error.status).toBe(404);
    expect(error.code).toBe(4001);
    expect(error.method).toBe('GET');
    expect(error.path).toBe(`/devices/v1/devices/${MISSING_DEVICE_ID}`);
    expect(error.requestId).toMatch(/\S/);
    expect(isApiErrorBody(error.body)).toBe(true);
    const detail = isApiErrorBody(error.body) ? error.body.detailed_error : '';
    expect(error.message).toBe(`${detail} (HTTP 404, code 4001, request id ${error.requestId})`);
  });

  it("other organisation's device is 404", async () => {
    const kommuneDevice = DEMO_DEVICES.find(
      (device) => device.organisationCode === 'kommune-demo',
    )!;

    await expect(client.devices.get(kommuneDevice.id)).rejects.toMatchObject({
      status: 404,
      code: 4001,
    });
  });

  it('empty name gives 400 error', async () => {
    const failure = client.devices.create({ name: '', organisationCode: 'hospital-demo' });

    await expect(failure).rejects.toBeInstanceOf(VdxApiError);
    await expect(failure).rejects.toMatchObject({ status: 400, code: 1001, method: 'POST' });
    await expect(failure).rejects.toThrow(/\/name/);
  });

  it('wrong login password gives VdxAuthError', async () => {
    const failure = client.devices.login({ loginId: 'room-akut-1', password: 'wrong-password' });

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      status: 401,
      cause: expect.objectContaining({ code: 2004 }),
    });
    await expect(failure).rejects.toThrow(
      /^Device login failed: .+ \(HTTP 401, code 2004, request id .+\)\.$/,
    );
  });
});
