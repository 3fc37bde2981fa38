import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentials, VdxAuthError, VdxError, VdxNetworkError } from '../src/index.js';
import { toNetworkError } from '../src/network-failure.js';
import {
  createTestCertificates,
  HAS_OPENSSL,
  startLocalHttpsServer,
  type TestCertificates,
} from './helpers/certificates.js';
import { startLocalHttpServer, unusedLocalUrl } from './helpers/local-http.js';
import {
  demoSecret,
  type ReferenceServer,
  startReferenceServer,
} from './helpers/reference-server.js';

const KEYCLOAK_SHAPE =
  'Check the token URL: Keycloak serves it at <issuer>/protocol/openid-connect/token, such as https://host/realms/vdx/protocol/openid-connect/token.';

let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer();
});

afterAll(async () => {
  await server.close();
});

function tokenEndpoint(): string {
  return `${server.issuer}/protocol/openid-connect/token`;
}

/** Creates a fetch that rewrites the JSON body of responses whose URL ends with `suffix`. */
function rewritingFetch(suffix: string, rewrite: (body: Record<string, unknown>) => void) {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await globalThis.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(suffix) || !response.ok) return response;
    const body = (await response.json()) as Record<string, unknown>;
    rewrite(body);
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
}

describe('client errors', () => {
  it('unknown client is invalid_client', async () => {
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'no-such-client',
      clientSecret: 'whatever',
    });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      reason: 'invalid_client',
      oauthError: 'invalid_client',
      status: 401,
      message: `The token endpoint ${tokenEndpoint()} rejected client "no-such-client" (invalid_client: Invalid client credentials). Check the client id and secret, that the client is not disabled in VDX Management, and that the realm accepts client_secret_basic.`,
    });
  });

  it('wrong secret in form names the method', async () => {
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-agency',
      clientSecret: 'wrong-secret',
      clientAuthentication: 'client_secret_post',
    });

    await expect(auth.getAccessToken()).rejects.toMatchObject({
      reason: 'invalid_client',
      message: expect.stringMatching(/and that the realm accepts client_secret_post\.$/),
    });
  });

  it('invalid_scope names the scope sent', async () => {
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-agency',
      clientSecret: demoSecret('demo-agency'),
      scope: 'openid videoapi:admin',
    });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toMatchObject({
      reason: 'invalid_scope',
      oauthError: 'invalid_scope',
      status: 400,
      message: `The token endpoint ${tokenEndpoint()} rejected the scope "openid videoapi:admin" requested for client "demo-agency" (invalid_scope: The scope videoapi:admin is not available; request from: openid profile email). Request only scopes that the client is allowed in VDX Management, or leave out the scope option.`,
    });
  });

  it('unauthorized_client asks to enable the grant', async () => {
    const realm = await startLocalHttpServer((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          error: 'unauthorized_client',
          error_description: 'Client not enabled to retrieve service account',
        }),
      );
    });
    try {
      const tokenUrl = `${realm.url}/realms/vdx/protocol/openid-connect/token`;
      const auth = clientCredentials({ tokenUrl, clientId: 'browser-app', clientSecret: 's' });

      await expect(auth.getAccessToken()).rejects.toMatchObject({
        reason: 'unauthorized_client',
        oauthError: 'unauthorized_client',
        status: 400,
        message: `The token endpoint ${tokenUrl} does not allow client "browser-app" to use the client_credentials grant (unauthorized_client: Client not enabled to retrieve service account). Ask the VDX administrator of your organisation to enable the client_credentials grant for this client in VDX Management.`,
      });
    } finally {
      await realm.close();
    }
  });

  it('server failure is server_error', async () => {
    const realm = await startLocalHttpServer((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('maintenance');
    });
    try {
      const tokenUrl = `${realm.url}/realms/vdx/protocol/openid-connect/token`;
      const auth = clientCredentials({ tokenUrl, clientId: 'a', clientSecret: 's' });

      await expect(auth.getAccessToken()).rejects.toMatchObject({
        reason: 'server_error',
        status: 503,
        message: `The client_credentials token request to ${tokenUrl} failed with HTTP 503. The server failed; try again later, and tell its operator if the failure persists.`,
      });
    } finally {
      await realm.close();
    }
  });
});

describe('wrong URLs', () => {
  it('token URL 404 shows the Keycloak shape', async () => {
    const tokenUrl = `${server.issuer}/protocol/openid-connect/tokens`;
    const auth = clientCredentials({ tokenUrl, clientId: 'demo-agency', clientSecret: 'x' });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      reason: 'token_url_not_found',
      status: 404,
      oauthError: undefined,
      message: `No token endpoint at ${tokenUrl}: it responded with HTTP 404. ${KEYCLOAK_SHAPE} For this URL that may be ${tokenEndpoint()}.`,
    });
  });

  it('token URL outside a realm has no suggestion', async () => {
    const tokenUrl = `${server.url}/oauth/token`;
    const auth = clientCredentials({ tokenUrl, clientId: 'demo-agency', clientSecret: 'x' });

    await expect(auth.getAccessToken()).rejects.toMatchObject({
      reason: 'token_url_not_found',
      message: `No token endpoint at ${tokenUrl}: it responded with HTTP 404. ${KEYCLOAK_SHAPE}`,
    });
  });

  it('legacy exchange URL fails at construction', () => {
    const tokenUrl = `${server.url}/videoapi/token`;

    expect(() => clientCredentials({ tokenUrl, clientId: 'a', clientSecret: 's' })).toThrow(
      new VdxError(
        `tokenUrl ${tokenUrl} is the legacy STS token exchange (/videoapi/token), which issues no OAuth tokens. Use the realm's token endpoint <issuer>/protocol/openid-connect/token as tokenUrl, or the realm URL as issuer.`,
      ),
    );
  });

  it('token URL as issuer suggests tokenUrl', async () => {
    const issuer = tokenEndpoint();
    const auth = clientCredentials({ issuer, clientId: 'demo-agency', clientSecret: 'x' });

    await expect(auth.getAccessToken()).rejects.toMatchObject({
      reason: 'issuer_not_found',
      status: 404,
      message: `OpenID discovery at ${issuer}/.well-known/openid-configuration failed with HTTP 404. The issuer ${issuer} is a token URL: pass it as tokenUrl, or pass the part before /protocol/openid-connect/token as issuer.`,
    });
  });

  it('issuer with extra trailing slash mismatches', async () => {
    const issuer = `${server.issuer}/`;
    const auth = clientCredentials({ issuer, clientId: 'demo-agency', clientSecret: 'x' });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxAuthError);
    await expect(failure).rejects.toMatchObject({
      reason: 'issuer_mismatch',
      message: `The discovery document at ${server.issuer}/.well-known/openid-configuration names the issuer "${server.issuer}", but the configured issuer is "${issuer}". They differ only by a trailing slash, and OpenID Connect compares issuers exactly. Set issuer to exactly "${server.issuer}".`,
    });
  });

  it('issuer missing a trailing slash mismatches', async () => {
    const withSlash = `${server.issuer}/`;
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-agency',
      clientSecret: 'x',
      fetch: rewritingFetch('/.well-known/openid-configuration', (body) => {
        body.issuer = withSlash;
      }),
    });

    await expect(auth.getAccessToken()).rejects.toMatchObject({
      reason: 'issuer_mismatch',
      message: `The discovery document at ${server.issuer}/.well-known/openid-configuration names the issuer "${withSlash}", but the configured issuer is "${server.issuer}". They differ only by a trailing slash, and OpenID Connect compares issuers exactly. Set issuer to exactly "${withSlash}".`,
    });
  });

  it('exact issuer gets a token', async () => {
    const auth = clientCredentials({
      issuer: server.issuer,
      clientId: 'demo-agency',
      clientSecret: demoSecret('demo-agency'),
    });

    await expect(auth.getAccessToken()).resolves.toMatch(/^ey/);
  });
});

describe('unreachable servers', () => {
  it('closed port names the host', async () => {
    const origin = await unusedLocalUrl();
    const tokenUrl = `${origin}/realms/vdx/protocol/openid-connect/token`;
    const auth = clientCredentials({ tokenUrl, clientId: 'a', clientSecret: 's' });

    const failure = auth.getAccessToken();

    await expect(failure).rejects.toBeInstanceOf(VdxNetworkError);
    await expect(failure).rejects.toMatchObject({
      reason: 'unreachable',
      url: tokenUrl,
      message: `Could not reach ${tokenUrl}: ${new URL(origin).host} refused the connection (ECONNREFUSED). Check the token URL and that the server is running.`,
    });
  });

  it('unknown host name names the host', async () => {
    // The DNS answer is the edge the SDK does not own, so the fetch throws what undici throws.
    const dnsFailure: typeof fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND auth.vdx.example'), {
          code: 'ENOTFOUND',
        }),
      });
    };
    const issuer = 'https://auth.vdx.example/realms/vdx';
    const auth = clientCredentials({ issuer, clientId: 'a', clientSecret: 's', fetch: dnsFailure });

    await expect(auth.getAccessToken()).rejects.toMatchObject({
      reason: 'unreachable',
      message: `Could not reach ${issuer}/.well-known/openid-configuration: the host name auth.vdx.example could not be resolved (ENOTFOUND). Check the host name in the issuer URL and the DNS settings of this machine.`,
    });
  });

  it('https to a plain http port', async () => {
    const plain = await startLocalHttpServer((_request, response) => response.end('{}'));
    try {
      const issuer = `${plain.url.replace('http:', 'https:')}/realms/vdx`;
      const auth = clientCredentials({ issuer, clientId: 'a', clientSecret: 's' });

      await expect(auth.getAccessToken()).rejects.toMatchObject({
        reason: 'tls',
        message: `Could not reach ${issuer}/.well-known/openid-configuration: the TLS handshake with ${new URL(issuer).host} failed (ERR_SSL_WRONG_VERSION_NUMBER). The port may serve plain http: check the scheme of the issuer URL.`,
      });
    } finally {
      await plain.close();
    }
  });
});

describe.skipIf(!HAS_OPENSSL)('TLS failures (needs openssl to make certificates)', () => {
  let certificates: TestCertificates;

  beforeAll(() => {
    certificates = createTestCertificates();
  });

  afterAll(() => {
    certificates.remove();
  });

  const advice =
    'Check that the issuer URL names the right host. If the server uses a private certificate authority or your network inspects TLS, give Node.js that CA certificate with NODE_EXTRA_CA_CERTS.';

  it('self-signed certificate is tls', async () => {
    const https = await startLocalHttpsServer(certificates.selfSigned);
    try {
      const issuer = `${https.url}/realms/vdx`;
      const auth = clientCredentials({ issuer, clientId: 'a', clientSecret: 's' });

      const failure = auth.getAccessToken();

      await expect(failure).rejects.toBeInstanceOf(VdxNetworkError);
      await expect(failure).rejects.toMatchObject({
        reason: 'tls',
        message: `Could not reach ${issuer}/.well-known/openid-configuration: the TLS certificate of ${new URL(https.url).host} was rejected (DEPTH_ZERO_SELF_SIGNED_CERT: the certificate is self-signed and not trusted). ${advice}`,
      });
    } finally {
      await https.close();
    }
  });

  it('untrusted issuer CA is tls', async () => {
    const https = await startLocalHttpsServer(certificates.untrustedLeaf);
    try {
      const issuer = `${https.url}/realms/vdx`;
      const auth = clientCredentials({ issuer, clientId: 'a', clientSecret: 's' });

      await expect(auth.getAccessToken()).rejects.toMatchObject({
        reason: 'tls',
        message: `Could not reach ${issuer}/.well-known/openid-configuration: the TLS certificate of ${new URL(https.url).host} was rejected (UNABLE_TO_VERIFY_LEAF_SIGNATURE: the certificate cannot be verified, because its issuer is not trusted or the server does not send the intermediate certificates). ${advice}`,
      });
    } finally {
      await https.close();
    }
  });
});

describe('toNetworkError', () => {
  const url = 'https://auth.vdx.example/realms/vdx/protocol/openid-connect/token';
  const failure = (code: string) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

  it.each([
    [
      'CERT_HAS_EXPIRED',
      'tls',
      'the TLS certificate of auth.vdx.example was rejected (CERT_HAS_EXPIRED: the certificate has expired)',
    ],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'tls',
      'the TLS certificate of auth.vdx.example was rejected (ERR_TLS_CERT_ALTNAME_INVALID: the certificate does not name this host)',
    ],
    ['ECONNRESET', 'unreachable', 'the connection to auth.vdx.example was reset (ECONNRESET)'],
    ['EHOSTUNREACH', 'unreachable', 'there is no network route to auth.vdx.example (EHOSTUNREACH)'],
  ])('%s is described', (code, reason, description) => {
    const error = toNetworkError(url, failure(code), 'token URL');

    expect(error.reason).toBe(reason);
    expect(error.message.startsWith(`Could not reach ${url}: ${description}. `)).toBe(true);
  });

  it('reads the code of an AggregateError', () => {
    const aggregate = new AggregateError([
      Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
    ]);

    const error = toNetworkError(
      url,
      new TypeError('fetch failed', { cause: aggregate }),
      'token URL',
    );

    expect(error.message).toBe(
      `Could not reach ${url}: auth.vdx.example refused the connection (ECONNREFUSED). Check the token URL and that the server is running.`,
    );
  });
});
