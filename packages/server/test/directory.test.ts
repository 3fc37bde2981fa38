import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor } from './helpers.js';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options = {}) {
  server = await startDemoServer({ directorySearchesPerMinute: 1000, ...options });
  return { server, token: await tokenFor(server, 'demo-agency') };
}

describe('searchDirectoryOrganisations', () => {
  it('finds organisations across VDX by name, ignoring case', async () => {
    const { server, token } = await start();
    const reply = await send(server, 'GET', '/appointments/v1/directory/organisations?name=AKUT', {
      token,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      items: [{ code: 'dept-emergency', name: 'Demo Akutmodtagelse', parentCode: 'hospital-demo' }],
      nextCursor: null,
    });
  });

  it('pages by name', async () => {
    const { server, token } = await start();
    const first = await send(
      server,
      'GET',
      '/appointments/v1/directory/organisations?name=demo&limit=4',
      { token },
    );
    expect(first.body.items.map((o: { name: string }) => o.name)).toEqual([
      'Demo Agency',
      'Demo Akutmodtagelse',
      'Demo Hospital',
      'Demo Kommune',
    ]);
    const second = await send(
      server,
      'GET',
      `/appointments/v1/directory/organisations?name=demo&limit=4&cursor=${first.body.nextCursor}`,
      { token },
    );
    expect(second.body.items.map((o: { name: string }) => o.name)).toEqual([
      'Demo Sundhedscenter Nord',
      'Demo Supplier ApS',
      'Region Demo',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('requires a name', async () => {
    const { server, token } = await start();
    const reply = await send(server, 'GET', '/appointments/v1/directory/organisations', { token });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1003);
  });
});

describe('searchDirectoryUsers', () => {
  it('finds users by organisation name and query', async () => {
    const { server, token } = await start();
    const reply = await send(
      server,
      'GET',
      '/appointments/v1/directory/users?organisationName=akut&query=M%C3%98LLER',
      { token },
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      items: [
        {
          email: 'ida.moeller@dept-emergency.example',
          name: 'Ida Møller',
          organisationCode: 'dept-emergency',
          organisationName: 'Demo Akutmodtagelse',
        },
      ],
      nextCursor: null,
    });
  });

  it('requires a filter', async () => {
    const { server, token } = await start();
    const reply = await send(server, 'GET', '/appointments/v1/directory/users', { token });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1003);
    expect(reply.body.detailed_error).toBe('Give at least one filter: organisationName or query.');
  });
});

describe('searchDirectoryDevices', () => {
  it('lists only active devices with invite fields', async () => {
    const { server, token } = await start();
    const admin = await tokenFor(server, 'demo-region-admin');
    const before = await send(
      server,
      'GET',
      '/appointments/v1/directory/devices?organisationName=akutmodtagelse',
      { token },
    );
    expect(before.body.items).toEqual([
      {
        id: DEMO_DEVICE.deptTablet,
        name: 'Akutmodtagelse tablet 1',
        organisationCode: 'dept-emergency',
        organisationName: 'Demo Akutmodtagelse',
      },
      {
        id: DEMO_DEVICE.deptRoom,
        name: 'Akutmodtagelse videorum 1',
        organisationCode: 'dept-emergency',
        organisationName: 'Demo Akutmodtagelse',
      },
    ]);
    await send(server, 'PATCH', `/devices/v1/devices/${DEMO_DEVICE.deptTablet}`, {
      token: admin,
      json: { status: 'disabled' },
    });
    const after = await send(
      server,
      'GET',
      '/appointments/v1/directory/devices?organisationName=akutmodtagelse',
      { token },
    );
    expect(after.body.items.map((d: { id: string }) => d.id)).toEqual([DEMO_DEVICE.deptRoom]);
  });

  it('requires a filter', async () => {
    const { server, token } = await start();
    const reply = await send(server, 'GET', '/appointments/v1/directory/devices?limit=5', {
      token,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1003);
  });
});

describe('directory rate limit', () => {
  it('answers 429 with Retry-After past the limit', async () => {
    const { server, token } = await start({ directorySearchesPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) {
      const reply = await send(
        server,
        'GET',
        '/appointments/v1/directory/organisations?name=demo',
        { token },
      );
      expect(reply.status).toBe(200);
    }
    const limited = await send(server, 'GET', '/appointments/v1/directory/users?query=demo', {
      token,
    });
    expect(limited.status).toBe(429);
    expect(limited.body.detailed_error_code).toBe(6001);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.detailed_error).toBe(
      `Client demo-agency exceeded 3 directory searches per minute. Retry after ${retryAfter} seconds.`,
    );
    const other = await send(server, 'GET', '/appointments/v1/directory/organisations?name=demo', {
      token: await tokenFor(server, 'demo-supplier'),
    });
    expect(other.status).toBe(200);
  });
});
