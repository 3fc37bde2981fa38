import { randomUUID } from 'node:crypto';
import type { TokenResponse } from '@vdx/sdk/types';
import { SignJWT } from 'jose';
import type { ServerConfig } from '../config.js';
import type { Store } from '../store/store.js';
import { ACCESS_TOKEN_TYPE, CLAIM, REFRESH_TOKEN_TYPE } from './claims.js';
import { realmNow } from './clock.js';
import { SIGNING_ALGORITHM, type SigningKeys } from './signing-keys.js';

/** The subject of an access token: a client or a device. */
export interface TokenSubject {
  /** `sub`: the client id, or the device id for a device. */
  subject: string;
  /** `azp` and `client_id`. */
  clientId: string;
  organisationCode: string;
  roles: readonly string[];
  email?: string;
  deviceId?: string;
}

/** Options of one token response. */
export interface IssueOptions {
  scope: string;
  audience?: string;
  /** Issue a refresh token too, in this family (a new family when undefined). */
  refresh?: { familyId?: string };
}

/** Signs the realm's access and refresh tokens and records refresh tokens in the store. */
export class TokenIssuer {
  constructor(
    private readonly keys: SigningKeys,
    private readonly store: Store,
    private readonly config: ServerConfig,
  ) {}

  /** Issues a token response in Keycloak's shape; `Cache-Control: no-store` is the caller's. */
  async issue(subject: TokenSubject, options: IssueOptions): Promise<TokenResponse> {
    const now = this.#nowSeconds();
    const accessTtl = this.config.accessTokenTtlSeconds;
    const response: TokenResponse = {
      access_token: await this.#signAccessToken(subject, options, now),
      token_type: 'Bearer',
      expires_in: accessTtl,
      scope: options.scope,
      'not-before-policy': 0,
    };
    if (options.refresh) {
      const familyId = options.refresh.familyId ?? randomUUID();
      response.refresh_token = await this.#issueRefreshToken(subject, options.scope, familyId, now);
      response.refresh_expires_in = this.config.refreshTokenTtlSeconds;
    }
    return response;
  }

  /** Signs a short-lived token for the legacy STS exchange. It grants no roles. */
  async issueStsToken(): Promise<string> {
    const now = this.#nowSeconds();
    return this.#sign(
      { typ: 'Holder-of-key', azp: 'sts' },
      'sts-client',
      now,
      this.config.accessTokenTtlSeconds,
    );
  }

  #signAccessToken(subject: TokenSubject, options: IssueOptions, now: number): Promise<string> {
    const claims: Record<string, unknown> = {
      typ: ACCESS_TOKEN_TYPE,
      azp: subject.clientId,
      client_id: subject.clientId,
      scope: options.scope,
      [CLAIM.organisation]: subject.organisationCode,
      [CLAIM.roles]: [...subject.roles],
    };
    if (subject.email !== undefined) claims[CLAIM.email] = subject.email;
    if (subject.deviceId !== undefined) claims[CLAIM.deviceId] = subject.deviceId;
    if (options.audience !== undefined) claims.aud = options.audience;
    return this.#sign(claims, subject.subject, now, this.config.accessTokenTtlSeconds);
  }

  async #issueRefreshToken(
    subject: TokenSubject,
    scope: string,
    familyId: string,
    now: number,
  ): Promise<string> {
    const ttl = this.config.refreshTokenTtlSeconds;
    const jti = randomUUID();
    const claims = { typ: REFRESH_TOKEN_TYPE, azp: subject.clientId, scope, sid: familyId };
    const token = await this.#sign(claims, subject.subject, now, ttl, jti);
    await this.store.insertRefreshToken({
      jti,
      familyId,
      clientId: subject.clientId,
      expiresAt: (now + ttl) * 1000,
      usedAt: null,
      revokedAt: null,
    });
    return token;
  }

  /** The realm's clock in seconds, which the `clockSkewSeconds` option offsets. */
  #nowSeconds(): number {
    return Math.floor(realmNow(this.config.clockSkewSeconds) / 1000);
  }

  #sign(
    claims: Record<string, unknown>,
    subject: string,
    now: number,
    ttlSeconds: number,
    jti: string = randomUUID(),
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: this.keys.kid, typ: 'JWT' })
      .setIssuer(this.config.issuer)
      .setSubject(subject)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .setJti(jti)
      .sign(this.keys.privateKey);
  }
}
