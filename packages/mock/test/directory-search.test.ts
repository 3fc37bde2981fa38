/**
 * The directory searches: whole-VDX scope, name order, filters, paging and roles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

const mock = useMockServer();

let agency: string;
let regionAdmin: string;

beforeAll(async () => {
  agency = await tokenFor('demo-agency');
  regionAdmin = await tokenFor('demo-region-admin');
});

async function search(path: string, token = agency): Promise<Response> {
  return api(`/appointments/v1/directory/${path}`, { token });
}

describe('organisation search', () => {
  it('finds organisations outside the subtree by name', async () => {
    const response = await search('organisations?name=SUPPLIER');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      items: [{ code: 'supplier-demo', name: 'Demo Supplier ApS', parentCode: null }],
      nextCursor: null,
    });
  });

  it('orders by name and pages with cursors', async () => {
    const first = await (await search('organisations?name=demo&limit=4')).json();
    expect(first.items.map((item: { name: string }) => item.name)).toEqual([
      'Demo Agency',
      'Demo Akutmodtagelse',
      'Demo Hospital',
      'Demo Kommune',
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (
      await search(`organisations?name=demo&limit=4&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((item: { name: string }) => item.name)).toEqual([
      'Demo Sundhedscenter Nord',
      'Demo Supplier ApS',
      'Region Demo',
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('missing name answers 400 with 1003', async () => {
    const response = await search('organisations');
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1003);
    expect(error.message).toBe('query parameter name: is required');
  });

  it('foreign cursor answers 400 with 1003', async () => {
    const response = await search('organisations?name=demo&cursor=bm90LWEtY3Vyc29y');
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1003);
    expect(error.message).toBe(
      '/cursor: is not a cursor from this server; pass the nextCursor of the previous page.',
    );
  });
});

describe('user search', () => {
  it('finds users by e-mail part', async () => {
    const response = await search('users?query=KROGH');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      items: [
        {
          email: 'thomas.krogh@agency-demo.example',
          name: 'Thomas Krogh',
          organisationCode: 'agency-demo',
          organisationName: 'Demo Agency',
        },
      ],
      nextCursor: null,
    });
  });

  it('combines both filters with AND', async () => {
    const body = await (await search('users?organisationName=akut&query=m%C3%B8ller')).json();
    expect(body.items.map((user: { email: string }) => user.email)).toEqual([
      'ida.moeller@dept-emergency.example',
    ]);
  });

  it('orders users of an organisation by name', async () => {
    const body = await (await search('users?organisationName=hospital')).json();
    expect(body.items.map((user: { name: string }) => user.name)).toEqual([
      'Anders Kjær',
      'Sofie Lund',
    ]);
  });

  it('no filter answers 400 with 1003', async () => {
    const response = await search('users');
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1003);
    expect(error.message).toBe('Give at least one filter: organisationName or query.');
  });
});

describe('device search', () => {
  it('finds devices by organisation name', async () => {
    const body = await (await search('devices?organisationName=Akutmodtagelse')).json();
    expect(body).toEqual({
      items: [
        {
          id: DEVICE.akutTablet,
          name: 'Akutmodtagelse tablet 1',
          organisationCode: 'dept-emergency',
          organisationName: 'Demo Akutmodtagelse',
        },
        {
          id: DEVICE.akutRoom,
          name: 'Akutmodtagelse videorum 1',
          organisationCode: 'dept-emergency',
          organisationName: 'Demo Akutmodtagelse',
        },
      ],
      nextCursor: null,
    });
  });

  it('leaves out disabled devices', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.akutTablet}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { status: 'disabled' },
    });
    expect(response.status).toBe(200);
    const body = await (await search('devices?name=tablet')).json();
    expect(body.items.map((device: { name: string }) => device.name)).toEqual([
      'Hjemmepleje tablet 1',
    ]);
  });

  it('no filter answers 400 with 1003', async () => {
    const response = await search('devices');
    expect(response.status).toBe(400);
    expect((await readError(response)).message).toBe(
      'Give at least one filter: organisationName or name.',
    );
  });

  it('device token answers 403 with 3001', async () => {
    const reset = await api(`/devices/v1/devices/${DEVICE.akutRoom}/password`, {
      method: 'POST',
      token: regionAdmin,
    });
    const { loginId, password } = await reset.json();
    const login = await api('/devices/v1/login', { method: 'POST', json: { loginId, password } });
    const deviceToken = (await login.json()).access_token;
    const response = await search('devices?name=kiosk', deviceToken);
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe(3001);
    expect(error.message).toBe(
      'This operation needs one of the roles meeting-user, meeting-planner, meeting-admin; the token has device.',
    );
  });
});

describe('directory failures', () => {
  it('scheduled 429 is sent once', async () => {
    mock.fail('searchDirectoryUsers', 429, { retryAfterSeconds: 30 });
    const failed = await search('users?query=lund');
    expect(failed.status).toBe(429);
    expect(failed.headers.get('retry-after')).toBe('30');
    expect((await readError(failed)).code).toBe(6001);
    expect((await search('users?query=lund')).status).toBe(200);
  });
});
