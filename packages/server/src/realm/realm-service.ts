import type { OpenIdConfiguration, TokenResponse } from '@vdx/sdk/types';
import type { ServerConfig } from '../config.js';
import { OAuthError } from '../errors.js';
import type { ClientRecord, Store } from '../store/store.js';
import { CLAIM, DEFAULT_SCOPE, SUPPORTED_SCOPES } from './claims.js';
import {
  authenticateClient,
  type ClientCredentials,
  invalidClient,
  readClientCredentials,
} from './client-auth.js';
import { type ClientStatus, describeRejectedClient } from './client-status.js';
import { realmNow } from './clock.js';
import { SIGNING_ALGORITHM } from './signing-keys.js';
import type { TokenIssuer } from './token-issuer.js';
import type { TokenVerifier } from './token-verifier.js';

const GRANT_TYPES = ['client_credentials', 'refresh_token'] as const;

/** The realm's OAuth endpoints: token (two grants), revocation and discovery. */
export class RealmService {
  constructor(
    private readonly store: Store,
    private readonly issuer: TokenIssuer,
    private readonly verifier: TokenVerifier,
    private readonly config: ServerConfig,
    private readonly clients?: ClientStatus,
  ) {}

  /** Returns the OpenID Connect discovery document. */
  discovery(): OpenIdConfiguration {
    const base = `${this.config.issuer}/protocol/openid-connect`;
    return {
      issuer: this.config.issuer,
      token_endpoint: `${base}/token`,
      jwks_uri: `${base}/certs`,
      revocation_endpoint: `${base}/revoke`,
      grant_types_supported: [...GRANT_TYPES],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      id_token_signing_alg_values_supported: [SIGNING_ALGORITHM],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      claims_supported: Object.values(CLAIM),
    };
  }

  /**
   * Handles a token request (RFC 6749 section 4.4 and section 6).
   *
   * @throws {OAuthError} with the RFC 6749 error code.
   */
  async requestToken(
    authorization: string | undefined,
    form: Map<string, string>,
  ): Promise<TokenResponse> {
    const grantType = form.get('grant_type');
    if (!grantType) {
      throw new OAuthError('invalid_request', 'The parameter grant_type is missing.');
    }
    if (!(GRANT_TYPES as readonly string[]).includes(grantType)) {
      throw new OAuthError(
        'unsupported_grant_type',
        `The grant type ${grantType} is not supported; use client_credentials or refresh_token.`,
      );
    }
    const credentials = readClientCredentials(authorization, form, this.config.realm);
    const client = await this.#authenticate(credentials);
    if (grantType === 'refresh_token') return this.#refresh(client, form);
    return this.#clientCredentials(client, form);
  }

  /**
   * Revokes a refresh token and every token renewed from the same one (RFC 7009).
   *
   * Unknown, invalid or already revoked tokens succeed silently, as RFC 7009 requires.
   */
  async revoke(authorization: string | undefined, form: Map<string, string>): Promise<void> {
    const credentials = readClientCredentials(authorization, form, this.config.realm);
    const client = await this.#authenticate(credentials);
    const token = form.get('token');
    if (!token) throw new OAuthError('invalid_request', 'The parameter token is missing.');
    const hint = form.get('token_type_hint');
    if (hint !== undefined && hint !== 'refresh_token' && hint !== 'access_token') {
      throw new OAuthError(
        'invalid_request',
        `The token_type_hint ${hint} is not supported; use refresh_token or access_token.`,
      );
    }
    const payload = await this.verifier.readToken(token);
    // NOTE: access tokens are self-contained JWTs and stay valid until they expire; only
    // refresh tokens are tracked, so only they can be revoked.
    if (payload?.typ !== 'Refresh' || typeof payload.jti !== 'string') return;
    if (payload.azp !== client.clientId) {
      throw new OAuthError('invalid_request', 'The token was issued to another client.');
    }
    const record = await this.store.getRefreshToken(payload.jti);
    if (record)
      await this.store.revokeRefreshTokenFamily(
        record.familyId,
        realmNow(this.config.clockSkewSeconds),
      );
  }

  /**
   * Authenticates the client and applies the demo-seed rule of {@link ClientStatus}.
   *
   * @throws {OAuthError} `invalid_client` (401) for wrong credentials or a disabled client.
   */
  async #authenticate(credentials: ClientCredentials): Promise<ClientRecord> {
    const client = await authenticateClient(this.store, credentials, this.config.realm);
    const check = await this.clients?.check(client.clientId);
    if (check === undefined || check.accepted) return client;
    // The secret matched, so naming the reason reveals nothing the caller could not know.
    const description = `The ${describeRejectedClient(client.clientId, check.reason)}.`;
    throw invalidClient(description, credentials.method, this.config.realm);
  }

  async #clientCredentials(client: ClientRecord, form: Map<string, string>) {
    const scope = resolveScope(form.get('scope'), undefined);
    return this.issuer.issue(subjectOf(client), {
      scope,
      audience: form.get('audience'),
      refresh: this.#issuesRefreshTokens(client) ? {} : undefined,
    });
  }

  async #refresh(client: ClientRecord, form: Map<string, string>): Promise<TokenResponse> {
    if (!this.#issuesRefreshTokens(client)) {
      throw new OAuthError(
        'unauthorized_client',
        `The client ${client.clientId} is not allowed the refresh_token grant; use client_credentials.`,
      );
    }
    const token = form.get('refresh_token');
    if (!token) throw new OAuthError('invalid_request', 'The parameter refresh_token is missing.');
    const claims = await this.verifier.verifyRefreshToken(token);
    if (claims.clientId !== client.clientId) {
      throw new OAuthError('invalid_grant', 'The refresh token was issued to another client.');
    }
    const scope = resolveScope(form.get('scope'), claims.scope);
    await this.#spend(claims.jti);
    return this.issuer.issue(subjectOf(client), {
      scope,
      audience: form.get('audience'),
      refresh: { familyId: claims.familyId },
    });
  }

  /** Applies the `refreshTokens` server option to the client's own setting. */
  #issuesRefreshTokens(client: ClientRecord): boolean {
    const policy = this.config.refreshTokens;
    return policy === 'always' || (policy === 'per-client' && client.refreshTokens);
  }

  /** Spends a refresh token; a second use revokes its whole family (token theft defence). */
  async #spend(jti: string): Promise<void> {
    const now = realmNow(this.config.clockSkewSeconds);
    const result = await this.store.spendRefreshToken(jti, now);
    switch (result.outcome) {
      case 'spent':
        return;
      case 'reused':
        await this.store.revokeRefreshTokenFamily(result.record.familyId, now);
        throw new OAuthError(
          'invalid_grant',
          'The refresh token was already used. Every token renewed from it is now revoked; request a new token with the client credentials.',
        );
      case 'revoked':
        throw new OAuthError('invalid_grant', 'The refresh token was revoked.');
      case 'expired':
        throw new OAuthError('invalid_grant', 'The refresh token expired.');
      case 'unknown':
        throw new OAuthError('invalid_grant', 'The refresh token is unknown to this realm.');
    }
  }
}

function subjectOf(client: ClientRecord) {
  return {
    subject: client.clientId,
    clientId: client.clientId,
    organisationCode: client.organisationCode,
    roles: client.roles,
    email: client.email,
  };
}

/**
 * Checks a requested scope against the supported ones and, on refresh, against the original
 * grant. No scope asked means the original grant, or the default scope.
 */
function resolveScope(requested: string | undefined, granted: string | undefined): string {
  if (requested === undefined || requested.trim() === '') return granted ?? DEFAULT_SCOPE;
  const scopes = requested.trim().split(/\s+/);
  const allowed: readonly string[] = granted === undefined ? SUPPORTED_SCOPES : granted.split(' ');
  const unknown = scopes.filter((scope) => !allowed.includes(scope));
  if (unknown.length > 0) {
    throw new OAuthError(
      'invalid_scope',
      `The scope ${unknown.join(' ')} is not available; request from: ${allowed.join(' ')}.`,
    );
  }
  return [...new Set(scopes)].join(' ');
}
