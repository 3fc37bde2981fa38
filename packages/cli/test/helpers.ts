import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_CLIENTS } from '@vdx/sdk/demo';
import { type RunningServer, startServer } from '@vdx/server';

/** Path of the built `vdx` binary. */
export const BIN = fileURLToPath(new URL('../bin/run.js', import.meta.url));

/** The demo client with device-admin rights over the region tree. */
export const REGION_ADMIN = demoClient('demo-region-admin');

/** Result of one run of the CLI. */
export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link runVdx}. */
export interface RunOptions {
  /** Directory for VDX_CONFIG_DIR. Every test file uses its own. */
  configDir: string;
  /** Extra environment variables; nothing VDX_* is inherited from the test process. */
  env?: Record<string, string>;
  /** Text written to the child's stdin, which is closed afterwards. */
  stdin?: string;
  /** Path of the script to run instead of bin/run.js. */
  bin?: string;
}

/**
 * Runs the built CLI as a child process with a clean environment and returns its exit code and
 * output. A non-zero exit is a result, not an exception.
 */
export function runVdx(args: string[], options: RunOptions): Promise<RunResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: options.configDir,
    VDX_CONFIG_DIR: options.configDir,
    NO_COLOR: '1',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [options.bin ?? BIN, ...args],
      { env, encoding: 'utf8', timeout: 25_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? '');
  });
}

/** Starts the reference server with the demo data on a free loopback port. */
export function startDemoServer(): Promise<RunningServer> {
  return startServer({ port: 0, db: ':memory:', seed: 'demo', logger: false });
}

/** Creates an empty temporary directory for VDX_CONFIG_DIR. */
export function makeConfigDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'vdx-cli-test-'));
}

/** Removes a directory made by {@link makeConfigDir}. */
export function removeConfigDir(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true });
}

/** Returns the demo client with this id. */
export function demoClient(clientId: string): { clientId: string; clientSecret: string } {
  const client = DEMO_CLIENTS.find((candidate) => candidate.clientId === clientId);
  if (!client) throw new Error(`No demo client "${clientId}"`);
  return { clientId: client.clientId, clientSecret: client.clientSecret };
}

/** Environment that lets the CLI work without a stored profile. */
export function clientEnv(
  server: RunningServer,
  client: { clientId: string; clientSecret: string } = REGION_ADMIN,
): Record<string, string> {
  return {
    VDX_BASE_URL: server.url,
    VDX_CLIENT_ID: client.clientId,
    VDX_CLIENT_SECRET: client.clientSecret,
  };
}

/** Logs in the default profile of `configDir` as the region administrator and checks it worked. */
export async function loginRegionAdmin(server: RunningServer, configDir: string): Promise<void> {
  const result = await runVdx(
    [
      'auth',
      'login',
      '--base-url',
      server.url,
      '--client-id',
      REGION_ADMIN.clientId,
      '--client-secret',
      REGION_ADMIN.clientSecret,
    ],
    { configDir },
  );
  if (result.exitCode !== 0) throw new Error(`vdx auth login failed: ${result.stderr}`);
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches the whole stderr of a command that failed with an API error. */
export function apiErrorLine(message: string, status: number, code: number): RegExp {
  return new RegExp(
    `^Error: ${escapeRegExp(message)} \\(HTTP ${status}, code ${code}, request id [\\w.:-]+\\)\\n$`,
  );
}

/**
 * Matches the whole stderr of a command whose client credentials the realm rejected: one line
 * that names the token endpoint, the client and the OAuth error, and ends with the request id.
 * The advice in between is the SDK's wording and is not fixed here.
 */
export function invalidClientLine(server: RunningServer, clientId: string): RegExp {
  const tokenUrl = `${server.url}/realms/vdx/protocol/openid-connect/token`;
  const facts = `The token endpoint ${tokenUrl} rejected client "${clientId}" (invalid_client`;
  return new RegExp(`^Error: ${escapeRegExp(facts)}[^\\n]* \\(request id [\\w.:-]+\\)\\n$`);
}
