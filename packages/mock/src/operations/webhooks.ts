/**
 * Each organisation's webhook, its delivery log and its test event.
 *
 * NOTE: the mock sends no HTTP request to a webhook URL. Events are only recorded in the
 * delivery log, as `pending` with no attempt; see `WebhookStore` for how tests change that.
 */

import type { Principal } from '../auth.js';
import { defineOperation } from '../define-operation.js';
import type { MockContext } from '../operation-types.js';
import { DEFAULT_LIMIT } from '../pagination.js';
import { decodePositionCursor, encodePositionCursor } from '../position-cursor.js';
import { ApiProblem } from '../problems.js';
import { requireCaller, requireOrganisation } from '../scope.js';
import { TEST_EVENTS_PER_MINUTE } from '../state/webhook-store.js';
import { checkWebhookUrl } from '../webhook-url.js';

const SEQUENCE_POSITION = ['number'] as const;

function noWebhook(code: string): ApiProblem {
  return new ApiProblem(
    404,
    4006,
    `Organisation ${code} has no webhook. Set one with PUT /devices/v1/organisations/${code}/webhook.`,
  );
}

/**
 * Returns the organisation's own webhook.
 *
 * @throws {ApiProblem} 404 with 4002 outside the caller's subtree, 4006 without a webhook.
 */
function requireWebhook(mock: MockContext, caller: Principal, code: string) {
  requireOrganisation(mock, caller, code);
  const webhook = mock.state.webhooks.get(code);
  if (!webhook) {
    throw noWebhook(code);
  }
  return webhook;
}

/** `GET /devices/v1/organisations/{code}/webhook`: the organisation's own webhook, no secret. */
export const getWebhook = defineOperation('getWebhook', (context) => {
  const { mock } = context;
  const webhook = requireWebhook(mock, requireCaller(context), context.path.code);
  return { status: 200, body: webhook.config };
});

/** `PUT /devices/v1/organisations/{code}/webhook`: a generated secret is returned only here. */
export const setWebhook = defineOperation('setWebhook', (context) => {
  const { mock, body } = context;
  const { code } = context.path;
  requireOrganisation(mock, requireCaller(context), code);
  checkWebhookUrl(body.url);
  const { config, secret } = mock.state.webhooks.put(code, body);
  const result = body.secret === undefined ? { ...config, secret } : config;
  return { status: 200, body: result, headers: { 'Cache-Control': 'no-store' } };
});

/** `DELETE /devices/v1/organisations/{code}/webhook`: pending events become `failed`. */
export const removeWebhook = defineOperation('removeWebhook', (context) => {
  const { mock } = context;
  const { code } = context.path;
  requireOrganisation(mock, requireCaller(context), code);
  if (!mock.state.webhooks.remove(code)) {
    throw noWebhook(code);
  }
  return { status: 204, body: undefined };
});

/** `GET /devices/v1/organisations/{code}/webhook/deliveries`: newest first; outlives the webhook. */
export const listWebhookDeliveries = defineOperation('listWebhookDeliveries', (context) => {
  const { mock, query } = context;
  const { code } = context.path;
  requireOrganisation(mock, requireCaller(context), code);
  const before =
    query.cursor === undefined
      ? undefined
      : decodePositionCursor(query.cursor, SEQUENCE_POSITION)[0];
  const matches = mock.state.webhooks
    .listEvents(code)
    .filter((event) => before === undefined || event.sequence < before)
    .filter((event) => query.status === undefined || event.delivery.status === query.status)
    .filter((event) => query.eventType === undefined || event.body.type === query.eventType);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const page = matches.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = matches.length > limit && last ? encodePositionCursor([last.sequence]) : null;
  return { status: 200, body: { items: page.map((event) => event.delivery), nextCursor } };
});

/** `POST /devices/v1/organisations/{code}/webhook/test`: records a `webhook.test` event. */
export const sendWebhookTest = defineOperation('sendWebhookTest', (context) => {
  const { mock } = context;
  const { code } = context.path;
  requireWebhook(mock, requireCaller(context), code);
  const retryAfter = mock.state.webhooks.countTestEvent(code);
  if (retryAfter !== undefined) {
    throw new ApiProblem(
      429,
      6001,
      `Organisation ${code} sent ${TEST_EVENTS_PER_MINUTE} test events in the last minute, the maximum. Retry after ${retryAfter} seconds.`,
      { 'Retry-After': String(retryAfter) },
    );
  }
  const data = { message: `Test event for the webhook of ${code}.` };
  const event = mock.state.webhooks.raise(code, 'webhook.test', data);
  return { status: 202, body: { eventId: event.body.id } };
});
