import type { HttpBindings } from '@hono/node-server';
import type { Principal } from './services/principal.js';

/** Request input after validation against the operation's schemas. */
export interface ValidatedInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** The Hono environment of the app: values middleware hands to later middleware and handlers. */
export interface AppEnv {
  /** The Node request and response under @hono/node-server; absent under `app.request()`. */
  Bindings: Partial<HttpBindings> | undefined;
  Variables: {
    /** The request's id, echoed in `X-Request-Id`. */
    requestId: string;
    /** The verified caller; unset on public operations. */
    principal: Principal | undefined;
    /** The request body as text, read once by the body middleware. */
    rawBody: string | undefined;
    input: ValidatedInput;
  };
}
