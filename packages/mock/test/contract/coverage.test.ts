/**
 * Checks that every operation of the spec has a route in the reference server, a helper in the
 * SDK, a handler in the mock and a command in the CLI. The evidence comes from the parts
 * themselves: the server's router, a real SDK client, the mock's handler list and the CLI's
 * built oclif manifest.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  createVdxClient,
  SDK_OPERATION_METHODS,
  SDK_OPERATIONS_WITHOUT_METHOD,
  type VdxClient,
} from '@vdx/sdk';
import document from '@vdx/sdk/openapi.json' with { type: 'json' };
import { createApp, createAppContext, registeredOperationIds } from '@vdx/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockedOperationIds } from '../../src/index.js';

/** Operations that no CLI command calls on purpose, with the reason. */
const CLI_EXEMPT: Record<string, string> = {
  getJwks: 'Only resource servers verify tokens with the JWKS; the CLI only sends tokens.',
  revokeToken: 'The CLI keeps no refresh token, so it has nothing to revoke.',
  exchangeStsToken: 'The legacy STS exchange issues no OAuth token and closes on the cut-off date.',
  loginDeviceOneClick:
    'One-click codes are opened by the device in a browser; `vdx devices login-link` creates them.',
};

/**
 * Operations that have no CLI command yet. The test fails when one of them gets a command, so
 * that it moves out of this list.
 */
const CLI_MISSING: Record<string, string> = {};

/** Operations that the mock has no handler for yet; the test fails when one gets a handler. */
const MOCK_MISSING: Record<string, string> = {};

interface SpecDocument {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

interface OclifManifest {
  commands: Record<string, { operationIds?: unknown }>;
}

/** Lists every operationId under `paths` of the spec, in the spec's order. */
function specOperationIds(): string[] {
  const ids: string[] = [];
  for (const pathItem of Object.values((document as unknown as SpecDocument).paths)) {
    for (const operation of Object.values(pathItem)) {
      if (typeof operation === 'object' && operation?.operationId) ids.push(operation.operationId);
    }
  }
  return ids;
}

/** Reads the operationIds that the CLI's commands declare, from its built oclif manifest. */
function cliOperationIds(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@vdx/cli/package.json'));
  const manifest = JSON.parse(
    readFileSync(join(root, 'oclif.manifest.json'), 'utf8'),
  ) as OclifManifest;
  const commandsByOperation = new Map<string, string[]>();
  for (const [commandId, command] of Object.entries(manifest.commands)) {
    const ids = Array.isArray(command.operationIds) ? command.operationIds : [];
    for (const id of ids) {
      commandsByOperation.set(String(id), [
        ...(commandsByOperation.get(String(id)) ?? []),
        commandId,
      ]);
    }
  }
  return commandsByOperation;
}

/** Returns whether `path` (such as `queues.meetings.next`) names a function on `client`. */
function isClientFunction(client: VdxClient, path: string): boolean {
  let node: unknown = client;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'function';
}

function missingFrom(operationIds: string[], has: (id: string) => boolean): string[] {
  return operationIds.filter((id) => !has(id));
}

describe('contract coverage of every spec operation', () => {
  const operations = specOperationIds();
  let serverIds: Set<string>;

  beforeAll(async () => {
    const context = await createAppContext({ db: ':memory:', logger: false });
    try {
      serverIds = new Set(registeredOperationIds(createApp(context)));
    } finally {
      context.close();
    }
  });

  it('spec lists operations', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(new Set(operations).size).toBe(operations.length);
  });

  it('server has a route for each operation', () => {
    const missing = missingFrom(operations, (id) => serverIds.has(id));
    expect(missing, `Operations without a server route: ${missing.join(', ')}`).toEqual([]);
  });

  it('SDK has a helper for each operation', () => {
    const client = createVdxClient({ baseUrl: 'http://127.0.0.1:9' });
    const methods: Record<string, string> = SDK_OPERATION_METHODS;
    const without: Record<string, string> = SDK_OPERATIONS_WITHOUT_METHOD;
    const missing = missingFrom(
      operations,
      (id) => Object.hasOwn(without, id) || Object.hasOwn(methods, id),
    );
    expect(missing, `Operations without an SDK helper: ${missing.join(', ')}`).toEqual([]);

    const broken = Object.entries(methods)
      .filter(([, path]) => !isClientFunction(client, path))
      .map(([id, path]) => `${id} -> client.${path}`);
    expect(
      broken,
      `SDK_OPERATION_METHODS entries that are not client functions: ${broken.join(', ')}`,
    ).toEqual([]);

    const unknown = [...Object.keys(methods), ...Object.keys(without)].filter(
      (id) => !operations.includes(id),
    );
    expect(unknown, `SDK map entries for operations the spec lacks: ${unknown.join(', ')}`).toEqual(
      [],
    );
  });

  it('mock has a handler for each operation', () => {
    const mocked = new Set<string>(mockedOperationIds());
    const missing = missingFrom(
      operations,
      (id) => mocked.has(id) || Object.hasOwn(MOCK_MISSING, id),
    );
    expect(missing, `Operations without a mock handler: ${missing.join(', ')}`).toEqual([]);
    const stale = Object.keys(MOCK_MISSING).filter((id) => mocked.has(id));
    expect(stale, `MOCK_MISSING lists operations that have a handler: ${stale.join(', ')}`).toEqual(
      [],
    );
  });

  it('CLI has a command for each operation', () => {
    const commands = cliOperationIds();
    const listed = (id: string) => Object.hasOwn(CLI_EXEMPT, id) || Object.hasOwn(CLI_MISSING, id);
    const missing = missingFrom(operations, (id) => commands.has(id) || listed(id));
    expect(missing, `Operations without a CLI command: ${missing.join(', ')}`).toEqual([]);

    const stale = Object.keys(CLI_MISSING).filter((id) => commands.has(id));
    expect(stale, `CLI_MISSING lists operations that have a command: ${stale.join(', ')}`).toEqual(
      [],
    );

    const declaredUnknown = [...commands.keys()].filter((id) => !operations.includes(id));
    expect(
      declaredUnknown,
      `CLI commands declare unknown operationIds: ${declaredUnknown.join(', ')}`,
    ).toEqual([]);
  });
});
