import { type RunningServer, type ServerOptions, startServer } from '../src/index.js';

/** Device ids of the demo seed, by where they sit in the tree. */
export const DEMO_DEVICE = {
  deptRoom: '0f5e2c1a-7b3d-4e8f-9a01-000000000001',
  deptTablet: '0f5e2c1a-7b3d-4e8f-9a01-000000000002',
  hospitalRoom: '0f5e2c1a-7b3d-4e8f-9a01-000000000003',
  centreKiosk: '0f5e2c1a-7b3d-4e8f-9a01-000000000004',
  kommuneTablet: '0f5e2c1a-7b3d-4e8f-9a01-000000000005',
  supplierRoom: '0f5e2c1a-7b3d-4e8f-9a01-000000000006',
  agencyBrowser: '0f5e2c1a-7b3d-4e8f-9a01-000000000007',
} as const;

/** A device id that no seed creates. */
export const UNKNOWN_DEVICE = '9e9e9e9e-1111-4222-8333-444444444444';

/** Starts the reference server on a free loopback port with the demo data in memory. */
export function startDemoServer(options: ServerOptions = {}): Promise<RunningServer> {
  return startServer({ port: 0, db: ':memory:', seed: 'demo', logger: false, ...options });
}

/** A parsed HTTP response. */
// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes.
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

async function toReply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  if (response.headers.get('content-type')?.includes('json')) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body };
}

/** Sends a request and parses a JSON response body. */
export async function send(
  server: RunningServer,
  method: string,
  path: string,
  options: { token?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  return toReply(await fetch(server.url + path, { method, headers, body }));
}

/** Posts a form to a realm endpoint. */
export async function postForm(
  server: RunningServer,
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return toReply(response);
}

/** The token endpoint path of the default realm. */
export const TOKEN_PATH = '/realms/vdx/protocol/openid-connect/token';

/** Fetches an access token for a demo client (secret `<client id>-secret`). */
export async function tokenFor(server: RunningServer, clientId: string): Promise<string> {
  const reply = await postForm(server, TOKEN_PATH, {
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: `${clientId}-secret`,
  });
  if (reply.status !== 200) {
    throw new Error(`Token request for ${clientId} failed: ${JSON.stringify(reply.body)}`);
  }
  return reply.body.access_token;
}

/** Generates a password for a device and logs it in; returns the device's access token. */
export async function deviceToken(
  server: RunningServer,
  adminToken: string,
  deviceId: string,
): Promise<string> {
  const reset = await send(server, 'POST', `/devices/v1/devices/${deviceId}/password`, {
    token: adminToken,
  });
  const login = await send(server, 'POST', '/devices/v1/login', {
    json: { loginId: reset.body.loginId, password: reset.body.password },
  });
  if (login.status !== 200) throw new Error(`Device login failed: ${JSON.stringify(login.body)}`);
  return login.body.access_token;
}

/** Returns a valid meeting for a device queue. */
export function meeting(subject: string) {
  return {
    subject,
    startTime: '2026-12-07T10:00:00+01:00',
    endTime: '2026-12-07T10:30:00+01:00',
  };
}
