import type { components, operations } from '../types.js';
import {
  dataOf,
  followCursors,
  type IdempotencyOptions,
  idempotencyHeader,
  type RawClient,
  requireId,
} from './result.js';

type Schemas = components['schemas'];

/** Filters and paging of the delivery log (`GET .../webhook/deliveries`). */
export type WebhookDeliveryQuery = NonNullable<
  operations['listWebhookDeliveries']['parameters']['query']
>;

/**
 * The webhook of each organisation: its configuration, its delivery log and test events.
 * Organisations outside the caller's subtree return 404 (code 4002), and an organisation without
 * a webhook of its own returns 404 (code 4006) from `get`, `remove` and `test`.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface WebhooksApi {
  /** Gets the organisation's own webhook; the secret is never returned. */
  get(code: string): Promise<Schemas['WebhookConfig']>;
  /**
   * Creates or replaces the organisation's webhook. Without `secret`, the server generates one
   * and returns it in `secret` of this response only.
   *
   * @example
   * ```ts
   * const { secret } = await client.webhooks.set('hospital-demo', {
   *   url: 'https://integration.hospital-demo.example/vdx/events',
   * });
   * ```
   */
  set(code: string, body: Schemas['WebhookSet']): Promise<Schemas['WebhookConfigWithSecret']>;
  /** Removes the organisation's webhook; its pending deliveries become `failed`. */
  remove(code: string): Promise<void>;
  /** Lists one page of the delivery log, newest first. */
  deliveries(code: string, query?: WebhookDeliveryQuery): Promise<Schemas['WebhookDeliveryPage']>;
  /** Iterates over the whole delivery log, newest first, fetching pages as the loop needs them. */
  deliveriesAll(
    code: string,
    query?: Omit<WebhookDeliveryQuery, 'cursor'>,
  ): AsyncIterable<Schemas['WebhookDelivery']>;
  /** Queues a `webhook.test` event for the organisation's own webhook and returns its id. */
  test(code: string, options?: IdempotencyOptions): Promise<Schemas['WebhookTestAccepted']>;
}

/** Creates the webhook helpers over a raw client. */
export function createWebhooksApi(raw: RawClient): WebhooksApi {
  const path = '/devices/v1/organisations/{code}/webhook';
  const deliveries = async (code: string, query?: WebhookDeliveryQuery) =>
    dataOf(
      raw.GET('/devices/v1/organisations/{code}/webhook/deliveries', {
        params: { ...codePath(code), query },
      }),
      'GET',
    );

  return {
    get: async (code) => dataOf(raw.GET(path, { params: codePath(code) }), 'GET'),
    set: async (code, body) => dataOf(raw.PUT(path, { params: codePath(code), body }), 'PUT'),
    remove: async (code) => {
      await dataOf(raw.DELETE(path, { params: codePath(code) }), 'DELETE');
    },
    deliveries,
    deliveriesAll: (code, query) =>
      followCursors((cursor) => deliveries(code, { ...query, cursor })),
    test: async (code, options) =>
      dataOf(
        raw.POST('/devices/v1/organisations/{code}/webhook/test', {
          params: { ...codePath(code), header: idempotencyHeader(options) },
        }),
        'POST',
      ),
  };
}

function codePath(code: string) {
  return { path: { code: requireId(code, 'code') } };
}
