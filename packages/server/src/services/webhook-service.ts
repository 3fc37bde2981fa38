import { randomBytes, randomUUID } from 'node:crypto';
import type { components } from '@vdx/sdk/types';
import type { ServerConfig } from '../config.js';
import { ApiError, organisationNotFound } from '../errors.js';
import type { DeviceRecord, QueueItemRecord } from '../store/store.js';
import type {
  NewWebhookEvent,
  WebhookDeliveryStatus,
  WebhookEventRecord,
  WebhookEventType,
  WebhookRecord,
  WebhookStore,
} from '../store/webhook-store.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor } from './cursor.js';
import type { OrganisationDirectory } from './organisation-directory.js';
import type { Principal } from './principal.js';
import { blockedHostReason, redactUserInfo } from './webhook-target.js';

type Schemas = components['schemas'];

/** The `data` of each event type, as the spec's event schemas define it. */
export interface WebhookEventData {
  'device.meeting.enqueued': Schemas['DeviceMeetingEnqueuedData'];
  'device.message.enqueued': Schemas['DeviceMessageEnqueuedData'];
  'appointment.created': Schemas['AppointmentCreatedData'];
  'appointment.updated': Schemas['AppointmentUpdatedData'];
  'appointment.deleted': Schemas['AppointmentDeletedData'];
  'webhook.test': Schemas['WebhookTestData'];
}

/** Options of {@link WebhookService.publish} and {@link WebhookService.prepareEvents}. */
export interface PublishOptions {
  /**
   * Events with the same key for the same webhook are delivered one at a time in the order
   * they were raised, such as `appointment:<id>`. Device events use `device:<id>`.
   */
  orderKey?: string;
}

/** Query of the delivery log, after validation against the spec. */
export interface DeliveryListQuery {
  status?: WebhookDeliveryStatus;
  eventType?: WebhookEventType;
  limit?: number;
  cursor?: string;
}

/** Bytes of a generated secret; 24 bytes give 32 base64url characters. */
const GENERATED_SECRET_BYTES = 24;
const TEST_WINDOW_MS = 60_000;

/**
 * Webhooks of organisations: their configuration, the events raised for them and the log of
 * their deliveries. The {@link WebhookDeliveryWorker} sends the events.
 */
export class WebhookService {
  /** Times of the recent test events per organisation, for the rate limit. */
  readonly #recentTests = new Map<string, number[]>();

  constructor(
    private readonly store: WebhookStore,
    private readonly directory: OrganisationDirectory,
    private readonly config: ServerConfig,
    /** Called after events are committed, so the worker sends them without waiting. */
    private readonly onEvents: () => void,
  ) {}

  /**
   * Returns the organisation's own webhook, without its secret.
   *
   * @throws {ApiError} 4002 when the organisation is outside the caller's subtree, 4006 when it
   *   has no webhook of its own.
   */
  async get(principal: Principal, code: string): Promise<Schemas['WebhookConfig']> {
    return toConfig(await this.#ownWebhook(principal, code));
  }

  /**
   * Creates or replaces the organisation's webhook. When `secret` is omitted, generates one and
   * returns it in this response only.
   *
   * @throws {ApiError} 4002 for an organisation outside the caller's subtree, 1001 for a URL
   *   that is not an absolute http or https URL without user info, or whose host is a
   *   link-local or unspecified address.
   */
  async set(
    principal: Principal,
    code: string,
    body: Schemas['WebhookSet'],
  ): Promise<Schemas['WebhookConfigWithSecret']> {
    this.#requireVisible(principal, code);
    const url = checkUrl(body.url);
    const generated = body.secret === undefined;
    const secret = body.secret ?? randomBytes(GENERATED_SECRET_BYTES).toString('base64url');
    const now = new Date().toISOString();
    const stored = await this.store.putWebhook({
      organisationCode: code,
      url,
      secret,
      endpointKey: body.deviceWebhookEndpointKey ?? null,
      maxAttempts: body.maxAttempts ?? this.config.webhookMaxAttempts,
      createdTime: now,
      updatedTime: now,
    });
    // Pending events are signed with the new secret and sent to the new URL from now on.
    this.onEvents();
    return generated ? { ...toConfig(stored), secret } : toConfig(stored);
  }

  /**
   * Removes the organisation's webhook and marks its pending events failed.
   *
   * @throws {ApiError} 4002 or 4006 as {@link get}.
   */
  async remove(principal: Principal, code: string): Promise<void> {
    this.#requireVisible(principal, code);
    const reason = `The webhook of ${code} was removed before the event was delivered.`;
    if (!(await this.store.deleteWebhook(code, reason))) throw noWebhook(code);
  }

  /**
   * Lists the delivery log of an organisation of the caller's subtree, newest first. The log
   * outlives the webhook, so an organisation without one gets its old entries or none.
   *
   * @throws {ApiError} 4002 for an organisation outside the caller's subtree.
   */
  async listDeliveries(
    principal: Principal,
    code: string,
    query: DeliveryListQuery,
  ): Promise<Schemas['WebhookDeliveryPage']> {
    this.#requireVisible(principal, code);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const records = await this.store.listEvents({
      organisationCode: code,
      status: query.status,
      type: query.eventType,
      beforeSeq: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      limit: limit + 1,
    });
    const page = records.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toDelivery),
      nextCursor: records.length > limit && last ? encodeCursor(last.seq) : null,
    };
  }

  /**
   * Raises a `webhook.test` event for the organisation's own webhook.
   *
   * @throws {ApiError} 4002 or 4006 as {@link get}, and 6001 beyond
   *   `webhookTestsPerMinute` test events per organisation per minute.
   */
  async sendTest(principal: Principal, code: string): Promise<Schemas['WebhookTestAccepted']> {
    await this.#ownWebhook(principal, code);
    this.#countTest(code);
    const data = { message: `Test event for the webhook of ${code}.` };
    const event = buildEvent(code, 'webhook.test', data, null);
    await this.store.insertEvents([event]);
    this.onEvents();
    return { eventId: event.id };
  }

  /**
   * Raises an event for each webhook that receives events of `organisationCodes`, in one
   * transaction, and returns the ids of the events written.
   *
   * Each organisation's events go to its own webhook or, when it has none, to that of its
   * nearest ancestor with one. An organisation with neither gets no event. Several
   * organisations with the same receiving webhook give that webhook one event.
   *
   * @example
   * await context.webhooks.publish(['kommune-demo', 'supplier-demo'], 'appointment.deleted',
   *   { appointmentId, ownerOrganisationCode: 'kommune-demo', reason: 'deleted' },
   *   { orderKey: `appointment:${appointmentId}` });
   */
  async publish<T extends WebhookEventType>(
    organisationCodes: readonly string[],
    type: T,
    data: WebhookEventData[T],
    options: PublishOptions = {},
  ): Promise<string[]> {
    const events = await this.prepareEvents(organisationCodes, type, data, options);
    if (events.length === 0) return [];
    await this.store.insertEvents(events);
    this.onEvents();
    return events.map((event) => event.id);
  }

  /**
   * Builds the events that {@link publish} would write, without writing them, for a caller
   * that writes them in its own transaction (`WebhookStore.transaction`, then
   * `transaction.insertEvents(events)`). Call {@link notifyCommitted} after the commit.
   */
  async prepareEvents<T extends WebhookEventType>(
    organisationCodes: readonly string[],
    type: T,
    data: WebhookEventData[T],
    options: PublishOptions = {},
  ): Promise<NewWebhookEvent[]> {
    const receivers = new Set<string>();
    for (const code of organisationCodes) {
      const receiver = await this.receiverOf(code);
      if (receiver !== undefined) receivers.add(receiver);
    }
    return [...receivers].map((receiver) =>
      buildEvent(receiver, type, data, options.orderKey ?? null),
    );
  }

  /** Tells the delivery worker that events were committed. */
  notifyCommitted(): void {
    this.onEvents();
  }

  /**
   * Inserts a queue item and raises its `device.meeting.enqueued` or `device.message.enqueued`
   * event in the same transaction.
   */
  async enqueueWithEvent(
    device: DeviceRecord,
    item: Omit<QueueItemRecord, 'seq'>,
  ): Promise<QueueItemRecord> {
    const events =
      item.queue === 'meetings'
        ? await this.prepareEvents(
            [device.organisationCode],
            'device.meeting.enqueued',
            { ...deviceEventData(device, item), ...meetingTimes(item) },
            { orderKey: `device:${device.id}` },
          )
        : await this.prepareEvents(
            [device.organisationCode],
            'device.message.enqueued',
            deviceEventData(device, item),
            { orderKey: `device:${device.id}` },
          );
    const record = await this.store.enqueueWithEvents(item, events);
    if (events.length > 0) this.onEvents();
    return record;
  }

  /** Returns the organisation whose webhook receives events of `code`, or undefined. */
  async receiverOf(code: string): Promise<string | undefined> {
    const visited = new Set<string>();
    let current = this.directory.get(code);
    // The visited set stops a cycle in a hand-edited database from looping forever.
    while (current && !visited.has(current.code)) {
      visited.add(current.code);
      if (await this.store.getWebhook(current.code)) return current.code;
      current = current.parentCode === null ? undefined : this.directory.get(current.parentCode);
    }
    return undefined;
  }

  async #ownWebhook(principal: Principal, code: string): Promise<WebhookRecord> {
    this.#requireVisible(principal, code);
    const webhook = await this.store.getWebhook(code);
    if (!webhook) throw noWebhook(code);
    return webhook;
  }

  #requireVisible(principal: Principal, code: string): void {
    if (!this.directory.get(code) || !this.directory.isWithin(code, principal.organisationCode)) {
      throw organisationNotFound(code);
    }
  }

  /** Counts a test event, or throws 6001 when the organisation reached its limit. */
  #countTest(code: string): void {
    const now = Date.now();
    const limit = this.config.webhookTestsPerMinute;
    const recent = (this.#recentTests.get(code) ?? []).filter((t) => t > now - TEST_WINDOW_MS);
    if (recent.length >= limit) {
      const oldest = recent[0] ?? now;
      const retryAfter = Math.max(1, Math.ceil((oldest + TEST_WINDOW_MS - now) / 1000));
      throw new ApiError(
        6001,
        `Organisation ${code} sent ${limit} test events in the last minute, the maximum. Retry after ${retryAfter} seconds.`,
        { 'Retry-After': String(retryAfter) },
      );
    }
    recent.push(now);
    this.#recentTests.set(code, recent);
  }
}

function noWebhook(code: string): ApiError {
  return new ApiError(
    4006,
    `Organisation ${code} has no webhook. Set one with PUT /devices/v1/organisations/${code}/webhook.`,
  );
}

/**
 * Checks what the spec's pattern cannot: that the URL parses, and that its host is not a
 * link-local or unspecified address. Messages never echo the URL's user info.
 *
 * @throws {ApiError} 1001 naming `/url`.
 */
function checkUrl(value: string): string {
  const shown = JSON.stringify(redactUserInfo(value));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ApiError(1001, `/url: must be an absolute http or https URL (got ${shown})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiError(1001, `/url: must be an http or https URL (got ${shown})`);
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') {
    throw new ApiError(1001, `/url: must not contain user info or a fragment (got ${shown})`);
  }
  const blocked = blockedHostReason(url);
  if (blocked !== undefined) {
    throw new ApiError(
      1001,
      `/url: must not target a link-local or unspecified address, but ${blocked} (got ${shown}). Use a loopback, private or public address.`,
    );
  }
  return value;
}

/**
 * Builds an event for the webhook of `receiver`, due at once, with the exact JSON body that
 * every attempt sends and signs. `occurredAt` defaults to now.
 */
export function buildEvent<T extends WebhookEventType>(
  receiver: string,
  type: T,
  data: WebhookEventData[T],
  orderKey: string | null,
  occurredAt = new Date().toISOString(),
): NewWebhookEvent {
  const id = randomUUID();
  const body = JSON.stringify({ id, type, occurredAt, organisationCode: receiver, data });
  return {
    id,
    type,
    organisationCode: receiver,
    orderKey,
    body,
    createdTime: occurredAt,
    nextAttemptAt: Date.now(),
  };
}

function deviceEventData(device: DeviceRecord, item: Omit<QueueItemRecord, 'seq'>) {
  return {
    deviceId: device.id,
    deviceOrganisationCode: device.organisationCode,
    itemId: item.id,
    enqueuedTime: item.enqueuedTime,
  };
}

function meetingTimes(item: Omit<QueueItemRecord, 'seq'>) {
  return { startTime: String(item.payload.startTime), endTime: String(item.payload.endTime) };
}

function toConfig(webhook: WebhookRecord): Schemas['WebhookConfig'] {
  return {
    organisationCode: webhook.organisationCode,
    url: webhook.url,
    deviceWebhookEndpoint: webhook.url,
    deviceWebhookEndpointKey: webhook.endpointKey,
    maxAttempts: webhook.maxAttempts,
    createdTime: webhook.createdTime,
    updatedTime: webhook.updatedTime,
  };
}

function toDelivery(record: WebhookEventRecord): Schemas['WebhookDelivery'] {
  return {
    eventId: record.id,
    eventType: record.type,
    status: record.status,
    attempts: record.attempts,
    lastStatusCode: record.lastStatusCode,
    lastError: record.lastError,
    latencyMs: record.latencyMs,
    nextAttemptAt:
      record.nextAttemptAt === null ? null : new Date(record.nextAttemptAt).toISOString(),
    createdTime: record.createdTime,
    deliveredTime: record.deliveredTime,
  };
}
