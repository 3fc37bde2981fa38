/**
 * OAuth client authentication at the token and revocation endpoints: `client_secret_basic` or
 * `client_secret_post`, never both (RFC 6749 section 2.3.1).
 */
import type { DemoClient } from '@vdx/sdk/demo';
import type { FormFields } from './operation-types.js';
import { OAuthProblem } from './problems.js';
import type { Directory } from './state/directory.js';

interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  basic: boolean;
}

/** Decodes a form-urlencoded component, where `+` stands for a space. */
function decodeFormComponent(text: string): string {
  return decodeURIComponent(text.replaceAll('+', ' '));
}

function parseBasic(header: string, realm: string): ClientCredentials {
  const malformed = new OAuthProblem(
    401,
    'invalid_client',
    'The HTTP Basic credentials are malformed; send base64 of <client id>:<client secret>.',
    { 'WWW-Authenticate': `Basic realm="${realm}"` },
  );
  try {
    const bytes = Uint8Array.from(atob(header.slice('basic '.length).trim()), (c) =>
      c.charCodeAt(0),
    );
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const separator = decoded.indexOf(':');
    if (separator < 0) {
      throw malformed;
    }
    return {
      clientId: decodeFormComponent(decoded.slice(0, separator)),
      clientSecret: decodeFormComponent(decoded.slice(separator + 1)),
      basic: true,
    };
  } catch {
    throw malformed;
  }
}

function readCredentials(request: Request, fields: FormFields, realm: string) {
  const header = request.headers.get('authorization');
  if (!header?.toLowerCase().startsWith('basic ')) {
    const { client_id: clientId, client_secret: clientSecret } = fields;
    return clientId ? { clientId, clientSecret: clientSecret ?? '', basic: false } : undefined;
  }
  const basic = parseBasic(header, realm);
  if (fields.client_secret !== undefined) {
    throw new OAuthProblem(
      400,
      'invalid_request',
      'Send the client credentials with HTTP Basic authentication or in the body, not both.',
    );
  }
  if (fields.client_id !== undefined && fields.client_id !== basic.clientId) {
    throw new OAuthProblem(
      400,
      'invalid_request',
      `client_id ${fields.client_id} in the body differs from the HTTP Basic client id ${basic.clientId}.`,
    );
  }
  return basic;
}

/**
 * Authenticates the OAuth client of a token or revocation request.
 *
 * @throws {OAuthProblem} 400 `invalid_request` for credentials sent both ways, 401
 *   `invalid_client` for missing, malformed or wrong credentials.
 */
export function authenticateClient(
  request: Request,
  fields: FormFields,
  directory: Directory,
  realm: string,
): DemoClient {
  const credentials = readCredentials(request, fields, realm);
  if (!credentials) {
    throw new OAuthProblem(
      401,
      'invalid_client',
      'The request has no client credentials. Send client_id and client_secret with HTTP Basic authentication or in the body.',
    );
  }
  const client = directory.getClient(credentials.clientId);
  if (!client || client.clientSecret !== credentials.clientSecret) {
    const challenge = credentials.basic
      ? { 'WWW-Authenticate': `Basic realm="${realm}"` }
      : undefined;
    throw new OAuthProblem(
      401,
      'invalid_client',
      'Invalid client credentials. Check the client id and secret.',
      challenge,
    );
  }
  return client;
}
