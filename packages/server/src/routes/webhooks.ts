import type { AppContext } from '../context.js';
import type { OperationHandlers } from './operation.js';

/** Creates the handlers of each organisation's webhook, its delivery log and test event. */
export function webhookHandlers(context: AppContext): OperationHandlers {
  const service = context.webhooks;
  return {
    getWebhook: async (c, { params, principal }) =>
      c.json(await service.get(principal, params.code)),
    // The response may carry a generated secret, so no cache may keep it.
    setWebhook: async (c, { params, body, principal }) =>
      c.json(await service.set(principal, params.code, body), 200, { 'Cache-Control': 'no-store' }),
    removeWebhook: async (c, { params, principal }) => {
      await service.remove(principal, params.code);
      return c.body(null, 204);
    },
    listWebhookDeliveries: async (c, { params, query, principal }) =>
      c.json(await service.listDeliveries(principal, params.code, query)),
    sendWebhookTest: async (c, { params, principal }) =>
      c.json(await service.sendTest(principal, params.code), 202),
  };
}
