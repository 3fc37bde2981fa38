import type {
  QueueCleared,
  QueuedMeeting,
  QueuedMeetingCreate,
  QueuedMeetingPage,
  QueuedMessage,
  QueuedMessageCreate,
  QueuedMessageCreateInput,
  QueuedMessagePage,
  QueueListQuery,
} from '../types.js';
import {
  dataOf,
  type IdempotencyOptions,
  idempotencyHeader,
  optionalDataOf,
  type RawClient,
  requireId,
} from './result.js';

/**
 * One FIFO queue of a device. Taking the oldest item removes it in the same step, so two
 * concurrent readers never get the same item.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface QueueApi<Item, ItemCreate, Page> {
  /** Adds an item to the end of the device's queue and returns it as stored. */
  push(deviceId: string, body: ItemCreate, options?: IdempotencyOptions): Promise<Item>;
  /**
   * Takes the oldest item and removes it, or returns undefined when the queue is empty (HTTP
   * 204). With `idempotencyKey`, a repeat after a lost response returns the same item again.
   *
   * @example
   * ```ts
   * const meeting = await client.queues.meetings.next(deviceId, { idempotencyKey: pollId });
   * if (meeting === undefined) return; // nothing queued
   * ```
   */
  next(deviceId: string, options?: IdempotencyOptions): Promise<Item | undefined>;
  /** Lists one page of queued items, oldest first, without removing them. */
  list(deviceId: string, query?: QueueListQuery): Promise<Page>;
  /** Removes every queued item and returns how many there were. */
  clear(deviceId: string): Promise<QueueCleared>;
}

/** The meeting queue and the message queue of each device. */
export interface QueuesApi {
  meetings: QueueApi<QueuedMeeting, QueuedMeetingCreate, QueuedMeetingPage>;
  messages: QueueApi<QueuedMessage, QueuedMessageCreateInput, QueuedMessagePage>;
}

/** Creates the queue helpers over a raw client. */
export function createQueuesApi(raw: RawClient): QueuesApi {
  return { meetings: createMeetingQueue(raw), messages: createMessageQueue(raw) };
}

function createMeetingQueue(raw: RawClient): QueuesApi['meetings'] {
  return {
    push: async (deviceId, body, options) =>
      dataOf(
        raw.POST('/devices/v1/devices/{deviceId}/meetings', {
          params: queueParams(deviceId, options),
          body,
        }),
        'POST',
      ),
    next: async (deviceId, options) =>
      optionalDataOf(
        raw.POST('/devices/v1/devices/{deviceId}/meetings/next', {
          params: queueParams(deviceId, options),
        }),
        'POST',
      ),
    list: async (deviceId, query) =>
      dataOf(
        raw.GET('/devices/v1/devices/{deviceId}/meetings', {
          params: { ...devicePath(deviceId), query },
        }),
        'GET',
      ),
    clear: async (deviceId) =>
      dataOf(
        raw.DELETE('/devices/v1/devices/{deviceId}/meetings', { params: devicePath(deviceId) }),
        'DELETE',
      ),
  };
}

function createMessageQueue(raw: RawClient): QueuesApi['messages'] {
  return {
    push: async (deviceId, body, options) =>
      dataOf(
        raw.POST('/devices/v1/devices/{deviceId}/messages', {
          params: queueParams(deviceId, options),
          // The spec allows any JSON object as content; see QueuedMessageCreateInput.
          body: body as QueuedMessageCreate,
        }),
        'POST',
      ),
    next: async (deviceId, options) =>
      optionalDataOf(
        raw.POST('/devices/v1/devices/{deviceId}/messages/next', {
          params: queueParams(deviceId, options),
        }),
        'POST',
      ),
    list: async (deviceId, query) =>
      dataOf(
        raw.GET('/devices/v1/devices/{deviceId}/messages', {
          params: { ...devicePath(deviceId), query },
        }),
        'GET',
      ),
    clear: async (deviceId) =>
      dataOf(
        raw.DELETE('/devices/v1/devices/{deviceId}/messages', { params: devicePath(deviceId) }),
        'DELETE',
      ),
  };
}

function devicePath(deviceId: string) {
  return { path: { deviceId: requireId(deviceId, 'deviceId') } };
}

function queueParams(deviceId: string, options: IdempotencyOptions | undefined) {
  return { ...devicePath(deviceId), header: idempotencyHeader(options) };
}
