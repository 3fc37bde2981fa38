import type { components } from '@vdx/sdk/types';
import type { SqliteDatabase } from '../db/open-database.js';
import type { QueueItemRecord } from './store.js';

/** The state of an event's delivery. */
export type WebhookDeliveryStatus = components['schemas']['WebhookDeliveryStatus'];

/** The type of a webhook event. */
export type WebhookEventType = components['schemas']['WebhookEventType'];

/** An organisation's webhook. The secret is stored as given, because each attempt signs with it. */
export interface WebhookRecord {
  organisationCode: string;
  url: string;
  secret: string;
  endpointKey: string | null;
  maxAttempts: number;
  createdTime: string;
  updatedTime: string;
}

/** An event to insert for one receiving webhook, due at once. */
export interface NewWebhookEvent {
  id: string;
  type: WebhookEventType;
  /** The organisation whose webhook receives the event. */
  organisationCode: string;
  /** Events with the same key for the same webhook are delivered one at a time, in order. */
  orderKey: string | null;
  /** The exact JSON body that every attempt sends and signs. */
  body: string;
  createdTime: string;
  /** Milliseconds since the Unix epoch. */
  nextAttemptAt: number;
}

/** A stored event with the state of its delivery. `seq` orders events as they were raised. */
export interface WebhookEventRecord extends Omit<NewWebhookEvent, 'nextAttemptAt'> {
  seq: number;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  latencyMs: number | null;
  /** Milliseconds since the Unix epoch; null unless pending. */
  nextAttemptAt: number | null;
  deliveredTime: string | null;
}

/** The result of one delivery attempt, to record on a pending event. */
export interface AttemptResult {
  status: WebhookDeliveryStatus;
  /** Whether a request was sent; false when the event failed without one. */
  attempted: boolean;
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
  /** Milliseconds since the Unix epoch when `status` is pending, else null. */
  nextAttemptAt: number | null;
  deliveredTime: string | null;
}

/** A delivery-log query of one organisation: newest first, combined with AND. */
export interface WebhookEventFilter {
  organisationCode: string;
  status?: WebhookDeliveryStatus;
  type?: WebhookEventType;
  /** Only events raised before the one with this `seq` (the page cursor). */
  beforeSeq?: number;
  limit: number;
}

/** Reads and writes that join a transaction opened by {@link WebhookStore.transaction}. */
export interface WebhookTransaction {
  insertEvents(events: readonly NewWebhookEvent[]): void;
  /**
   * Returns the organisations whose webhooks receive events of `organisationCodes`, sorted and
   * without repeats: each organisation's own webhook or its nearest ancestor's. Codes of unknown
   * organisations and of organisations without a webhook up the tree add nothing.
   */
  receiversOf(organisationCodes: readonly string[]): string[];
}

/**
 * Persistence of webhooks and their events.
 *
 * Writes that must be atomic are one method each, as in `Store`. Events are written in the same
 * transaction as the change that raises them (an outbox), so a committed change always has its
 * events and a rolled-back one has none.
 */
export interface WebhookStore {
  getWebhook(organisationCode: string): Promise<WebhookRecord | undefined>;
  /** Inserts or replaces the webhook; a replacement keeps its `createdTime`. */
  putWebhook(webhook: WebhookRecord): Promise<WebhookRecord>;
  /**
   * Deletes the webhook and marks its pending events failed with `reason`, in one step.
   * Returns whether the webhook existed.
   */
  deleteWebhook(organisationCode: string, reason: string): Promise<boolean>;

  insertEvents(events: readonly NewWebhookEvent[]): Promise<void>;
  /** Inserts a queue item and the events it raises in one transaction. */
  enqueueWithEvents(
    item: Omit<QueueItemRecord, 'seq'>,
    events: readonly NewWebhookEvent[],
  ): Promise<QueueItemRecord>;
  /**
   * Runs `work` in one transaction and returns its result. `work` must be synchronous: with
   * SQLite, any statement it runs on the same connection joins the transaction. Called inside a
   * transaction that is already open on the connection, such as a meeting change's, it runs in a
   * savepoint of that transaction and commits only with it.
   */
  transaction<T>(work: (transaction: WebhookTransaction) => T): T;

  getEvent(id: string): Promise<WebhookEventRecord | undefined>;
  listEvents(filter: WebhookEventFilter): Promise<WebhookEventRecord[]>;
  /**
   * Lists pending events due at `now` that may be attempted: the oldest pending event of each
   * (webhook, order key), and every pending event without an order key. Events whose `seq` is in
   * `excludeSeqs` (attempts in flight) are left out, and they still block later events.
   */
  listDueEvents(
    now: number,
    excludeSeqs: readonly number[],
    limit: number,
  ): Promise<WebhookEventRecord[]>;
  /** Returns the earliest `nextAttemptAt` among events that {@link listDueEvents} could return. */
  nextAttemptTime(excludeSeqs: readonly number[]): Promise<number | undefined>;
  /** Records an attempt on a pending event. Returns false when the event is no longer pending. */
  recordAttempt(seq: number, result: AttemptResult): Promise<boolean>;
}

interface WebhookRow {
  organisation_code: string;
  url: string;
  secret: string;
  endpoint_key: string | null;
  max_attempts: number;
  created_time: string;
  updated_time: string;
}

interface EventRow {
  seq: number;
  id: string;
  organisation_code: string;
  type: WebhookEventType;
  order_key: string | null;
  body: string;
  created_time: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  latency_ms: number | null;
  next_attempt_at: number | null;
  delivered_time: string | null;
}

interface QueueItemRow {
  seq: number;
  id: string;
  device_id: string;
  queue: QueueItemRecord['queue'];
  payload: string;
  enqueued_time: string;
}

/**
 * The receiving organisation of each organisation of the JSON array @codes. The walk goes up
 * from each organisation and stops at the first one with a webhook. UNION (not UNION ALL) drops
 * repeated (start, code) rows, so a cycle in a hand-edited tree still ends.
 */
const RECEIVERS_SQL = `
  WITH RECURSIVE chain(start, code) AS (
    SELECT code, code FROM organisations WHERE code IN (SELECT value FROM json_each(@codes))
    UNION
    SELECT chain.start, organisations.parent_code
    FROM chain JOIN organisations ON organisations.code = chain.code
    WHERE organisations.parent_code IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM webhooks WHERE webhooks.organisation_code = chain.code)
  )
  SELECT DISTINCT chain.code FROM chain
  JOIN webhooks ON webhooks.organisation_code = chain.code
  ORDER BY chain.code`;

/** Pending events that no earlier pending event of the same webhook and order key blocks. */
const HEAD_OF_LINE = `status = 'pending'
  AND seq NOT IN (SELECT value FROM json_each(@exclude))
  AND (order_key IS NULL OR NOT EXISTS (
    SELECT 1 FROM webhook_events AS earlier
    WHERE earlier.status = 'pending'
      AND earlier.organisation_code = webhook_events.organisation_code
      AND earlier.order_key = webhook_events.order_key
      AND earlier.seq < webhook_events.seq))`;

function prepareStatements(db: SqliteDatabase) {
  const s = <R = unknown>(sql: string) => db.prepare<unknown[], R>(sql);
  return {
    getWebhook: s<WebhookRow>('SELECT * FROM webhooks WHERE organisation_code = ?'),
    receivers: db.prepare<{ codes: string }, string>(RECEIVERS_SQL).pluck(),
    putWebhook: s<WebhookRow>(
      `INSERT INTO webhooks (organisation_code, url, secret, endpoint_key, max_attempts, created_time, updated_time)
       VALUES (@organisation_code, @url, @secret, @endpoint_key, @max_attempts, @created_time, @updated_time)
       ON CONFLICT (organisation_code) DO UPDATE SET
         url = excluded.url,
         secret = excluded.secret,
         endpoint_key = excluded.endpoint_key,
         max_attempts = excluded.max_attempts,
         updated_time = excluded.updated_time
       RETURNING *`,
    ),
    deleteWebhook: s('DELETE FROM webhooks WHERE organisation_code = ?'),
    failPending: s(
      `UPDATE webhook_events SET status = 'failed', last_error = ?, next_attempt_at = NULL
       WHERE organisation_code = ? AND status = 'pending'`,
    ),
    insertEvent: s(
      `INSERT INTO webhook_events (id, organisation_code, type, order_key, body, created_time, status, next_attempt_at)
       VALUES (@id, @organisation_code, @type, @order_key, @body, @created_time, 'pending', @next_attempt_at)`,
    ),
    // The same statement as the main store's enqueue, so that the queue item and its events
    // share one transaction.
    enqueue: s<QueueItemRow>(
      `INSERT INTO queue_items (id, device_id, queue, payload, enqueued_time) VALUES (?, ?, ?, ?, ?)
       RETURNING seq, id, device_id, queue, payload, enqueued_time`,
    ),
    getEvent: s<EventRow>('SELECT * FROM webhook_events WHERE id = ?'),
    listEvents: s<EventRow>(
      `SELECT * FROM webhook_events
       WHERE organisation_code = @organisation_code
         AND (@status IS NULL OR status = @status)
         AND (@type IS NULL OR type = @type)
         AND (@before IS NULL OR seq < @before)
       ORDER BY seq DESC
       LIMIT @limit`,
    ),
    listDue: s<EventRow>(
      `SELECT * FROM webhook_events
       WHERE next_attempt_at <= @now AND ${HEAD_OF_LINE}
       ORDER BY next_attempt_at, seq
       LIMIT @limit`,
    ),
    nextAttemptTime: s<{ next: number | null }>(
      `SELECT min(next_attempt_at) AS next FROM webhook_events WHERE ${HEAD_OF_LINE}`,
    ),
    recordAttempt: s(
      `UPDATE webhook_events SET
         status = @status,
         attempts = attempts + @increment,
         last_status_code = @status_code,
         last_error = @error,
         latency_ms = @latency_ms,
         next_attempt_at = @next_attempt_at,
         delivered_time = @delivered_time
       WHERE seq = @seq AND status = 'pending'`,
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/**
 * The SQLite webhook store, on the same connection as the main store so that their writes can
 * share a transaction. Statements run synchronously, so the returned promises are settled.
 */
export class SqliteWebhookStore implements WebhookStore {
  readonly #db: SqliteDatabase;
  readonly #statements: Statements;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    this.#statements = prepareStatements(db);
  }

  async getWebhook(organisationCode: string): Promise<WebhookRecord | undefined> {
    const row = this.#statements.getWebhook.get(organisationCode);
    return row && toWebhook(row);
  }

  async putWebhook(webhook: WebhookRecord): Promise<WebhookRecord> {
    const row = this.#statements.putWebhook.get({
      organisation_code: webhook.organisationCode,
      url: webhook.url,
      secret: webhook.secret,
      endpoint_key: webhook.endpointKey,
      max_attempts: webhook.maxAttempts,
      created_time: webhook.createdTime,
      updated_time: webhook.updatedTime,
    });
    return toWebhook(row as WebhookRow);
  }

  async deleteWebhook(organisationCode: string, reason: string): Promise<boolean> {
    return this.#db.transaction(() => {
      const deleted = this.#statements.deleteWebhook.run(organisationCode).changes > 0;
      if (deleted) this.#statements.failPending.run(reason, organisationCode);
      return deleted;
    })();
  }

  async insertEvents(events: readonly NewWebhookEvent[]): Promise<void> {
    this.transaction((transaction) => transaction.insertEvents(events));
  }

  async enqueueWithEvents(
    item: Omit<QueueItemRecord, 'seq'>,
    events: readonly NewWebhookEvent[],
  ): Promise<QueueItemRecord> {
    return this.transaction((transaction) => {
      const row = this.#statements.enqueue.get(
        item.id,
        item.deviceId,
        item.queue,
        JSON.stringify(item.payload),
        item.enqueuedTime,
      ) as QueueItemRow;
      transaction.insertEvents(events);
      return toQueueItem(row);
    });
  }

  transaction<T>(work: (transaction: WebhookTransaction) => T): T {
    const writer: WebhookTransaction = {
      insertEvents: (events) => {
        for (const event of events) this.#insertEvent(event);
      },
      receiversOf: (codes) => {
        if (codes.length === 0) return [];
        return this.#statements.receivers.all({ codes: JSON.stringify(codes) });
      },
    };
    return this.#db.transaction(() => work(writer))();
  }

  #insertEvent(event: NewWebhookEvent): void {
    this.#statements.insertEvent.run({
      id: event.id,
      organisation_code: event.organisationCode,
      type: event.type,
      order_key: event.orderKey,
      body: event.body,
      created_time: event.createdTime,
      next_attempt_at: event.nextAttemptAt,
    });
  }

  async getEvent(id: string): Promise<WebhookEventRecord | undefined> {
    const row = this.#statements.getEvent.get(id);
    return row && toEvent(row);
  }

  async listEvents(filter: WebhookEventFilter): Promise<WebhookEventRecord[]> {
    const rows = this.#statements.listEvents.all({
      organisation_code: filter.organisationCode,
      status: filter.status ?? null,
      type: filter.type ?? null,
      before: filter.beforeSeq ?? null,
      limit: filter.limit,
    });
    return rows.map(toEvent);
  }

  async listDueEvents(
    now: number,
    excludeSeqs: readonly number[],
    limit: number,
  ): Promise<WebhookEventRecord[]> {
    const exclude = JSON.stringify(excludeSeqs);
    return this.#statements.listDue.all({ now, exclude, limit }).map(toEvent);
  }

  async nextAttemptTime(excludeSeqs: readonly number[]): Promise<number | undefined> {
    const row = this.#statements.nextAttemptTime.get({ exclude: JSON.stringify(excludeSeqs) });
    return row?.next ?? undefined;
  }

  async recordAttempt(seq: number, result: AttemptResult): Promise<boolean> {
    const changes = this.#statements.recordAttempt.run({
      seq,
      status: result.status,
      increment: result.attempted ? 1 : 0,
      status_code: result.statusCode,
      error: result.error,
      latency_ms: result.latencyMs,
      next_attempt_at: result.nextAttemptAt,
      delivered_time: result.deliveredTime,
    }).changes;
    return changes > 0;
  }
}

function toWebhook(row: WebhookRow): WebhookRecord {
  return {
    organisationCode: row.organisation_code,
    url: row.url,
    secret: row.secret,
    endpointKey: row.endpoint_key,
    maxAttempts: row.max_attempts,
    createdTime: row.created_time,
    updatedTime: row.updated_time,
  };
}

function toEvent(row: EventRow): WebhookEventRecord {
  return {
    seq: row.seq,
    id: row.id,
    organisationCode: row.organisation_code,
    type: row.type,
    orderKey: row.order_key,
    body: row.body,
    createdTime: row.created_time,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    latencyMs: row.latency_ms,
    nextAttemptAt: row.next_attempt_at,
    deliveredTime: row.delivered_time,
  };
}

function toQueueItem(row: QueueItemRow): QueueItemRecord {
  return {
    seq: row.seq,
    id: row.id,
    deviceId: row.device_id,
    queue: row.queue,
    payload: JSON.parse(row.payload),
    enqueuedTime: row.enqueued_time,
  };
}
