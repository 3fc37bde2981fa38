import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { DEMO_DEVICE, deviceToken, send, startDemoServer, tokenFor } from './helpers.js';

let server: RunningServer;
let region: string;
let kommune: string;

beforeAll(async () => {
  server = await startDemoServer();
  region = await tokenFor(server, 'demo-region-admin');
  kommune = await tokenFor(server, 'demo-kommune-admin');
});

afterAll(async () => {
  await server.close();
});

describe('organisation service', () => {
  it('reads an organisation of the subtree', async () => {
    const reply = await send(server, 'GET', '/services/v2/organisation/hospital-demo', {
      token: region,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      code: 'hospital-demo',
      name: 'Demo Hospital',
      parentCode: 'region-demo',
    });
  });

  it('returns 404 for an organisation outside the subtree', async () => {
    const reply = await send(server, 'GET', '/services/v2/organisation/region-demo', {
      token: kommune,
    });
    expect(reply.status).toBe(404);
    expect(reply.body.detailed_error_code).toBe(4002);
    expect(reply.body.detailed_error).toBe('Organisation region-demo not found.');
  });

  it('returns 404 for a parent of the caller', async () => {
    const planner = await tokenFor(server, 'demo-centre-planner');
    const reply = await send(server, 'GET', '/services/v2/organisation/kommune-demo', {
      token: planner,
    });
    expect(reply.status).toBe(404);
  });

  it('rejects an invalid code with 1004', async () => {
    const reply = await send(server, 'GET', '/services/v2/organisation/-bad', { token: region });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1004);
  });

  it('lists descendants depth first', async () => {
    const reply = await send(server, 'GET', '/services/v2/organisation/region-demo/descendants', {
      token: region,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.map((o: { code: string }) => o.code)).toEqual([
      'hospital-demo',
      'dept-emergency',
    ]);
  });

  it('lists no descendants of a leaf', async () => {
    const reply = await send(
      server,
      'GET',
      '/services/v2/organisation/dept-emergency/descendants',
      {
        token: region,
      },
    );
    expect(reply.body).toEqual([]);
  });

  it('returns the caller’s tree', async () => {
    const reply = await send(server, 'GET', '/services/v2/organisationtree', { token: kommune });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      code: 'kommune-demo',
      name: 'Demo Kommune',
      parentCode: null,
      children: [
        {
          code: 'centre-nord',
          name: 'Demo Sundhedscenter Nord',
          parentCode: 'kommune-demo',
          children: [],
        },
      ],
    });
  });

  it('rejects a device token', async () => {
    const token = await deviceToken(server, region, DEMO_DEVICE.deptRoom);
    const reply = await send(server, 'GET', '/services/v2/organisationtree', { token });
    expect(reply.status).toBe(403);
    expect(reply.body.detailed_error_code).toBe(3001);
  });
});
