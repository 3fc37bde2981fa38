import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { loadSpec } from '../spec/index.js';

/**
 * Lists the operationIds that have a route in `app`, read from the app's router: an operation
 * counts as registered when a route with its method and path exists. The list follows the
 * spec's order.
 *
 * @example
 * const app = createApp(await createAppContext({ db: ':memory:', logger: false }));
 * registeredOperationIds(app); // ['getOpenIdConfiguration', 'requestToken', ...]
 */
export function registeredOperationIds(app: Hono<AppEnv>): string[] {
  const routes = new Set(app.routes.map((route) => `${route.method} ${route.path}`));
  const registered: string[] = [];
  for (const operation of loadSpec().operations.values()) {
    if (routes.has(`${operation.method} ${operation.routePath}`)) {
      registered.push(operation.operationId);
    }
  }
  return registered;
}
