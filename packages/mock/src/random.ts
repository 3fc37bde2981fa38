/**
 * Random ids, codes and passwords from the Web Crypto API, which Node.js 20 and browsers share.
 */

const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALPHANUMERIC = `ABCDEFGHIJKLMNOPQRSTUVWXYZ${LOWER_ALPHANUMERIC}`;

/** Returns a random string of `length` characters drawn from `alphabet`. */
export function randomString(length: number, alphabet = ALPHANUMERIC): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let result = '';
  while (result.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < limit && result.length < length) {
        result += alphabet[byte % alphabet.length];
      }
    }
  }
  return result;
}

/** Returns a random RFC 9562 version 4 UUID. */
export function randomUuid(): string {
  return crypto.randomUUID();
}

/** Returns a device login id such as `kiosk-7h3k9q2m`. */
export function randomLoginId(kind: string): string {
  return `${kind}-${randomString(8, LOWER_ALPHANUMERIC)}`;
}

/** Returns a generated device password such as `Vq8w-Zt3k-Lm2p-Rx7n` (about 95 bits). */
export function randomPassword(): string {
  return Array.from({ length: 4 }, () => randomString(4)).join('-');
}

/** Returns the hex SHA-256 digest of a text. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
