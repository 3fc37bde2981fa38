import { VdxNetworkError, type VdxNetworkReason } from './errors.js';

/** The setting a caller should check when a URL cannot be reached, as named in messages. */
export type UrlSetting = 'base URL' | 'issuer URL' | 'token URL';

/** Descriptions of the certificate checks that OpenSSL and Node.js report by code. */
const CERTIFICATE_FAILURES: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in a self-signed CA that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'the certificate cannot be verified, because its issuer is not trusted or the server does not send the intermediate certificates',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate of its issuer is not in the trusted CA list',
  UNABLE_TO_GET_ISSUER_CERT: 'the certificate of its issuer is missing',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet, or the clock of this machine is wrong',
  CERT_REVOKED: 'the certificate is revoked',
  CERT_SIGNATURE_FAILURE: 'the certificate signature is invalid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate does not name this host',
};

/** Descriptions of socket failures by Node.js error code. */
const CONNECTION_FAILURES: Readonly<Record<string, (host: string) => string>> = {
  ECONNREFUSED: (host) => `${host} refused the connection`,
  ECONNRESET: (host) => `the connection to ${host} was reset`,
  EHOSTUNREACH: (host) => `there is no network route to ${host}`,
  ENETUNREACH: (host) => `the network of ${host} is unreachable`,
  ETIMEDOUT: (host) => `the connection to ${host} timed out`,
};

const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME']);

/**
 * Wraps an error thrown by `fetch` for a request that got no response in a `VdxNetworkError`
 * whose message names the host, the Node.js or OpenSSL error code and what to check.
 */
export function toNetworkError(url: string, error: unknown, setting: UrlSetting): VdxNetworkError {
  const code = failureCodeOf(error);
  const { host, hostname } = hostsOf(url);
  const reason: VdxNetworkReason = isTlsFailure(code) ? 'tls' : 'unreachable';
  const message = `Could not reach ${url}: ${describeFailure(code, host, hostname)}. ${adviceFor(code, reason, setting)}`;
  return new VdxNetworkError(message, url, { cause: error, reason });
}

function describeFailure(code: string, host: string, hostname: string): string {
  const certificate = CERTIFICATE_FAILURES[code];
  if (certificate !== undefined) {
    return `the TLS certificate of ${host} was rejected (${code}: ${certificate})`;
  }
  if (isTlsFailure(code)) return `the TLS handshake with ${host} failed (${code})`;
  if (DNS_FAILURES.has(code)) return `the host name ${hostname} could not be resolved (${code})`;
  const connection = CONNECTION_FAILURES[code];
  if (connection !== undefined) return `${connection(host)} (${code})`;
  return `the request to ${host} failed (${code})`;
}

function adviceFor(code: string, reason: VdxNetworkReason, setting: UrlSetting): string {
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG') {
    return `The port may serve plain http: check the scheme of the ${setting}.`;
  }
  if (reason === 'tls') {
    return `Check that the ${setting} names the right host. If the server uses a private certificate authority or your network inspects TLS, give Node.js that CA certificate with NODE_EXTRA_CA_CERTS.`;
  }
  if (DNS_FAILURES.has(code)) {
    return `Check the host name in the ${setting} and the DNS settings of this machine.`;
  }
  return `Check the ${setting} and that the server is running.`;
}

function isTlsFailure(code: string): boolean {
  return (
    code in CERTIFICATE_FAILURES ||
    /^ERR_(TLS|SSL)_/.test(code) ||
    code === 'EPROTO' ||
    /CERT/.test(code)
  );
}

/**
 * Returns the most specific code of a fetch failure: undici wraps the socket error as `cause`,
 * and Node.js may group the errors of several addresses in an AggregateError.
 */
function failureCodeOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const source = cause instanceof Error ? cause : error;
  const code = (source as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code;
  if (source instanceof AggregateError) {
    const first = source.errors[0] as { code?: unknown } | undefined;
    if (typeof first?.code === 'string') return first.code;
  }
  return source instanceof Error ? source.message : String(source);
}

function hostsOf(url: string): { host: string; hostname: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.host, hostname: parsed.hostname };
  } catch {
    return { host: url, hostname: url };
  }
}
