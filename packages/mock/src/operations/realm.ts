/**
 * The Keycloak-shaped realm: discovery, token endpoint, key set and revocation.
 */
import type { DemoClient } from '@vdx/sdk/demo';
import type { TokenResponse } from '@vdx/sdk/types';
import { authenticateClient } from '../client-auth.js';
import { defineOperation } from '../define-operation.js';
import type { FormFields, MockContext } from '../operation-types.js';
import { OAuthProblem } from '../problems.js';
import { requireRealm } from '../scope.js';

const SUPPORTED_SCOPES = ['openid', 'profile', 'email'];
const DEFAULT_SCOPE = 'profile email';
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function realmUrl(mock: MockContext): string {
  return `${mock.baseUrl}/realms/${mock.realm}`;
}

function requireForm(fields: FormFields | undefined): FormFields {
  if (!fields) {
    throw new OAuthProblem(
      400,
      'invalid_request',
      'Send the request body as application/x-www-form-urlencoded.',
    );
  }
  return fields;
}

/**
 * Returns the scope to grant: the requested scopes, or the default when none is requested.
 * Every requested scope must be in `allowed`.
 */
function checkScope(requested: string | undefined, allowed = SUPPORTED_SCOPES): string {
  if (requested === undefined || requested.trim() === '') {
    return allowed === SUPPORTED_SCOPES ? DEFAULT_SCOPE : allowed.join(' ');
  }
  const scopes = requested.trim().split(/\s+/);
  const unsupported = scopes.find((scope) => !allowed.includes(scope));
  if (unsupported) {
    throw new OAuthProblem(
      400,
      'invalid_scope',
      `Scope ${unsupported} is not allowed here; request any of ${allowed.join(', ')}.`,
    );
  }
  return scopes.join(' ');
}

function secondsFromNow(mock: MockContext, seconds: number): Date {
  return new Date(mock.state.now().getTime() + seconds * 1000);
}

function issueClientTokens(mock: MockContext, client: DemoClient, scope: string): TokenResponse {
  const { tokens } = mock.state;
  const response: TokenResponse = {
    access_token: tokens.issueAccessToken({
      subject: { kind: 'client', clientId: client.clientId },
      scope,
      expiresAt: secondsFromNow(mock, mock.accessTokenLifetimeSeconds),
    }),
    token_type: 'Bearer',
    expires_in: mock.accessTokenLifetimeSeconds,
    scope,
    'not-before-policy': 0,
  };
  if (client.refreshTokens) {
    response.refresh_token = tokens.issueRefreshToken({
      clientId: client.clientId,
      scope,
      expiresAt: secondsFromNow(mock, mock.refreshTokenLifetimeSeconds),
    });
    response.refresh_expires_in = mock.refreshTokenLifetimeSeconds;
  }
  return response;
}

function checkRefreshToken(mock: MockContext, client: DemoClient, fields: FormFields): string {
  const token = fields.refresh_token;
  if (!token) {
    throw new OAuthProblem(
      400,
      'invalid_request',
      'refresh_token is missing; the refresh_token grant needs the refresh token to renew.',
    );
  }
  const record = mock.state.tokens.findRefreshToken(token);
  if (!record || record.clientId !== client.clientId) {
    throw new OAuthProblem(
      400,
      'invalid_grant',
      'The refresh token is invalid or was revoked. Request a new token with the client credentials.',
    );
  }
  if (record.expiresAt.getTime() <= mock.state.now().getTime()) {
    throw new OAuthProblem(
      400,
      'invalid_grant',
      `The refresh token expired at ${record.expiresAt.toISOString()}. Request a new token with the client credentials.`,
    );
  }
  return record.scope;
}

/** `GET /realms/{realm}/.well-known/openid-configuration` */
export const getOpenIdConfiguration = defineOperation('getOpenIdConfiguration', (context) => {
  requireRealm(context.mock, context.path.realm);
  const issuer = realmUrl(context.mock);
  return {
    status: 200,
    body: {
      issuer,
      token_endpoint: `${issuer}/protocol/openid-connect/token`,
      jwks_uri: `${issuer}/protocol/openid-connect/certs`,
      revocation_endpoint: `${issuer}/protocol/openid-connect/revoke`,
      grant_types_supported: ['client_credentials', 'refresh_token'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      claims_supported: [
        'dk:medcom:organisation_id',
        'dk:medcom:email',
        'dk:medcom:video:role',
        'dk:medcom:device_id',
      ],
    },
  };
});

/** `POST /realms/{realm}/protocol/openid-connect/token` */
export const requestToken = defineOperation(
  'requestToken',
  (context) => {
    const { mock } = context;
    requireRealm(mock, context.path.realm);
    const fields = requireForm(context.body);
    const client = authenticateClient(context.request, fields, mock.state.directory, mock.realm);
    const grantType = fields.grant_type;
    if (!grantType) {
      throw new OAuthProblem(
        400,
        'invalid_request',
        'grant_type is missing; send client_credentials or refresh_token.',
      );
    }
    if (grantType === 'client_credentials') {
      const body = issueClientTokens(mock, client, checkScope(fields.scope));
      return { status: 200, body, headers: NO_STORE };
    }
    if (grantType === 'refresh_token') {
      const grantedScope = checkRefreshToken(mock, client, fields);
      // A renewal may narrow the scope of the first grant but never widen it (RFC 6749 section 6).
      const scope = checkScope(fields.scope, grantedScope.split(' '));
      return { status: 200, body: issueClientTokens(mock, client, scope), headers: NO_STORE };
    }
    throw new OAuthProblem(
      400,
      'unsupported_grant_type',
      `Grant type ${grantType} is not supported; use client_credentials or refresh_token.`,
    );
  },
  { oauthErrors: true },
);

/**
 * `GET /realms/{realm}/protocol/openid-connect/certs`
 *
 * The mock's tokens are opaque strings, not signed JWTs, so its key set is empty.
 */
export const getJwks = defineOperation('getJwks', (context) => {
  requireRealm(context.mock, context.path.realm);
  return { status: 200, body: { keys: [] } };
});

/** `POST /realms/{realm}/protocol/openid-connect/revoke` */
export const revokeToken = defineOperation(
  'revokeToken',
  (context) => {
    const { mock } = context;
    requireRealm(mock, context.path.realm);
    const fields = requireForm(context.body);
    const client = authenticateClient(context.request, fields, mock.state.directory, mock.realm);
    if (!fields.token) {
      throw new OAuthProblem(400, 'invalid_request', 'token is missing; send the token to revoke.');
    }
    mock.state.tokens.revoke(fields.token, client.clientId);
    return { status: 200, body: undefined };
  },
  { oauthErrors: true },
);
