// Baseline for the server benchmark: a bare Hono route that returns a fixed JSON object, with no
// auth, no validation and no database. Prints its URL on stdout once it listens.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
const device = { id: '0f5e2c1a-7b3d-4e8f-9a01-000000000001', name: 'Akutmodtagelse videorum 1' };
app.get('/devices/v1/devices/:deviceId', (c) => c.json(device));

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`http://127.0.0.1:${info.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
