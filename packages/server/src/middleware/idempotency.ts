import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../app-env.js';
import { IdempotencyService } from '../services/idempotency-service.js';

/** Response headers kept with a stored response and sent again on replay. */
const REPLAYED_HEADERS = ['content-type', 'location', 'cache-control'];

/**
 * Honours `Idempotency-Key` on an operation that declares it.
 *
 * The first successful (2xx) response per caller and key is stored for 24 hours; a repeat of
 * the same request gets it again with `Idempotent-Replayed: true`. A failed request frees the
 * key. The key's format is checked earlier, by the request validation.
 */
export function idempotency(service: IdempotencyService): MiddlewareHandler<AppEnv> {
  return async function idempotency(c, next) {
    const key = c.req.header('idempotency-key');
    const subject = c.get('principal')?.subject;
    if (key === undefined || subject === undefined) return next();

    const url = new URL(c.req.url);
    const fingerprint = IdempotencyService.fingerprint(
      c.req.method,
      url.pathname + url.search,
      c.get('rawBody') ?? '',
    );
    const decision = await service.begin(subject, key, fingerprint);
    if (decision.kind === 'replay') {
      const { status, headers, body } = decision.response;
      const replayHeaders = { ...headers, 'Idempotent-Replayed': 'true' };
      if (status === 204) return c.body(null, 204, replayHeaders);
      return c.body(body, status as ContentfulStatusCode, replayHeaders);
    }

    await next();
    if (c.error || c.res.status < 200 || c.res.status >= 300) {
      await service.release(subject, key);
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = c.res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const body = await c.res.clone().text();
    const containsSecret = headers['cache-control']?.includes('no-store') === true;
    await service.complete(subject, key, { status: c.res.status, headers, body }, containsSecret);
  };
}
