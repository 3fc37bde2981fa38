import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import type { Store } from '../store/store.js';

/** The JWS algorithm of every token the realm signs. */
export const SIGNING_ALGORITHM = 'ES256';

/**
 * The realm's ES256 signing key, kept in the store so that tokens stay valid across restarts
 * on the same database.
 */
export class SigningKeys {
  private constructor(
    /** The key id (`kid`) of the signing key: its RFC 7638 thumbprint. */
    readonly kid: string,
    /** The private key that signs new tokens. */
    readonly privateKey: CryptoKey,
    /** The public keys served at the JWKS endpoint, the signing key first. */
    readonly jwks: JSONWebKeySet,
    /** A key resolver for jose's `jwtVerify` that picks the key by `kid`. */
    readonly resolveKey: ReturnType<typeof createLocalJWKSet>,
  ) {}

  /** Loads the newest key from the store, generating and storing one when there is none. */
  static async load(store: Store): Promise<SigningKeys> {
    const records = await store.listSigningKeys();
    let newest = records[0];
    if (!newest) {
      newest = await generateKeyRecord();
      await store.insertSigningKey(newest);
      records.push(newest);
    }
    const privateKey = (await importJWK(newest.privateJwk, SIGNING_ALGORITHM)) as CryptoKey;
    const jwks = { keys: records.map((record) => publicJwkOf(record.kid, record.publicJwk)) };
    return new SigningKeys(newest.kid, privateKey, jwks, createLocalJWKSet(jwks));
  }
}

function publicJwkOf(kid: string, jwk: JWK): JWK {
  return {
    kty: jwk.kty,
    crv: jwk.crv,
    x: jwk.x,
    y: jwk.y,
    kid,
    use: 'sig',
    alg: SIGNING_ALGORITHM,
  };
}

async function generateKeyRecord() {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, privateJwk, publicJwk, createdTime: new Date().toISOString() };
}
