import { parseBaseUrl, withoutTrailingSlash } from './base-url.js';
import { toVdxError, VdxAuthError, VdxError } from './errors.js';
import { TokenCache, type TokenResponseFields, toIssuedToken } from './token-cache.js';
import type { TokenProvider } from './token-provider.js';
import { bufferRequest, sendBuffered, type TransportSettings } from './transport.js';

/** A device's login id and password, as returned by `devices.resetPassword()`. */
export interface DevicePasswordLogin {
  baseUrl: string;
  loginId: string;
  password: string;
}

/** A one-time code from a one-click login link, as returned by `devices.createLoginLink()`. */
export interface DeviceCodeLogin {
  baseUrl: string;
  code: string;
}

/** Options of `deviceCredentials`. */
export type DeviceCredentialsOptions = DevicePasswordLogin | DeviceCodeLogin;

const LOGIN_TIMEOUT_MS = 30_000;
const RENEW_BEFORE_MS = 30_000;

/**
 * Creates a token provider for a device: it logs the device in with
 * `POST /devices/v1/login` (login id and password) or `POST /devices/v1/login/one-click` (a
 * one-time code), caches the token, and renews it by logging in again.
 *
 * A one-click code works only once. When a token from a code must be renewed,
 * `getAccessToken()` throws `VdxAuthError`; create a new login link then.
 *
 * @throws {VdxError} at once when `baseUrl` is not an http or https URL.
 * @throws {VdxAuthError} from `getAccessToken()` when the login fails, for example with wrong
 *   credentials (HTTP 401, code 2004) or a spent code (code 2005).
 * @throws {VdxNetworkError} or {VdxTimeoutError} from `getAccessToken()` when the server
 *   cannot be reached.
 *
 * @example
 * ```ts
 * const auth = deviceCredentials({ baseUrl, loginId: 'room-akut-1', password });
 * const device = createVdxClient({ baseUrl, auth });
 * const meeting = await device.queues.meetings.next(deviceId);
 * ```
 */
export function deviceCredentials(
  options: DeviceCredentialsOptions,
  fetch?: typeof globalThis.fetch,
): TokenProvider {
  const baseUrl = withoutTrailingSlash(parseBaseUrl(options.baseUrl));
  const settings: TransportSettings = {
    fetch: fetch ?? ((input) => globalThis.fetch(input)),
    timeoutMs: LOGIN_TIMEOUT_MS,
    logger: undefined,
  };
  const login =
    'code' in options
      ? oneClickLogin(baseUrl, options, settings)
      : passwordLogin(baseUrl, options, settings);
  const cache = new TokenCache(async () => {
    const requestedAt = Date.now();
    return toIssuedToken(await login(), requestedAt);
  }, RENEW_BEFORE_MS);
  return { getAccessToken: (request) => cache.getAccessToken(request?.forceRefresh === true) };
}

function passwordLogin(baseUrl: string, options: DevicePasswordLogin, settings: TransportSettings) {
  requireText(options.loginId, 'loginId');
  requireText(options.password, 'password');
  const body = { loginId: options.loginId, password: options.password };
  const advice = 'Check the login id and password, and that the device is active.';
  return () =>
    postLogin(`${baseUrl}/devices/v1/login`, body, settings, {
      subject: `Device login for "${options.loginId}"`,
      advice,
    });
}

function oneClickLogin(baseUrl: string, options: DeviceCodeLogin, settings: TransportSettings) {
  requireText(options.code, 'code');
  let spent = false;
  return async () => {
    if (spent) {
      throw new VdxAuthError(
        'The device token from a one-click login cannot be renewed, because a one-click code works only once. Create a new login link for the device and log in with its code.',
        { reason: 'device_login_failed' },
      );
    }
    const token = await postLogin(
      `${baseUrl}/devices/v1/login/one-click`,
      { code: options.code },
      settings,
      {
        subject: 'One-click device login',
        advice: 'Create a new login link for the device and log in with its code.',
      },
    );
    spent = true;
    return token;
  };
}

interface LoginWording {
  subject: string;
  advice: string;
}

async function postLogin(
  url: string,
  body: object,
  settings: TransportSettings,
  wording: LoginWording,
): Promise<TokenResponseFields> {
  const request = await bufferRequest(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  const response = await sendBuffered(request, request.headers, settings);
  const text = await response.text();
  const parsed = parseJson(text);
  if (response.ok && isTokenResponse(parsed)) return parsed;

  const apiError = toVdxError(response, parsed ?? text, { method: 'POST', url });
  throw new VdxAuthError(
    `${wording.subject} failed: ${apiError.message}. ${wording.advice}`,
    { reason: 'device_login_failed', status: response.status, requestId: apiError.requestId },
    { cause: apiError },
  );
}

function isTokenResponse(value: unknown): value is TokenResponseFields {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { access_token?: unknown }).access_token === 'string'
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function requireText(value: unknown, name: string): void {
  if (typeof value !== 'string' || value === '') {
    throw new VdxError(`${name} must be a non-empty string.`);
  }
}
