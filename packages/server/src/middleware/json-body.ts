import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { ApiError } from '../errors.js';

/**
 * Reads a JSON request body as text into `rawBody`.
 *
 * A body with a content type other than `application/json` is rejected with 415. An empty body
 * is allowed only when the operation's body is optional.
 */
export function readJsonBody(required: boolean): MiddlewareHandler<AppEnv> {
  return async function readJsonBody(c, next) {
    const contentType = c.req.header('content-type');
    const text = await c.req.text();
    if ((contentType !== undefined || text !== '') && !isJson(contentType)) {
      throw new ApiError(
        1005,
        `Content-Type ${contentType ?? '(none)'} is not supported; send application/json.`,
      );
    }
    if (text === '' && required) {
      throw new ApiError(1001, 'The request body is missing; send a JSON object.');
    }
    c.set('rawBody', text);
    await next();
  };
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}
