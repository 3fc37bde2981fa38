import { randomUUID } from 'node:crypto';
import type {
  QueueCleared,
  QueuedMeeting,
  QueuedMeetingCreate,
  QueuedMessage,
  QueuedMessageCreate,
} from '@vdx/sdk/types';
import { ApiError } from '../errors.js';
import type { QueueItemRecord, QueueName, Store } from '../store/store.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor } from './cursor.js';
import type { DeviceService } from './device-service.js';
import type { Principal } from './principal.js';
import type { WebhookService } from './webhook-service.js';

/** The item type of each queue. */
export interface QueueItems {
  meetings: QueuedMeeting;
  messages: QueuedMessage;
}

/** The body that enqueues into each queue. */
export interface QueueInputs {
  meetings: QueuedMeetingCreate;
  messages: QueuedMessageCreate;
}

/** A page of queue items, oldest first. */
export interface QueuePage<Q extends QueueName> {
  items: QueueItems[Q][];
  nextCursor: string | null;
}

/** Largest serialised `content` of a queued message: 64 KiB, as the spec's schema describes. */
const MAX_MESSAGE_CONTENT_BYTES = 64 * 1024;

/**
 * Deepest nesting of `content` that the server accepts.
 *
 * NOTE: the spec sets no depth limit. This one keeps recursive functions such as JSON.stringify
 * from running out of stack on a body of 5000 nested arrays.
 */
const MAX_MESSAGE_CONTENT_DEPTH = 64;

/** The meeting and message queues of devices: FIFO by insertion, consumed on read. */
export class QueueService {
  constructor(
    private readonly store: Store,
    private readonly devices: DeviceService,
    /** Raises the enqueue events; without it, enqueues raise none. */
    private readonly webhooks?: WebhookService,
  ) {}

  /**
   * Appends an item to a device's queue in the caller's subtree and raises its
   * `device.meeting.enqueued` or `device.message.enqueued` event in the same transaction.
   */
  async enqueue<Q extends QueueName>(
    principal: Principal,
    deviceId: string,
    queue: Q,
    body: QueueInputs[Q],
  ): Promise<QueueItems[Q]> {
    const device = await this.devices.findVisible(principal, deviceId);
    checkRules(queue, body);
    const item = {
      id: randomUUID(),
      deviceId,
      queue,
      payload: { ...body },
      enqueuedTime: new Date().toISOString(),
    };
    const record = this.webhooks
      ? await this.webhooks.enqueueWithEvent(device, item)
      : await this.store.enqueue(item);
    return toItem<Q>(record);
  }

  /** Lists a queue oldest first without consuming it. */
  async list<Q extends QueueName>(
    principal: Principal,
    deviceId: string,
    queue: Q,
    query: { limit?: number; cursor?: string },
  ): Promise<QueuePage<Q>> {
    await this.devices.findVisible(principal, deviceId);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const afterSeq = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const records = await this.store.listQueue(deviceId, queue, afterSeq, limit + 1);
    const page = records.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((record) => toItem<Q>(record)),
      nextCursor: records.length > limit && last ? encodeCursor(last.seq) : null,
    };
  }

  /** Empties a queue. */
  async clear(principal: Principal, deviceId: string, queue: QueueName): Promise<QueueCleared> {
    await this.devices.findVisible(principal, deviceId);
    return { cleared: await this.store.clearQueue(deviceId, queue) };
  }

  /**
   * Removes and returns the oldest item, or undefined when the queue is empty.
   *
   * A device token may take only from its own queues. Other callers need the device in their
   * subtree.
   *
   * @throws {ApiError} 3002 for a device token on another device's queue.
   */
  async takeNext<Q extends QueueName>(
    principal: Principal,
    deviceId: string,
    queue: Q,
  ): Promise<QueueItems[Q] | undefined> {
    if (principal.deviceId !== undefined) {
      if (principal.deviceId !== deviceId) {
        throw new ApiError(
          3002,
          `A device token may read only its own queues; this token is for device ${principal.deviceId}, not ${deviceId}.`,
        );
      }
    } else {
      await this.devices.findVisible(principal, deviceId);
    }
    const record = await this.store.takeNext(deviceId, queue);
    return record && toItem<Q>(record);
  }
}

/** Checks the rules that the schemas cannot express. */
function checkRules(queue: QueueName, body: QueueInputs[QueueName]): void {
  if (queue === 'meetings') {
    const meeting = body as QueuedMeetingCreate;
    if (Date.parse(meeting.endTime) <= Date.parse(meeting.startTime)) {
      throw new ApiError(
        1006,
        `/endTime: must be after startTime ${meeting.startTime} (got "${meeting.endTime}")`,
      );
    }
    return;
  }
  const message = body as QueuedMessageCreate;
  if (message.content !== undefined) {
    if (nestingDepth(message.content) > MAX_MESSAGE_CONTENT_DEPTH) {
      throw new ApiError(
        1001,
        `/content: must not nest objects and arrays more than ${MAX_MESSAGE_CONTENT_DEPTH} levels deep`,
      );
    }
    const size = Buffer.byteLength(JSON.stringify(message.content));
    if (size > MAX_MESSAGE_CONTENT_BYTES) {
      throw new ApiError(
        1001,
        `/content: must be at most ${MAX_MESSAGE_CONTENT_BYTES} bytes when serialised (got ${size} bytes)`,
      );
    }
  }
}

/** Returns how deeply objects and arrays nest in `value`, without recursion. */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_MESSAGE_CONTENT_DEPTH) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function toItem<Q extends QueueName>(record: QueueItemRecord): QueueItems[Q] {
  return {
    id: record.id,
    deviceId: record.deviceId,
    ...record.payload,
    enqueuedTime: record.enqueuedTime,
  } as QueueItems[Q];
}
