// The reference server for the benchmarks, in its own process, on a temporary SQLite file with
// the demo data and logging off. Prints its URL on stdout once it listens.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@vdx/server';

const dir = await mkdtemp(join(tmpdir(), 'vdx-bench-'));
const server = await startServer({
  port: 0,
  db: join(dir, 'bench.sqlite'),
  seed: 'demo',
  logger: false,
});
console.log(server.url);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
