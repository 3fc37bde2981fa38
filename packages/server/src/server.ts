import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import type { AppEnv } from './app-env.js';
import { baseUrlOf, resolveOptions, type ServerOptions } from './config.js';
import { type AppContext, createAppContext } from './context.js';

/** A running reference server. */
export interface RunningServer {
  /** The address the server listens on, such as `http://127.0.0.1:8787`. */
  url: string;
  /** The realm's issuer, `<publicUrl>/realms/<realm>`. */
  issuer: string;
  /** Stops accepting connections, ends open ones and closes the database. */
  close(): Promise<void>;
}

/**
 * Builds the 503 response for a request that arrives before the app is ready.
 *
 * NOTE: the spec has no 503 response, so the body is the error object with code 9001.
 */
function startingResponse(request: Request): Response {
  const body = {
    error: 'Service Unavailable',
    path: new URL(request.url).pathname,
    status: 503,
    timestamp: new Date().toISOString(),
    detailed_error: 'The server is still starting; retry in a moment.',
    detailed_error_code: 9001,
  };
  return Response.json(body, { status: 503, headers: { 'Retry-After': '1' } });
}

/** A running server with its context, for the CLI. */
export interface StartedServer extends RunningServer {
  context: AppContext;
}

/**
 * Starts the reference server: opens the database, listens, and serves the app.
 *
 * The server listens before the app exists, so that with `port: 0` the issuer and links carry
 * the real port. Requests in that short window get 503.
 *
 * @throws {ConfigError} for an unusable option, or the listen error (such as EADDRINUSE).
 * @example
 * const server = await startServer({ port: 0, db: ':memory:', seed: 'demo', logger: false });
 * console.log(server.issuer);
 * await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { url, issuer, close } = await launchServer(options);
  return { url, issuer, close };
}

/** Starts the server like {@link startServer} and also returns its context. */
export async function launchServer(options: ServerOptions = {}): Promise<StartedServer> {
  const resolved = resolveOptions(options);
  let app: Hono<AppEnv> | undefined;
  const server = createAdaptorServer({
    fetch: (request, env) => (app ? app.fetch(request, env) : startingResponse(request)),
    hostname: resolved.host,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let context: AppContext;
  try {
    context = await createAppContext({ ...options, port });
  } catch (error) {
    server.close();
    throw error;
  }
  app = createApp(context);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => {
        context.close();
        resolve();
      });
      // Keep-alive connections would hold close() open until they time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
    });
    return closing;
  };
  const url = baseUrlOf(resolved.host, port);
  context.logger.info({ url, issuer: context.config.issuer, db: resolved.db }, 'server started');
  return { url, issuer: context.config.issuer, close, context };
}
