import { OAuthError } from '../errors.js';
import { verifyAgainstDecoy, verifySecret } from '../services/secrets.js';
import type { ClientRecord, Store } from '../store/store.js';

/** Client credentials as the request carried them. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** `client_secret_basic` (HTTP Basic) or `client_secret_post` (form body). */
  method: 'basic' | 'post';
}

const INVALID_CLIENT = 'Invalid client credentials.';

/**
 * Parses an RFC 6749 `application/x-www-form-urlencoded` body.
 *
 * @throws {OAuthError} `invalid_request` when a parameter appears more than once.
 */
export function parseForm(body: string): Map<string, string> {
  const form = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(body)) {
    if (form.has(name)) {
      throw new OAuthError('invalid_request', `The parameter ${name} appears more than once.`);
    }
    form.set(name, value);
  }
  return form;
}

/**
 * Reads the client's credentials from HTTP Basic authentication or from the form body.
 *
 * @throws {OAuthError} `invalid_request` when both methods are used, `invalid_client` when
 *   neither is or the Basic header is malformed.
 */
export function readClientCredentials(
  authorization: string | undefined,
  form: Map<string, string>,
  realm: string,
): ClientCredentials {
  const basic = authorization?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (authorization !== undefined && /^Basic\b/i.test(authorization)) {
    if (form.has('client_secret')) {
      throw new OAuthError(
        'invalid_request',
        'Send the client credentials either with HTTP Basic authentication or in the body, not both.',
      );
    }
    const credentials = basic?.[1] && decodeBasic(basic[1]);
    if (!credentials) {
      throw invalidClient('The Basic authorization header is malformed.', 'basic', realm);
    }
    const bodyClientId = form.get('client_id');
    if (bodyClientId !== undefined && bodyClientId !== credentials.clientId) {
      throw new OAuthError(
        'invalid_request',
        'The client_id in the body differs from the one in the Basic authorization header.',
      );
    }
    return { ...credentials, method: 'basic' };
  }
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  if (!clientId || clientSecret === undefined) {
    throw invalidClient(
      'Client authentication is missing: send client_id and client_secret with HTTP Basic authentication or in the body.',
      'post',
      realm,
    );
  }
  return { clientId, clientSecret, method: 'post' };
}

/**
 * Authenticates the client against its stored secret hash.
 *
 * An unknown client and a wrong secret give the same error after the same amount of work.
 *
 * @throws {OAuthError} `invalid_client` (401).
 */
export async function authenticateClient(
  store: Store,
  credentials: ClientCredentials,
  realm: string,
): Promise<ClientRecord> {
  const client = await store.getClient(credentials.clientId);
  const valid = client
    ? await verifySecret(credentials.clientSecret, client.secretHash)
    : await verifyAgainstDecoy(credentials.clientSecret);
  if (!client || !valid) throw invalidClient(INVALID_CLIENT, credentials.method, realm);
  return client;
}

/**
 * Returns the client id that a token request names, from HTTP Basic authentication or the form,
 * without checking anything; undefined when it names none.
 */
export function peekClientId(
  authorization: string | undefined,
  form: Map<string, string>,
): string | undefined {
  const basic = authorization?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  return (basic?.[1] && decodeBasic(basic[1])?.clientId) || form.get('client_id') || undefined;
}

/** RFC 6749 section 2.3.1: each part is form-urlencoded before the Basic encoding. */
function decodeBasic(encoded: string): { clientId: string; clientSecret: string } | undefined {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  try {
    const formDecode = (part: string) => decodeURIComponent(part.replaceAll('+', ' '));
    return {
      clientId: formDecode(decoded.slice(0, colon)),
      clientSecret: formDecode(decoded.slice(colon + 1)),
    };
  } catch {
    return undefined;
  }
}

/** Returns the `invalid_client` error, with a Basic challenge for a client that tried Basic. */
export function invalidClient(
  description: string,
  method: ClientCredentials['method'],
  realm: string,
): OAuthError {
  // RFC 6749 section 5.2: a client that tried HTTP Basic gets a Basic challenge.
  const headers: Record<string, string> =
    method === 'basic' ? { 'WWW-Authenticate': `Basic realm="${realm}", charset="UTF-8"` } : {};
  return new OAuthError('invalid_client', description, 401, headers);
}
