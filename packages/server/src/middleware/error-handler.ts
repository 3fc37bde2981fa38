import { STATUS_CODES } from 'node:http';
import type { ApiError as ApiErrorBody } from '@vdx/sdk/types';
import type { Context, ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';
import { ApiError, OAuthError } from '../errors.js';
import { isLoggedLoginFailure } from '../routes/login-guard.js';

/** Writes the VDX error object for `error`. */
export function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  const body: ApiErrorBody = {
    error: STATUS_CODES[error.status] ?? 'Error',
    path: c.req.path,
    status: error.status,
    timestamp: new Date().toISOString(),
    detailed_error: error.detail,
    detailed_error_code: error.code,
  };
  return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
    ...error.headers,
    'Content-Type': 'application/json',
  });
}

/** Writes an RFC 6749 error response; token endpoint responses are never cached. */
function oauthErrorResponse(c: Context<AppEnv>, error: OAuthError): Response {
  const body = { error: error.error, error_description: error.description };
  return c.json(body, error.status, {
    ...error.headers,
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
  });
}

/**
 * Maps every error to a response: {@link ApiError} and {@link OAuthError} to their bodies, a
 * Hono `HTTPException` to the VDX error object with its status, anything else to a 500 with code
 * 9001 and a generic message. The 500 is logged at error level with its stack, and a 401 (a
 * rejected token or login) at warn level with its code and ids. Other errors are the client's
 * mistakes and are not logged.
 */
export function handleError(logger: Logger): ErrorHandler<AppEnv> {
  return function handleError(error, c) {
    if (error instanceof ApiError && error.status === 401 && !isLoggedLoginFailure(error)) {
      logRejectedCredentials(logger, c, error);
    }
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof OAuthError) return oauthErrorResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, new ApiError(1001, error.message, {}, error.status));
    }
    const requestId = c.get('requestId');
    logger.error(
      { err: error, requestId, method: c.req.method, path: c.req.path },
      'request failed',
    );
    return errorResponse(
      c,
      new ApiError(
        9001,
        `An unexpected error occurred. Quote request id ${requestId} when reporting it.`,
      ),
    );
  };
}

/** Logs a rejected bearer token or login with its code, reason and ids; never the credential. */
function logRejectedCredentials(logger: Logger, c: Context<AppEnv>, error: ApiError): void {
  logger.warn(
    {
      requestId: c.get('requestId'),
      remoteAddress: c.env?.incoming?.socket?.remoteAddress,
      method: c.req.method,
      path: c.req.path,
      detailedErrorCode: error.code,
      reason: error.detail,
    },
    'request rejected: credentials invalid',
  );
}

interface RoutePattern {
  pattern: RegExp;
  methods: Set<string>;
}

function routePatterns(app: Hono<AppEnv>): RoutePattern[] {
  const byPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const methods = byPath.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
    byPath.set(route.path, methods);
  }
  return [...byPath].map(([path, methods]) => {
    const source = path
      .split('/')
      .map((segment) =>
        segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    return { pattern: new RegExp(`^${source}$`), methods };
  });
}

/**
 * Handles requests that match no route: 405 with `Allow` (code 4005) when the path exists with
 * other methods, otherwise 404 with code 4003.
 */
export function handleNotFound(app: Hono<AppEnv>): NotFoundHandler<AppEnv> {
  let patterns: RoutePattern[] | undefined;
  return function handleNotFound(c) {
    // Read lazily: every route is registered by the time the first request arrives.
    patterns ??= routePatterns(app);
    const allowed = new Set<string>();
    for (const route of patterns) {
      if (route.pattern.test(c.req.path)) for (const method of route.methods) allowed.add(method);
    }
    if (allowed.size > 0) {
      const allow = [...allowed].sort().join(', ');
      const detail = `${c.req.method} is not allowed on ${c.req.path}; use ${allow}.`;
      return errorResponse(c, new ApiError(4005, detail, { Allow: allow }));
    }
    return errorResponse(c, new ApiError(4003, `No route matches ${c.req.method} ${c.req.path}.`));
  };
}
