import { startServer } from '@vdx/server';
import { DEMO_CLIENTS } from '../../src/demo.js';
import {
  type ClientCredentialsProvider,
  clientCredentials,
  createVdxClient,
  type VdxClient,
} from '../../src/index.js';

/** A running reference server. */
export type ReferenceServer = Awaited<ReturnType<typeof startServer>>;

/** Starts the reference server in-process on a free loopback port with the demo data. */
export function startReferenceServer(
  options: Parameters<typeof startServer>[0] = {},
): Promise<ReferenceServer> {
  return startServer({ port: 0, db: ':memory:', seed: 'demo', logger: false, ...options });
}

/** Returns the secret of a demo client. */
export function demoSecret(clientId: string): string {
  const client = DEMO_CLIENTS.find((candidate) => candidate.clientId === clientId);
  if (client === undefined) throw new Error(`No demo client ${clientId}`);
  return client.clientSecret;
}

/** Creates a client-credentials provider for a demo client of `server`. */
export function demoProvider(
  server: ReferenceServer,
  clientId: string,
  fetch?: typeof globalThis.fetch,
): ClientCredentialsProvider {
  return clientCredentials({
    issuer: server.issuer,
    clientId,
    clientSecret: demoSecret(clientId),
    ...(fetch === undefined ? {} : { fetch }),
  });
}

/** Creates an SDK client that acts as a demo client of `server`. */
export function demoClient(server: ReferenceServer, clientId: string): VdxClient {
  return createVdxClient({ baseUrl: server.url, auth: demoProvider(server, clientId) });
}

/** One request seen by a recording fetch. */
export interface RecordedRequest {
  method: string;
  url: string;
  /** The `grant_type` of a token request. */
  grantType: string | undefined;
  /** The form parameters of a token request. */
  form: URLSearchParams | undefined;
  /** The parsed JSON response of a token request. */
  tokenResponse: Record<string, unknown> | undefined;
}

/** Creates a fetch that records every request it passes on to `globalThis.fetch`. */
export function recordingFetch() {
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const form = init?.body instanceof URLSearchParams ? init.body : undefined;
    const response = await globalThis.fetch(request);
    const isToken = request.url.endsWith('/protocol/openid-connect/token');
    requests.push({
      method: request.method,
      url: request.url,
      grantType: form?.get('grant_type') ?? undefined,
      form,
      tokenResponse: isToken && response.ok ? await response.clone().json() : undefined,
    });
    return response;
  };
  return {
    fetch: fetchImpl as typeof globalThis.fetch,
    requests,
    tokenRequests: () => requests.filter((request) => request.grantType !== undefined),
    grantTypes: () => requests.flatMap((request) => request.grantType ?? []),
  };
}
