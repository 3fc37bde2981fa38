import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, tokenFor, useMockServer } from './support.js';

const mock = useMockServer();

let regionAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
});

describe('reset()', () => {
  it('restores the seeded devices', async () => {
    const created = await (
      await api('/devices/v1/devices', {
        method: 'POST',
        token: regionAdmin,
        json: { name: 'Temporary', organisationCode: 'hospital-demo' },
      })
    ).json();
    await api(`/devices/v1/devices/${DEVICE.akutRoom}`, { method: 'DELETE', token: regionAdmin });
    await api(`/devices/v1/devices/${DEVICE.akutTablet}/password`, {
      method: 'POST',
      token: regionAdmin,
    });

    mock.reset();

    expect((await api(`/devices/v1/devices/${created.id}`, { token: regionAdmin })).status).toBe(
      404,
    );
    const restored = await api(`/devices/v1/devices/${DEVICE.akutRoom}`, { token: regionAdmin });
    expect(restored.status).toBe(200);
    const tablet = await (
      await api(`/devices/v1/devices/${DEVICE.akutTablet}`, { token: regionAdmin })
    ).json();
    expect(tablet.hasPassword).toBe(false);
  });

  it('empties the queues', async () => {
    await api(`/devices/v1/devices/${DEVICE.akutRoom}/messages`, {
      method: 'POST',
      token: regionAdmin,
      json: { subject: 'Before reset', body: 'x' },
    });
    mock.reset();
    const response = await api(`/devices/v1/devices/${DEVICE.akutRoom}/messages/next`, {
      method: 'POST',
      token: regionAdmin,
    });
    expect(response.status).toBe(204);
  });

  it('keeps issued client tokens valid', async () => {
    mock.reset();
    const response = await api('/devices/v1/devices', { token: regionAdmin });
    expect(response.status).toBe(200);
  });

  it('state enqueue is visible to the API', async () => {
    mock.state.meetings.enqueue(DEVICE.akutRoom, {
      subject: 'Prepared by the test',
      startTime: '2026-12-07T10:00:00+01:00',
      endTime: '2026-12-07T10:30:00+01:00',
    });
    const response = await api(`/devices/v1/devices/${DEVICE.akutRoom}/meetings/next`, {
      method: 'POST',
      token: regionAdmin,
    });
    expect((await response.json()).subject).toBe('Prepared by the test');
  });
});
