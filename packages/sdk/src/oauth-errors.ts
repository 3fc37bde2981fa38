import type * as OpenIdClient from 'openid-client';
import { VdxAuthError, type VdxAuthReason, VdxError, VdxTimeoutError } from './errors.js';

/** The step of an openid-client call that failed, for error messages. */
export interface OAuthFailureContext {
  stage: 'discovery' | 'token';
  grant: 'client_credentials' | 'refresh_token' | undefined;
  /** The discovery URL or the token endpoint. */
  url: string;
  /** The configured issuer, when the provider uses discovery. */
  issuer: string | undefined;
  clientId: string;
  authMethod: string;
  scope: string | undefined;
  timeoutMs: number;
}

interface OAuthErrorBody {
  error?: unknown;
  error_description?: unknown;
}

type AuthDetails = ConstructorParameters<typeof VdxAuthError>[1];

/** The path that Keycloak gives the token endpoint below the issuer (the realm URL). */
export const KEYCLOAK_TOKEN_PATH = '/protocol/openid-connect/token';

/**
 * Maps an error thrown by openid-client 6 (or by the SDK's fetch under it) to a `VdxError`.
 *
 * Token-endpoint errors become `VdxAuthError` with the RFC 6749 `error` code in `oauthError` and
 * a `reason`. A timeout becomes `VdxTimeoutError`, and a network failure stays the
 * `VdxNetworkError` that the SDK's fetch threw.
 */
export async function toOAuthError(
  error: unknown,
  oidc: typeof OpenIdClient,
  context: OAuthFailureContext,
): Promise<VdxError> {
  if (error instanceof VdxError) return error;
  if (error instanceof Error && error.cause instanceof VdxError) return error.cause;

  if (error instanceof oidc.ResponseBodyError) {
    const body = { error: error.error, error_description: error.error_description };
    return fromErrorBody(body, error.response, context, error);
  }
  if (error instanceof oidc.WWWAuthenticateChallengeError) {
    // openid-client stops at the WWW-Authenticate header, so the JSON body is still unread.
    const body = await readErrorBody(error.response);
    return fromErrorBody(body, error.response, context, error);
  }
  if (error instanceof oidc.ClientError) return fromClientError(error, context);

  const reason = error instanceof Error ? error.message : String(error);
  return new VdxAuthError(
    `${describeStage(context)} failed: ${reason}`,
    { reason: 'invalid_response' },
    { cause: error },
  );
}

function fromErrorBody(
  body: OAuthErrorBody,
  response: Response,
  context: OAuthFailureContext,
  cause: unknown,
): VdxAuthError {
  const details = {
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? undefined,
  };
  // A 404 body is often a web server's own error object, whose `error` is no OAuth code.
  if (isMissingEndpoint(response.status)) {
    return notFoundError(context, response.status, details, cause);
  }
  const oauthError = typeof body.error === 'string' ? body.error : undefined;
  // The trailing period is dropped because the description is quoted inside brackets.
  const description =
    typeof body.error_description === 'string'
      ? `: ${body.error_description.replace(/\.$/, '')}`
      : '';
  const reason = `${oauthError ?? `HTTP ${response.status}`}${description}`;
  return new VdxAuthError(
    describeRejection(oauthError, reason, context),
    { ...details, oauthError, reason: response.status >= 500 ? 'server_error' : undefined },
    { cause },
  );
}

function describeRejection(
  oauthError: string | undefined,
  reason: string,
  context: OAuthFailureContext,
): string {
  const endpoint = `The token endpoint ${context.url}`;
  const client = `client "${context.clientId}"`;
  switch (oauthError) {
    case 'invalid_client':
      return `${endpoint} rejected ${client} (${reason}). Check the client id and secret, that the client is not disabled in VDX Management, and that the realm accepts ${context.authMethod}.`;
    case 'invalid_grant':
      return context.grant === 'refresh_token'
        ? `${endpoint} rejected the refresh token of ${client} (${reason}).`
        : `${endpoint} rejected the ${context.grant} grant for ${client} (${reason}). Check that the client is enabled in VDX Management.`;
    case 'unauthorized_client':
      return `${endpoint} does not allow ${client} to use the ${context.grant} grant (${reason}). Ask the VDX administrator of your organisation to enable the ${context.grant} grant for this client in VDX Management.`;
    case 'invalid_scope':
      return context.scope === undefined
        ? `${endpoint} rejected the default scope of ${client}; the request named no scope (${reason}). Ask the VDX administrator of your organisation which scopes the client may request, and set the scope option.`
        : `${endpoint} rejected the scope "${context.scope}" requested for ${client} (${reason}). Request only scopes that the client is allowed in VDX Management, or leave out the scope option.`;
    case 'unsupported_grant_type':
      return `${endpoint} does not support the ${context.grant} grant (${reason}). Check that the token URL belongs to the VDX realm.`;
    default:
      return `${endpoint} rejected the token request of ${client} (${reason}).`;
  }
}

function fromClientError(error: OpenIdClient.ClientError, context: OAuthFailureContext) {
  const stage = describeStage(context);
  const response = error.cause instanceof Response ? error.cause : undefined;
  const details = {
    status: response?.status,
    requestId: response?.headers.get('x-request-id') ?? undefined,
  };
  const options = { cause: error };
  switch (error.code) {
    case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
      if (response !== undefined && isMissingEndpoint(response.status)) {
        return notFoundError(context, response.status, details, error);
      }
      return new VdxAuthError(
        `${stage} failed with HTTP ${response?.status ?? 'status unknown'}. ${adviceFor(context, response?.status)}`,
        { ...details, reason: failureReason(context, response?.status) },
        options,
      );
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
    case 'OAUTH_PARSE_ERROR':
      return new VdxAuthError(
        `${stage} failed: the response is not JSON. ${adviceFor(context)}`,
        { ...details, reason: 'invalid_response' },
        options,
      );
    case 'OAUTH_INVALID_RESPONSE':
      return new VdxAuthError(
        `${stage} returned an invalid response: ${describeInvalidResponse(error)}. ${adviceFor(context)}`,
        { ...details, reason: 'invalid_response' },
        options,
      );
    case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
      return new VdxAuthError(
        describeIssuerMismatch(error, context),
        { ...details, reason: 'issuer_mismatch' },
        options,
      );
    case 'OAUTH_TIMEOUT':
      return new VdxTimeoutError(
        `${stage} timed out after ${context.timeoutMs} ms. Check that the server is running and responsive.`,
        { timeoutMs: context.timeoutMs, url: context.url },
        options,
      );
    case 'OAUTH_HTTP_REQUEST_FORBIDDEN':
      return new VdxAuthError(
        `${stage} was blocked because the server metadata names a plain-http URL. Use https, or set allowInsecureRequests: true for a server you trust.`,
        { ...details, reason: 'insecure_url' },
        options,
      );
    default:
      return new VdxAuthError(
        `${stage} failed: ${error.message}.`,
        { ...details, reason: 'invalid_response' },
        options,
      );
  }
}

function isMissingEndpoint(status: number): boolean {
  return status === 404 || status === 405;
}

/** Creates the error for a discovery URL or token URL that responded with 404 or 405. */
function notFoundError(
  context: OAuthFailureContext,
  status: number,
  details: AuthDetails,
  cause: unknown,
): VdxAuthError {
  if (context.stage === 'discovery') {
    return new VdxAuthError(
      `OpenID discovery at ${context.url} failed with HTTP ${status}. ${adviceFor(context)}`,
      { ...details, reason: 'issuer_not_found' },
      { cause },
    );
  }
  const source =
    context.issuer === undefined ? '' : ` (from the discovery document of ${context.issuer})`;
  const suggestion = suggestTokenUrl(context.url);
  const hint = suggestion === undefined ? '' : ` For this URL that may be ${suggestion}.`;
  return new VdxAuthError(
    `No token endpoint at ${context.url}${source}: it responded with HTTP ${status}. Check the token URL: Keycloak serves it at <issuer>${KEYCLOAK_TOKEN_PATH}, such as https://host/realms/vdx${KEYCLOAK_TOKEN_PATH}.${hint}`,
    { ...details, reason: 'token_url_not_found' },
    { cause },
  );
}

/** Returns the Keycloak token URL of the realm in `url`, when `url` names a realm. */
function suggestTokenUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const realm = parsed.pathname.match(/^(.*?\/realms\/[^/]+)/)?.[1];
  if (realm === undefined) return undefined;
  const suggestion = `${parsed.origin}${realm}${KEYCLOAK_TOKEN_PATH}`;
  return suggestion === url ? undefined : suggestion;
}

function describeIssuerMismatch(error: OpenIdClient.ClientError, context: OAuthFailureContext) {
  const cause = error.cause as { body?: { issuer?: unknown }; expected?: unknown } | undefined;
  const discovered = cause?.body?.issuer;
  if (typeof discovered !== 'string') {
    return `${describeStage(context)} failed: ${error.message}. ${adviceFor(context)}`;
  }
  const configured =
    context.issuer ?? (typeof cause?.expected === 'string' ? cause.expected : '(unknown)');
  const base = `The discovery document at ${context.url} names the issuer "${discovered}", but the configured issuer is "${configured}".`;
  if (withoutTrailingSlashes(discovered) === withoutTrailingSlashes(configured)) {
    return `${base} They differ only by a trailing slash, and OpenID Connect compares issuers exactly. Set issuer to exactly "${discovered}".`;
  }
  return `${base} Set issuer to exactly "${discovered}", or check that the issuer URL names the right server.`;
}

function withoutTrailingSlashes(value: string): string {
  return value.replace(/\/+$/, '');
}

/** Turns oauth4webapi's `"response" body "x" property must be ...` into plain words. */
function describeInvalidResponse(error: OpenIdClient.ClientError): string {
  const detail = error.cause instanceof Error ? error.cause.message : error.message;
  return detail.replace(/^"response" body /, 'the ');
}

function failureReason(context: OAuthFailureContext, status: number | undefined): VdxAuthReason {
  if (status !== undefined && status >= 500) return 'server_error';
  return context.stage === 'discovery' ? 'issuer_not_found' : 'rejected';
}

function describeStage(context: OAuthFailureContext): string {
  return context.stage === 'discovery'
    ? `OpenID discovery at ${context.url}`
    : `The ${context.grant} token request to ${context.url}`;
}

function adviceFor(context: OAuthFailureContext, status?: number): string {
  if (status !== undefined && status >= 500) {
    return 'The server failed; try again later, and tell its operator if the failure persists.';
  }
  if (context.stage === 'token') {
    return 'Check the token URL and that it belongs to an OAuth 2.0 server.';
  }
  if (context.issuer?.replace(/\/+$/, '').endsWith(KEYCLOAK_TOKEN_PATH)) {
    return `The issuer ${context.issuer} is a token URL: pass it as tokenUrl, or pass the part before ${KEYCLOAK_TOKEN_PATH} as issuer.`;
  }
  return 'Check the issuer URL; for Keycloak it is the realm URL, such as https://host/realms/vdx.';
}

async function readErrorBody(response: Response): Promise<OAuthErrorBody> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as OAuthErrorBody) : {};
  } catch {
    return {};
  }
}
