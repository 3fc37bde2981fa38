import type { StaticAccessToken, TokenProvider } from './token-provider.js';
import {
  type BufferedRequest,
  bufferRequest,
  sendBuffered,
  type TransportSettings,
} from './transport.js';

/** Settings of the authorized fetch: the transport settings plus the token source. */
export interface AuthorizedFetchSettings extends TransportSettings {
  auth: TokenProvider | StaticAccessToken | undefined;
  /** The path of the base URL without a trailing slash, such as `` or `/vdx`. */
  basePath: string;
}

/**
 * Operations that the spec marks `security: []`: the realm endpoints, the legacy STS exchange
 * and the two device logins. Paths are relative to the base URL.
 */
const PUBLIC_PATH = /^\/(?:realms\/|videoapi\/token$|devices\/v1\/login(?:\/one-click)?$)/;

/**
 * Creates the fetch function for openapi-fetch: it adds the bearer token, and after a 401 it
 * renews the token once and resends the request once.
 *
 * Every request body is buffered before the first attempt, so the retry can always resend it.
 * The API has only small JSON bodies. Both attempts carry the same `X-Request-Id`. A request that
 * already carries an `Authorization` header is sent as it is and never retried.
 */
export function createAuthorizedFetch(
  settings: AuthorizedFetchSettings,
): (input: Request) => Promise<Response> {
  return async function authorizedFetch(input: Request): Promise<Response> {
    const request = await bufferRequest(input);
    const auth = settings.auth;
    if (auth === undefined || !needsToken(request, settings.basePath)) {
      return sendBuffered(request, request.headers, settings);
    }
    if (!isTokenProvider(auth)) {
      return sendBuffered(request, withBearer(request.headers, auth.accessToken), settings);
    }

    const token = await auth.getAccessToken();
    const first = await sendBuffered(request, withBearer(request.headers, token), settings);
    if (first.status !== 401) return first;

    await first.body?.cancel();
    const renewed = await renewRejectedToken(auth, token, request, settings);
    return sendBuffered(request, withBearer(request.headers, renewed), settings);
  };
}

/** Tells whether `auth` is a token provider rather than a fixed token. */
export function isTokenProvider(auth: TokenProvider | StaticAccessToken): auth is TokenProvider {
  return typeof (auth as Partial<TokenProvider>).getAccessToken === 'function';
}

/**
 * Returns a token other than the rejected one. When concurrent requests were all rejected, the
 * first renewal already replaced the cached token, and the others reuse it instead of renewing
 * again.
 */
async function renewRejectedToken(
  auth: TokenProvider,
  rejected: string,
  request: BufferedRequest,
  settings: AuthorizedFetchSettings,
): Promise<string> {
  settings.logger?.info?.('VDX API rejected the access token; renewing it and retrying once', {
    method: request.method,
    path: new URL(request.url).pathname,
    requestId: request.headers.get('x-request-id') ?? undefined,
  });
  const current = await auth.getAccessToken();
  if (current !== rejected) return current;
  return auth.getAccessToken({ forceRefresh: true });
}

function needsToken(request: BufferedRequest, basePath: string): boolean {
  if (request.headers.has('authorization')) return false;
  const path = new URL(request.url).pathname;
  const relative = path.startsWith(basePath) ? path.slice(basePath.length) : path;
  return !PUBLIC_PATH.test(relative);
}

function withBearer(headers: Headers, token: string): Headers {
  const result = new Headers(headers);
  result.set('authorization', `Bearer ${token}`);
  return result;
}
