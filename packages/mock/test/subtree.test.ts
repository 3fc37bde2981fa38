import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

useMockServer();

let regionAdmin: string;
let kommuneAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
  kommuneAdmin = await tokenFor('demo-kommune-admin');
});

describe('organisation subtree', () => {
  it('device outside the subtree answers 404', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.centreKiosk}`, { token: regionAdmin });
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4001);
    expect(error.message).toBe(`Device ${DEVICE.centreKiosk} not found.`);
  });

  it('device inside the subtree is visible', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.centreKiosk}`, {
      token: kommuneAdmin,
    });
    expect(response.status).toBe(200);
    expect((await response.json()).loginId).toBe('kiosk-centre-nord');
  });

  it('outside device cannot be deleted', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.centreKiosk}`, {
      method: 'DELETE',
      token: regionAdmin,
    });
    expect(response.status).toBe(404);
    const read = await api(`/devices/v1/devices/${DEVICE.centreKiosk}`, { token: kommuneAdmin });
    expect(read.status).toBe(200);
  });

  it('create in outside organisation answers 4002', async () => {
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      json: { name: 'Kiosk', organisationCode: 'centre-nord' },
    });
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4002);
    expect(error.message).toBe('Organisation centre-nord not found.');
  });

  it('move to outside organisation answers 4002', async () => {
    const response = await api(`/devices/v1/devices/${DEVICE.akutRoom}`, {
      method: 'PATCH',
      token: regionAdmin,
      json: { organisationCode: 'kommune-demo' },
    });
    expect(response.status).toBe(404);
    expect((await readError(response)).code).toBe(4002);
  });

  it('list filter outside the subtree answers 404', async () => {
    const response = await api('/devices/v1/devices?organisationCode=kommune-demo', {
      token: regionAdmin,
    });
    expect(response.status).toBe(404);
    expect((await readError(response)).message).toBe('Organisation kommune-demo not found.');
  });

  it('list holds only subtree devices', async () => {
    const page = await (await api('/devices/v1/devices', { token: kommuneAdmin })).json();
    const logins = page.items.map((device: { loginId: string }) => device.loginId);
    expect(logins).toEqual(['tablet-homecare-1', 'kiosk-centre-nord']);
  });
});

describe('organisation service', () => {
  it('reads an organisation of the subtree', async () => {
    const response = await api('/services/v2/organisation/hospital-demo', { token: regionAdmin });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      code: 'hospital-demo',
      name: 'Demo Hospital',
      parentCode: 'region-demo',
      createdTime: '2026-01-05T08:00:00.000Z',
    });
  });

  it('parent organisation answers 404 with 4002', async () => {
    const token = await tokenFor('demo-centre-planner');
    const response = await api('/services/v2/organisation/kommune-demo', { token });
    expect(response.status).toBe(404);
    const error = await readError(response);
    expect(error.code).toBe(4002);
    expect(error.message).toBe('Organisation kommune-demo not found.');
  });

  it('lists descendants depth first', async () => {
    const response = await api('/services/v2/organisation/region-demo/descendants', {
      token: regionAdmin,
    });
    expect(response.status).toBe(200);
    const codes = (await response.json()).map(
      (organisation: { code: string }) => organisation.code,
    );
    expect(codes).toEqual(['hospital-demo', 'dept-emergency']);
  });

  it('tree nests the caller subtree', async () => {
    const response = await api('/services/v2/organisationtree', { token: kommuneAdmin });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
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

  it('invalid organisation code answers 400 with 1004', async () => {
    const response = await api('/services/v2/organisation/-bad', { token: regionAdmin });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1004);
    expect(error.message).toBe(
      'path parameter code: must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"',
    );
  });
});
