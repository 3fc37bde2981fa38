import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DEVICES } from '../src/demo.js';
import type { VdxClient } from '../src/index.js';
import {
  demoClient,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

let server: ReferenceServer;
let client: VdxClient;
const DEVICE_ID = DEMO_DEVICES[0]!.id;

const MEETING = {
  subject: 'Tværfagligt møde',
  startTime: '2026-12-10T09:00:00+01:00',
  endTime: '2026-12-10T09:30:00+01:00',
  uriWithDomain: 'meeting-1234@vdx.example',
  guestPin: '1234',
};

beforeAll(async () => {
  server = await startReferenceServer();
  client = demoClient(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  await client.queues.meetings.clear(DEVICE_ID);
  await client.queues.messages.clear(DEVICE_ID);
});

describe('meeting queue', () => {
  it('push, list, next and clear round-trip', async () => {
    const first = await client.queues.meetings.push(DEVICE_ID, MEETING);
    const second = await client.queues.meetings.push(DEVICE_ID, {
      ...MEETING,
      subject: 'Opfølgning',
    });

    expect(first).toMatchObject({ ...MEETING, deviceId: DEVICE_ID });
    expect(typeof first.id).toBe('string');

    const page = await client.queues.meetings.list(DEVICE_ID, { limit: 10 });
    expect(page.items.map((item) => item.id)).toEqual([first.id, second.id]);
    expect(page.nextCursor).toBeNull();

    expect((await client.queues.meetings.next(DEVICE_ID))?.id).toBe(first.id);
    expect(await client.queues.meetings.clear(DEVICE_ID)).toEqual({ cleared: 1 });
    expect(await client.queues.meetings.next(DEVICE_ID)).toBeUndefined();
  });

  it('next returns undefined for an empty queue', async () => {
    await expect(client.queues.meetings.next(DEVICE_ID)).resolves.toBeUndefined();
  });

  it('next with idempotency key repeats', async () => {
    const pushed = await client.queues.meetings.push(DEVICE_ID, MEETING);
    await client.queues.meetings.push(DEVICE_ID, { ...MEETING, subject: 'Second' });
    const options = { idempotencyKey: 'queues-test-next-1' };

    const oldest = await client.queues.meetings.next(DEVICE_ID, options);
    const repeated = await client.queues.meetings.next(DEVICE_ID, options);

    expect(oldest?.id).toBe(pushed.id);
    expect(repeated?.id).toBe(pushed.id);
    expect((await client.queues.meetings.list(DEVICE_ID)).items).toHaveLength(1);
  });

  it('end before start gives 400', async () => {
    const body = { ...MEETING, endTime: '2026-12-10T08:00:00+01:00' };

    await expect(client.queues.meetings.push(DEVICE_ID, body)).rejects.toMatchObject({
      name: 'VdxApiError',
      status: 400,
      code: 1006,
    });
  });
});

describe('message queue', () => {
  it('push, list, next and clear round-trip', async () => {
    const message = {
      subject: 'Husk opladning',
      body: 'Sæt tabletten i opladeren efter mødet.',
      content: { priority: 'low', tags: ['battery'] },
    };

    const pushed = await client.queues.messages.push(DEVICE_ID, message);
    expect(pushed).toMatchObject({ ...message, deviceId: DEVICE_ID });

    const page = await client.queues.messages.list(DEVICE_ID);
    expect(page.items.map((item) => item.id)).toEqual([pushed.id]);

    const oldest = await client.queues.messages.next(DEVICE_ID);
    expect(oldest).toEqual(pushed);
    expect(await client.queues.messages.next(DEVICE_ID)).toBeUndefined();

    await client.queues.messages.push(DEVICE_ID, message);
    await client.queues.messages.push(DEVICE_ID, message);
    expect(await client.queues.messages.clear(DEVICE_ID)).toEqual({ cleared: 2 });
  });

  it('list pages with a cursor', async () => {
    for (const subject of ['one', 'two', 'three']) {
      await client.queues.messages.push(DEVICE_ID, { subject, body: subject });
    }

    const first = await client.queues.messages.list(DEVICE_ID, { limit: 2 });
    const second = await client.queues.messages.list(DEVICE_ID, {
      limit: 2,
      cursor: first.nextCursor ?? '',
    });

    expect(first.items.map((item) => item.subject)).toEqual(['one', 'two']);
    expect(second.items.map((item) => item.subject)).toEqual(['three']);
    expect(second.nextCursor).toBeNull();
  });

  it('missing device queue is 404', async () => {
    const failure = client.queues.messages.list('6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11');

    await expect(failure).rejects.toMatchObject({ name: 'VdxApiError', status: 404, code: 4001 });
  });
});
