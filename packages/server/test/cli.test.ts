import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The binary imports the built CLI, so these tests need `npm run build` first.
const BIN = fileURLToPath(new URL('../bin/vdx-server.js', import.meta.url));

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vdx-server-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads a child's stdout line by line; `next(pattern)` waits for the next matching line. */
function lineReader(child: ChildProcess) {
  const seen: string[] = [];
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[
    Symbol.asyncIterator
  ]();
  return {
    async next(pattern: RegExp): Promise<RegExpMatchArray> {
      for (;;) {
        const { value, done } = await lines.next();
        if (done) {
          throw new Error(
            `vdx-server exited before printing ${pattern}; output:\n${seen.join('\n')}`,
          );
        }
        seen.push(value);
        const match = value.match(pattern);
        if (match) return match;
      }
    },
  };
}

function run(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, stderr: () => stderr };
}

describe('vdx-server binary', () => {
  it('serves until SIGTERM and exits 0', async () => {
    const { child } = run([
      '--port',
      '0',
      '--db',
      join(dir, 'cli.sqlite'),
      '--seed',
      'demo',
      '--log-level',
      'warn',
    ]);
    const output = lineReader(child);
    const [, url] = await output.next(/^VDX reference server listening on (http:\/\/\S+)$/);
    const [, issuer] = await output.next(/^Issuer: (\S+)$/);
    const { input: demoLine } = await output.next(/^Demo data loaded: /);
    expect(issuer).toBe(`${url}/realms/vdx`);
    expect(demoLine).toContain('<client id>-secret');

    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect((await response.json()).issuer).toBe(issuer);

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect(signal).toBeNull();
    expect(code).toBe(0);
  });

  it.each([
    [
      ['--port', 'eighty'],
      'vdx-server: Invalid --port "eighty": use a whole number. Run vdx-server --help for usage.',
    ],
    [['--seed', 'all'], 'vdx-server: Invalid seed "all": use demo or none.'],
    [
      ['--log-level', 'loud'],
      'vdx-server: Invalid --log-level "loud": use one of fatal, error, warn, info, debug, trace, silent. Run vdx-server --help for usage.',
    ],
    [
      ['--sts-cutoff', 'soon'],
      'vdx-server: Invalid stsCutoff "soon": use an ISO 8601 date such as 2026-12-01 (midnight UTC).',
    ],
  ])('rejects %j with exit code 2', async (args, message) => {
    const { child, stderr } = run(args);
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr().trimEnd()).toBe(message);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const { child, stderr } = run(['--colour']);
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr().trimEnd().split('\n')).toHaveLength(1);
    expect(stderr()).toContain('--colour');
  });

  it('prints the version', async () => {
    const { child } = run(['--version']);
    const [line] = await lineReader(child).next(/^\d+\.\d+\.\d+/);
    expect(line).toBe('0.1.0');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('prints help naming every option', async () => {
    const { child } = run(['--help']);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--db',
      '--seed',
      '--realm',
      '--access-token-ttl',
      '--refresh-token-ttl',
      '--sts-cutoff',
      '--public-url',
      '--log-level',
    ]) {
      expect(output).toContain(flag);
    }
  });
});
