import { Hono } from 'hono';
import type { AppEnv } from './app-env.js';
import type { AppContext } from './context.js';
import { handleError, handleNotFound } from './middleware/error-handler.js';
import { requestId } from './middleware/request-id.js';
import { requestLogger } from './middleware/request-logger.js';
import { validateResponses } from './middleware/validate-response.js';
import { appointmentHandlers } from './routes/appointments.js';
import { registerBrowserPages } from './routes/browser-pages.js';
import { deviceLoginHandlers } from './routes/device-login.js';
import { deviceHandlers } from './routes/devices.js';
import { meetingHandlers } from './routes/meetings.js';
import { registerOperations } from './routes/operation.js';
import { organisationHandlers } from './routes/organisations.js';
import { queueHandlers } from './routes/queues.js';
import { realmHandlers } from './routes/realm.js';
import { stsHandlers } from './routes/sts.js';
import { webhookHandlers } from './routes/webhooks.js';

/**
 * Builds the Hono app of the reference server on an {@link AppContext}.
 *
 * Use it with `app.request()` for in-process tests, or serve it with {@link startServer}.
 *
 * @example
 * const context = await createAppContext({ db: ':memory:', seed: 'demo', logger: false });
 * const app = createApp(context);
 * const response = await app.request('/realms/vdx/.well-known/openid-configuration');
 * context.close();
 */
export function createApp(context: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(requestLogger(context.logger));
  if (context.config.validateResponses) {
    app.use(validateResponses(context.operations, context.logger));
  }
  registerOperations(app, context, {
    ...realmHandlers(context),
    ...stsHandlers(context),
    ...organisationHandlers(context),
    ...deviceHandlers(context),
    ...deviceLoginHandlers(context),
    ...queueHandlers(context),
    ...webhookHandlers(context),
    ...meetingHandlers(context),
    ...appointmentHandlers(context),
  });
  registerBrowserPages(app, context);

  app.onError(handleError(context.logger));
  app.notFound(handleNotFound(app));
  return app;
}
