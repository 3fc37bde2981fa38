/**
 * Opaque access and refresh tokens issued by the mock's realm and device logins.
 *
 * A token reads `mock.<clientId>.<n>` (client access token), `mock-device.<deviceId>.<n>`
 * (device access token) or `mock-refresh.<clientId>.<n>` (refresh token), so a test log shows
 * whom a token belongs to. The mock only accepts tokens that it issued and still stores.
 */

/** Whom an access token was issued to. */
export type TokenSubject =
  | { kind: 'client'; clientId: string }
  | { kind: 'device'; deviceId: string };

/** An issued access token. */
export interface AccessTokenRecord {
  subject: TokenSubject;
  scope: string;
  expiresAt: Date;
}

/** An issued refresh token, always a client's. */
export interface RefreshTokenRecord {
  clientId: string;
  scope: string;
  expiresAt: Date;
}

/** The tokens that the mock has issued and not revoked. */
export class TokenStore {
  readonly #access = new Map<string, AccessTokenRecord>();
  readonly #refresh = new Map<string, RefreshTokenRecord>();
  #counter = 0;
  #refreshCounter = 0;

  /** The number of access tokens issued so far, by the token endpoint and device logins. */
  get issuedAccessTokens(): number {
    return this.#counter;
  }

  /** Issues an access token and returns its text. */
  issueAccessToken(record: AccessTokenRecord): string {
    this.#counter += 1;
    const { subject } = record;
    const token =
      subject.kind === 'client'
        ? `mock.${subject.clientId}.${this.#counter}`
        : `mock-device.${subject.deviceId}.${this.#counter}`;
    this.#access.set(token, record);
    return token;
  }

  /** Issues a refresh token for a client and returns its text. */
  issueRefreshToken(record: RefreshTokenRecord): string {
    this.#refreshCounter += 1;
    const token = `mock-refresh.${record.clientId}.${this.#refreshCounter}`;
    this.#refresh.set(token, record);
    return token;
  }

  /** Returns the record of an access token, or `undefined` when the mock never issued it. */
  findAccessToken(token: string): AccessTokenRecord | undefined {
    return this.#access.get(token);
  }

  /** Returns the record of a refresh token, or `undefined` when it is unknown or revoked. */
  findRefreshToken(token: string): RefreshTokenRecord | undefined {
    return this.#refresh.get(token);
  }

  /**
   * Revokes an access or refresh token if it was issued to `clientId`. Unknown tokens and other
   * clients' tokens are left alone, and the endpoint responds 200 either way (RFC 7009).
   */
  revoke(token: string, clientId: string): void {
    const refresh = this.#refresh.get(token);
    if (refresh?.clientId === clientId) {
      this.#refresh.delete(token);
    }
    const access = this.#access.get(token);
    if (access?.subject.kind === 'client' && access.subject.clientId === clientId) {
      this.#access.delete(token);
    }
  }
}
