import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultMock, handlers } from '../src/index.js';
import { api, tokenFor } from './support.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('default handlers serve http://vdx.test', async () => {
  const token = await tokenFor('demo-supplier');
  const response = await api('/devices/v1/devices', { token });
  expect(response.status).toBe(200);
  const page = await response.json();
  expect(page.items.map((device: { loginId: string }) => device.loginId)).toEqual([
    'room-supplier-1',
  ]);
});

it('default mock reset removes created devices', async () => {
  const token = await tokenFor('demo-supplier');
  const created = await api('/devices/v1/devices', {
    method: 'POST',
    token,
    json: { name: 'Supplier tablet', organisationCode: 'supplier-demo' },
  });
  const { id } = await created.json();
  expect((await api(`/devices/v1/devices/${id}`, { token })).status).toBe(200);

  defaultMock.reset();

  expect((await api(`/devices/v1/devices/${id}`, { token })).status).toBe(404);
});
