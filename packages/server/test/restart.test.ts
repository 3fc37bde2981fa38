import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postForm, send, startDemoServer, TOKEN_PATH, tokenFor } from './helpers.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vdx-server-restart-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('restart on the same database file', () => {
  it('keeps devices, queues and tokens', async () => {
    // Tokens name the issuer, so both runs use the same public URL whatever port they get.
    const options = { db: join(dir, 'vdx.sqlite'), publicUrl: 'http://vdx.test:8787' };
    const first = await startDemoServer(options);
    const token = await tokenFor(first, 'demo-region-admin');
    const refresh = await postForm(first, TOKEN_PATH, {
      grant_type: 'client_credentials',
      client_id: 'demo-kommune-admin',
      client_secret: 'demo-kommune-admin-secret',
    });
    const created = await send(first, 'POST', '/devices/v1/devices', {
      token,
      json: { name: 'Survivor', organisationCode: 'dept-emergency' },
    });
    await send(first, 'POST', `/devices/v1/devices/${created.body.id}/messages`, {
      token,
      json: { subject: 'kept', body: 'across restarts' },
    });
    await first.close();

    const second = await startDemoServer(options);
    try {
      expect(second.issuer).toBe('http://vdx.test:8787/realms/vdx');
      const device = await send(second, 'GET', `/devices/v1/devices/${created.body.id}`, { token });
      expect(device.status).toBe(200);
      expect(device.body.name).toBe('Survivor');
      const message = await send(
        second,
        'POST',
        `/devices/v1/devices/${created.body.id}/messages/next`,
        {
          token,
        },
      );
      expect(message.body.subject).toBe('kept');
      const renewed = await postForm(second, TOKEN_PATH, {
        grant_type: 'refresh_token',
        refresh_token: refresh.body.refresh_token,
        client_id: 'demo-kommune-admin',
        client_secret: 'demo-kommune-admin-secret',
      });
      expect(renewed.status).toBe(200);
      const list = await send(second, 'GET', '/devices/v1/devices?limit=200', { token });
      const names = list.body.items.map((d: { name: string }) => d.name);
      expect(names.filter((name: string) => name === 'Akutmodtagelse videorum 1')).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
