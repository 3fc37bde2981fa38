import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';

/**
 * Reads a request header by its lower-case name.
 *
 * On Node it reads the parsed headers of the IncomingMessage: `c.req.header()` would build a
 * Fetch `Headers` object for the request, which costs several microseconds on every request.
 * Repeated headers come back joined with ", " as `Headers.get()` joins them.
 */
export function readHeader(c: Context<AppEnv>, name: string): string | undefined {
  const incoming = c.env?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
