import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.js';
import { ApiError } from '../errors.js';

/** Largest request body the server reads: 1 MiB. Larger bodies get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Rejects a request body over {@link MAX_BODY_BYTES} with 413, without reading all of it. */
export function limitBody(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      // The rest of the body stays unread and the connection cannot carry another request, so
      // `Connection: close` makes the client open a new one.
      throw new ApiError(
        1008,
        `The request body is larger than ${MAX_BODY_BYTES} bytes (1 MiB); send a smaller body.`,
        { Connection: 'close' },
      );
    },
  });
}
