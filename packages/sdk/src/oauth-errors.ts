import type * as OpenIdClient from 'openid-client';
import { VdxAuthError, VdxError, VdxTimeoutError } from './errors.js';

/** The step of an openid-client call that failed, for error messages. */
export interface OAuthFailureContext {
  stage: 'discovery' | 'token';
  grant: 'client_credentials' | 'refresh_token' | undefined;
  /** The discovery URL or the token endpoint. */
  url: string;
  clientId: string;
  authMethod: string;
  scope: string | undefined;
  timeoutMs: number;
}

interface OAuthErrorBody {
  error?: unknown;
  error_description?: unknown;
}

/**
 * Maps an error thrown by openid-client 6 (or by the SDK's fetch under it) to a `VdxError`.
 *
 * Token-endpoint errors become `VdxAuthError` with the RFC 6749 `error` code in `oauthError`. A
 * timeout becomes `VdxTimeoutError`, and a network failure stays the `VdxNetworkError` that the
 * SDK's fetch threw.
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
  return new VdxAuthError(`${describeStage(context)} failed: ${reason}`, {}, { cause: error });
}

function fromErrorBody(
  body: OAuthErrorBody,
  response: Response,
  context: OAuthFailureContext,
  cause: unknown,
): VdxAuthError {
  const oauthError = typeof body.error === 'string' ? body.error : undefined;
  // The trailing period is dropped because the description is quoted inside brackets.
  const description =
    typeof body.error_description === 'string'
      ? `: ${body.error_description.replace(/\.$/, '')}`
      : '';
  const details = {
    oauthError,
    status: response.status,
    requestId: response.headers.get('x-request-id') ?? undefined,
  };
  const reason = `${oauthError ?? `HTTP ${response.status}`}${description}`;
  return new VdxAuthError(describeRejection(oauthError, reason, context), details, { cause });
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
      return `${endpoint} rejected ${client} (${reason}). Check the client id and secret, and that the realm accepts ${context.authMethod}.`;
    case 'invalid_grant':
      return context.grant === 'refresh_token'
        ? `${endpoint} rejected the refresh token of ${client} (${reason}).`
        : `${endpoint} rejected the ${context.grant} grant for ${client} (${reason}). Check that the client is enabled in the realm.`;
    case 'unauthorized_client':
      return `${endpoint} does not let ${client} use the ${context.grant} grant (${reason}). Enable that grant for the client in the realm.`;
    case 'invalid_scope':
      return `${endpoint} rejected the scope "${context.scope ?? ''}" for ${client} (${reason}). Check the scope option.`;
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
      return new VdxAuthError(
        `${stage} failed with HTTP ${response?.status ?? 'status unknown'}. ${adviceFor(context, response?.status)}`,
        details,
        options,
      );
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
      return new VdxAuthError(
        `${stage} failed: the response is not JSON. ${adviceFor(context)}`,
        details,
        options,
      );
    case 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED':
      return new VdxAuthError(describeIssuerMismatch(error, context), details, options);
    case 'OAUTH_TIMEOUT':
      return new VdxTimeoutError(
        `${stage} timed out after ${context.timeoutMs} ms. Check that the server is running and responsive.`,
        { timeoutMs: context.timeoutMs, url: context.url },
        options,
      );
    case 'OAUTH_HTTP_REQUEST_FORBIDDEN':
      return new VdxAuthError(
        `${stage} was blocked because the server metadata names a plain-http URL. Use https, or set allowInsecureRequests: true for a server you trust.`,
        details,
        options,
      );
    default:
      return new VdxAuthError(`${stage} failed: ${error.message}.`, details, options);
  }
}

function describeIssuerMismatch(error: OpenIdClient.ClientError, context: OAuthFailureContext) {
  const cause = error.cause as { body?: { issuer?: unknown } } | undefined;
  const discovered = cause?.body?.issuer;
  if (typeof discovered !== 'string') {
    return `${describeStage(context)} failed: ${error.message}. ${adviceFor(context)}`;
  }
  return `The discovery document at ${context.url} names the issuer "${discovered}", which differs from the configured issuer. Set issuer to exactly "${discovered}".`;
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
  return context.stage === 'discovery'
    ? 'Check the issuer URL; for Keycloak it is the realm URL, such as https://host/realms/vdx.'
    : 'Check the token URL and that it belongs to an OAuth 2.0 server.';
}

async function readErrorBody(response: Response): Promise<OAuthErrorBody> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as OAuthErrorBody) : {};
  } catch {
    return {};
  }
}
