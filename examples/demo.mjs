#!/usr/bin/env node
// The demo: starts the reference server on an embedded SQLite file with the demo data, then
// runs the device-queue scenario twice, once through the SDK and once through the `vdx` CLI.
// Last comes the cross-sector meeting scenario of a municipality, a supplier and an agency.
//
//   npm run demo                     run the scenario and stop the server
//   npm run demo -- --keep-running   leave the server running afterwards, for your own commands
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startServer } from '@vdx/server';
import { runCliScenario } from './device-queues-cli.mjs';
import { runSdkScenario } from './device-queues-sdk.mjs';
import { runMunicipalityScenario } from './municipality-scenario.mjs';

const DB_FILE = resolve('.vdx/demo.sqlite');
const keepRunning = process.argv.includes('--keep-running');

async function main() {
  // The demo file is rebuilt on every run, so the scenario always starts from the demo seed.
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(DB_FILE + suffix, { force: true })));
  const server = await startServer({ port: 0, db: DB_FILE, seed: 'demo', logger: false });
  console.log(`Reference server on ${server.url} (issuer ${server.issuer}), database ${DB_FILE}`);

  try {
    await runSdkScenario({ baseUrl: server.url, issuer: server.issuer });
    await runCliScenario({ baseUrl: server.url, issuer: server.issuer });
    await runMunicipalityScenario({ baseUrl: server.url, issuer: server.issuer });
  } catch (error) {
    await server.close();
    throw error;
  }

  if (!keepRunning) {
    await server.close();
    console.log('\nDone. Run `npm run demo -- --keep-running` to keep the server up afterwards.');
    return;
  }
  console.log(`\nThe server keeps running on ${server.url}. Try, in another shell:`);
  console.log(
    `  export VDX_BASE_URL=${server.url} VDX_CLIENT_ID=demo-region-admin VDX_CLIENT_SECRET=demo-region-admin-secret`,
  );
  console.log('  npx vdx devices list');
  console.log('Press Ctrl+C to stop it.');
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
