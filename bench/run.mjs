#!/usr/bin/env node
// Benchmarks for the budgets in BENCHMARKS.md. Each figure is a ratio against a baseline measured
// in the same run on the same machine, because absolute times on shared machines drift.
//
//   npm run bench                  all three groups
//   node bench/run.mjs cli sdk     only some of them (cli, sdk, server)
//
// The server group needs `wrk` (Debian package wrk); without it that group is skipped.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { clientCredentials, createVdxClient } from '@vdx/sdk';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'packages/cli/bin/run.js');
const DEVICE_ID = '0f5e2c1a-7b3d-4e8f-9a01-000000000001';
const ADMIN = { clientId: 'demo-region-admin', clientSecret: 'demo-region-admin-secret' };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function format(ms) {
  return `${ms.toFixed(1)} ms`;
}

/** Starts a benchmark server script in its own process and resolves with its URL. */
async function startChild(script) {
  const child = spawn(process.execPath, [join(ROOT, 'bench', script)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const [url] = await once(lines, 'line');
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Runs `node args` once and returns the wall time in ms. */
function timeOnce(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

/**
 * Times each command `runs` times and returns the median wall time of each in ms. The commands
 * take turns, so that drift of a shared machine spreads over all of them alike. Two untimed
 * rounds first warm the file cache.
 */
function timeCommands(commands, env, runs) {
  const times = commands.map(() => []);
  for (let round = 0; round < runs + 2; round += 1) {
    commands.forEach((args, index) => {
      const elapsed = timeOnce(args, env);
      if (round >= 2) times[index].push(elapsed);
    });
  }
  return times.map(median);
}

async function benchCli(results) {
  const server = await startChild('vdx-server.mjs');
  const configDir = await mkdtemp(join(tmpdir(), 'vdx-bench-cli-'));
  const env = { PATH: process.env.PATH, HOME: configDir, VDX_CONFIG_DIR: configDir };
  try {
    // The CLI caches tokens only for stored profiles, so log in once. The timed calls then find
    // a valid cached token and make one API request each.
    timeOnce([CLI, 'auth', 'login', '--base-url', server.url, '--client-id', ADMIN.clientId], {
      ...env,
      VDX_CLIENT_SECRET: ADMIN.clientSecret,
    });
    const runs = 21;
    const [bare, version, list] = timeCommands(
      [
        ['-e', '0'],
        [CLI, '--version'],
        [CLI, 'devices', 'list', '--json'],
      ],
      env,
      runs,
    );
    results.push(
      { group: 'cli', name: 'node -e 0 (baseline)', value: format(bare), ratio: 1, budget: '' },
      {
        group: 'cli',
        name: 'vdx --version',
        value: format(version),
        ratio: version / bare,
        budget: 2,
      },
      {
        group: 'cli',
        name: 'vdx devices list --json (cached token)',
        value: format(list),
        ratio: list / bare,
        budget: 2.5,
      },
    );
  } finally {
    await server.stop();
    await rm(configDir, { recursive: true, force: true });
  }
}

async function benchSdk(results) {
  const server = await startChild('vdx-server.mjs');
  try {
    const provider = clientCredentials({ issuer: `${server.url}/realms/vdx`, ...ADMIN });
    const client = createVdxClient({ baseUrl: server.url, auth: provider });
    const token = await provider.getAccessToken();
    const url = `${server.url}/devices/v1/devices/${DEVICE_ID}`;
    const headers = { authorization: `Bearer ${token}` };
    const rawGet = async () => (await fetch(url, { headers })).json();
    const sdkGet = () => client.devices.get(DEVICE_ID);

    const rounds = 5;
    const perRound = 400;
    const raw = [];
    const sdk = [];
    for (let round = 0; round < rounds; round += 1) {
      // Alternating rounds spread the machine's drift over both sides.
      raw.push(await timeLoop(rawGet, perRound));
      sdk.push(await timeLoop(sdkGet, perRound));
    }
    const rawMs = median(raw);
    const sdkMs = median(sdk);
    results.push(
      {
        group: 'sdk',
        name: 'raw fetch GET device (baseline)',
        value: format(rawMs),
        ratio: 1,
        budget: '',
      },
      {
        group: 'sdk',
        name: 'client.devices.get (cached token)',
        value: format(sdkMs),
        ratio: sdkMs / rawMs,
        budget: 1.1,
      },
    );

    const counting = countingFetch();
    const cold = clientCredentials({
      issuer: `${server.url}/realms/vdx`,
      ...ADMIN,
      fetch: counting.fetch,
    });
    const coldClient = createVdxClient({ baseUrl: server.url, auth: cold });
    await Promise.all(Array.from({ length: 100 }, () => coldClient.devices.get(DEVICE_ID)));
    results.push({
      group: 'sdk',
      name: 'token requests for 100 concurrent cold calls',
      value: String(counting.tokenRequests()),
      ratio: counting.tokenRequests(),
      budget: 1,
    });
  } finally {
    await server.stop();
  }
}

/** Runs `call` `count` times in sequence and returns the mean time per call in ms. */
async function timeLoop(call, count) {
  await call();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) await call();
  return Number(process.hrtime.bigint() - start) / 1e6 / count;
}

function countingFetch() {
  let tokenRequests = 0;
  return {
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith('/protocol/openid-connect/token')) tokenRequests += 1;
      return globalThis.fetch(input, init);
    },
    tokenRequests: () => tokenRequests,
  };
}

function wrkRequestsPerSecond(url, headers) {
  const args = ['-t1', '-c32', '-d5s', '--latency'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const output = execFileSync('wrk', [...args, url], { encoding: 'utf8' });
  const match = output.match(/Requests\/sec:\s+([\d.]+)/);
  const non2xx = output.match(/Non-2xx or 3xx responses:\s+(\d+)/);
  if (!match) throw new Error(`Could not read wrk's output:\n${output}`);
  if (non2xx) throw new Error(`wrk saw ${non2xx[1]} failed responses from ${url}`);
  return Number(match[1]);
}

async function benchServer(results) {
  if (spawnSync('wrk', ['--version']).error) {
    console.error('Skipping the server group: wrk is not installed (apt-get install wrk).');
    return;
  }
  const bare = await startChild('bare-hono.mjs');
  const vdx = await startChild('vdx-server.mjs');
  try {
    const provider = clientCredentials({ issuer: `${vdx.url}/realms/vdx`, ...ADMIN });
    const token = await provider.getAccessToken();
    const path = `/devices/v1/devices/${DEVICE_ID}`;
    const headers = { Authorization: `Bearer ${token}` };
    // Alternating rounds spread the machine's drift over both servers, and the ratio is the
    // median of the rounds' ratios, so one disturbed round does not decide it.
    const bareRuns = [];
    const vdxRuns = [];
    for (let round = 0; round < 3; round += 1) {
      bareRuns.push(wrkRequestsPerSecond(bare.url + path, {}));
      vdxRuns.push(wrkRequestsPerSecond(vdx.url + path, headers));
    }
    const bareRps = median(bareRuns);
    const vdxRps = median(vdxRuns);
    const ratio = median(vdxRuns.map((rps, round) => rps / bareRuns[round]));
    results.push(
      {
        group: 'server',
        name: 'bare Hono route (baseline)',
        value: `${Math.round(bareRps)} req/s`,
        ratio: 1,
        budget: '',
      },
      {
        group: 'server',
        name: 'GET device (JWT, SQLite)',
        value: `${Math.round(vdxRps)} req/s`,
        ratio,
        budget: 0.5,
      },
    );
  } finally {
    await Promise.all([bare.stop(), vdx.stop()]);
  }
}

const GROUPS = { cli: benchCli, sdk: benchSdk, server: benchServer };

async function main() {
  const chosen = process.argv.slice(2).filter((name) => name in GROUPS);
  const results = [];
  for (const name of chosen.length > 0 ? chosen : Object.keys(GROUPS)) {
    console.error(`Running the ${name} group...`);
    await GROUPS[name](results);
  }
  console.log('| group | measurement | value | ratio | budget |');
  console.log('|---|---|---|---|---|');
  for (const row of results) {
    const ratio =
      row.group === 'sdk' && row.budget === 1 ? String(row.ratio) : row.ratio.toFixed(2);
    let budget = '';
    if (row.budget !== '') {
      // The server budget is a minimum throughput ratio; the others are maximum time ratios.
      budget = row.group === 'server' ? `>= ${row.budget}` : `<= ${row.budget}`;
    }
    console.log(`| ${row.group} | ${row.name} | ${row.value} | ${ratio} | ${budget} |`);
  }
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
