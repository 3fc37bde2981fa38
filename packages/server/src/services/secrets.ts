import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters (N = 2^14, r = 8, p = 1), about 16 MiB of memory per hash. */
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** Letters and digits without look-alikes (0/O, 1/l/I), for passwords people may type. */
const PASSWORD_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LOGIN_ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

interface ScryptParams {
  N: number;
  r: number;
  p: number;
  maxmem: number;
}

function deriveKey(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, params, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * Hashes a secret with scrypt and a random per-hash salt, off the event loop.
 *
 * The result is `scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>`.
 */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await deriveKey(secret, salt, SCRYPT);
  const { N, r, p } = SCRYPT;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Checks a secret against a hash from {@link hashSecret} in constant time.
 *
 * A malformed hash never matches.
 */
export async function verifySecret(secret: string, encoded: string): Promise<boolean> {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, hashText] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashText, 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const params = { ...SCRYPT, N: Number(n), r: Number(r), p: Number(p) };
  const actual = await deriveKey(secret, Buffer.from(saltText, 'base64url'), params);
  return timingSafeEqual(actual, expected);
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies `secret` against a hash of a random value that no input matches, so that a lookup of
 * an unknown id takes as long as a wrong secret. Always resolves to false.
 */
export async function verifyAgainstDecoy(secret: string): Promise<false> {
  decoyHash ??= hashSecret(randomBytes(32).toString('hex'));
  await verifySecret(secret, await decoyHash);
  return false;
}

/** Returns `length` characters drawn uniformly from `alphabet`. */
export function randomString(length: number, alphabet: string): string {
  let result = '';
  for (let i = 0; i < length; i += 1) {
    result += alphabet[randomInt(alphabet.length)];
  }
  return result;
}

/**
 * Generates a device password: 24 characters in groups of four (about 139 bits of entropy),
 * such as `Vq8w-Zt3k-Lm2p-Rx7n-Hs4d-Kc9f`.
 */
export function generatePassword(): string {
  const groups = Array.from({ length: 6 }, () => randomString(4, PASSWORD_ALPHABET));
  return groups.join('-');
}

/** Generates a login id from the device kind and 8 random characters, e.g. `kiosk-7h3k9q2m`. */
export function generateLoginId(kind: string): string {
  return `${kind}-${randomString(8, LOGIN_ID_ALPHABET)}`;
}

/** Generates a one-time code of 256 random bits, base64url-encoded (43 characters). */
export function generateOneTimeCode(): string {
  return randomBytes(32).toString('base64url');
}

/** Returns the hex SHA-256 of `value`, for high-entropy codes that need no slow hash. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
