import { clientCredentials, createVdxClient, VdxApiError } from '@vdx/sdk';
import { expect, it } from 'vitest';
import { DEVICE, TOKEN_URL, useMockServer } from './support.js';

const mock = useMockServer();

it('SDK drives the mock with client credentials', async () => {
  const auth = clientCredentials({
    tokenUrl: TOKEN_URL,
    clientId: 'demo-region-admin',
    clientSecret: 'demo-region-admin-secret',
    // The mock's host is not a loopback address, so plain http must be allowed explicitly.
    allowInsecureRequests: true,
  });
  const client = createVdxClient({ baseUrl: 'http://vdx.test', auth });
  const tokensBefore = mock.state.tokens.issuedAccessTokens;

  const [created, page] = await Promise.all([
    client.devices.create({ name: 'SDK kiosk', organisationCode: 'hospital-demo', kind: 'kiosk' }),
    client.devices.list({ organisationCode: 'dept-emergency' }),
  ]);
  expect(mock.state.tokens.issuedAccessTokens).toBe(tokensBefore + 1);
  expect((await client.devices.get(created.id)).name).toBe('SDK kiosk');
  expect(page.items.map((device) => device.id)).toEqual([DEVICE.akutTablet, DEVICE.akutRoom]);

  await client.queues.meetings.push(created.id, {
    subject: 'Consultation',
    startTime: '2026-12-07T10:00:00+01:00',
    endTime: '2026-12-07T10:30:00+01:00',
  });
  expect((await client.queues.meetings.next(created.id))?.subject).toBe('Consultation');
  expect(await client.queues.meetings.next(created.id)).toBeUndefined();

  mock.fail('getDevice', 404);
  const failure = await client.devices.get(created.id).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(VdxApiError);
  expect((failure as VdxApiError).status).toBe(404);
  expect((failure as VdxApiError).code).toBe(4001);
});
