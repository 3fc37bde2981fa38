import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../src/db/open-database.js';
import { retryDelayMs, signatureHeader } from '../src/services/webhook-delivery.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { type NewWebhookEvent, SqliteWebhookStore } from '../src/store/webhook-store.js';
import { UNKNOWN_DEVICE } from './helpers.js';

const DEVICE_ID = '3b0e8c1a-7b3d-4e8f-9a01-00000000aaaa';

let db: SqliteDatabase;
let webhooks: SqliteWebhookStore;

beforeEach(async () => {
  db = openDatabase(':memory:');
  const store = new SqliteStore(db);
  const createdTime = '2026-12-04T09:00:00Z';
  const organisation = { code: 'hospital-demo', name: 'Hospital', parentCode: null, createdTime };
  await store.insertOrganisationIfAbsent(organisation);
  await store.insertDevice({
    id: DEVICE_ID,
    name: 'Room',
    description: null,
    organisationCode: 'hospital-demo',
    kind: 'room-system',
    status: 'active',
    loginId: 'room-login',
    passwordHash: null,
    metadata: {},
    createdTime,
    updatedTime: createdTime,
  });
  webhooks = new SqliteWebhookStore(db);
});

afterEach(() => {
  db.close();
});

function event(id: string, orderKey: string | null, nextAttemptAt = 0): NewWebhookEvent {
  return {
    id,
    type: 'webhook.test',
    organisationCode: 'hospital-demo',
    orderKey,
    body: '{}',
    createdTime: '2026-12-04T09:00:00Z',
    nextAttemptAt,
  };
}

function item(deviceId: string) {
  return {
    id: crypto.randomUUID(),
    deviceId,
    queue: 'messages' as const,
    payload: { subject: 's', body: 'b' },
    enqueuedTime: '2026-12-04T09:00:00Z',
  };
}

describe('enqueueWithEvents', () => {
  it('writes the queue item and its event together', async () => {
    const record = await webhooks.enqueueWithEvents(item(DEVICE_ID), [event('e1', null)]);
    expect(record.deviceId).toBe(DEVICE_ID);
    expect((await webhooks.getEvent('e1'))?.status).toBe('pending');
  });

  it('keeps no event when the queue insert fails', async () => {
    await expect(
      webhooks.enqueueWithEvents(item(UNKNOWN_DEVICE), [event('e2', null)]),
    ).rejects.toThrow('FOREIGN KEY constraint failed');
    expect(await webhooks.getEvent('e2')).toBeUndefined();
  });

  it('keeps no queue item when an event insert fails', async () => {
    await webhooks.insertEvents([event('taken', null)]);
    const queued = item(DEVICE_ID);
    await expect(webhooks.enqueueWithEvents(queued, [event('taken', null)])).rejects.toThrow(
      'UNIQUE constraint failed',
    );
    const rows = db.prepare('SELECT id FROM queue_items WHERE id = ?').all(queued.id);
    expect(rows).toEqual([]);
  });
});

describe('listDueEvents', () => {
  it('returns only the oldest pending event of each order key', async () => {
    await webhooks.insertEvents([
      event('a1', 'device:a'),
      event('a2', 'device:a'),
      event('b1', 'device:b'),
      event('free', null),
    ]);
    const due = await webhooks.listDueEvents(Date.now(), [], 10);
    expect(due.map((e) => e.id)).toEqual(['a1', 'b1', 'free']);
  });

  it('keeps an in-flight event blocking the ones after it', async () => {
    await webhooks.insertEvents([event('a1', 'device:a'), event('a2', 'device:a')]);
    const [first] = await webhooks.listDueEvents(Date.now(), [], 10);
    const due = await webhooks.listDueEvents(Date.now(), [first?.seq ?? 0], 10);
    expect(due).toEqual([]);
  });

  it('skips events that are not due yet', async () => {
    await webhooks.insertEvents([event('later', null, Date.now() + 60_000)]);
    expect(await webhooks.listDueEvents(Date.now(), [], 10)).toEqual([]);
    expect(await webhooks.nextAttemptTime([])).toBeGreaterThan(Date.now());
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base without jitter', () => {
    const waits = [1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 1000, () => 0));
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('adds at most 20% jitter', () => {
    const waits = [1, 2, 3].map((attempts) => retryDelayMs(attempts, 1000, () => 1));
    expect(waits).toEqual([1200, 2400, 4800]);
  });
});

describe('signatureHeader', () => {
  it('signs "<t>.<body>" with HMAC-SHA256', () => {
    // Computed independently with: printf '1796375760.{"a":1}' | openssl dgst -sha256 -hmac s
    expect(signatureHeader('{"a":1}', 's', 1796375760)).toBe(
      't=1796375760,v1=01a597c8412f22a3c230318c52f99d38108c30efe8f78f3ff1b087a766a8722e',
    );
  });
});
