/** Start-time ranges of the meeting search and AppointmentSearch: a reversed range is a 400. */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, readError, tokenFor, useMockServer } from './support.js';

useMockServer();

const LATER = '2028-01-01T00:00:00Z';
const EARLIER = '2026-01-01T00:00:00Z';

let token: string;

beforeAll(async () => {
  token = await tokenFor('demo-region-admin');
});

describe('start-time range', () => {
  it('meeting search rejects a reversed range', async () => {
    const query = new URLSearchParams({ 'from-start-time': LATER, 'to-start-time': EARLIER });
    const response = await api(`/videoapi/v2/meetings?${query}`, { token });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1006);
    expect(error.message).toBe(
      `/to-start-time: ${EARLIER} is before from-start-time ${LATER}; send a from-start-time that is not after to-start-time.`,
    );
  });

  it('meeting search accepts equal ends', async () => {
    const query = new URLSearchParams({ 'from-start-time': LATER, 'to-start-time': LATER });
    const response = await api(`/videoapi/v2/meetings?${query}`, { token });
    expect(response.status).toBe(200);
  });

  it('appointment search rejects a reversed range', async () => {
    const query = new URLSearchParams({ fromStartTime: LATER, toStartTime: EARLIER });
    const response = await api(`/appointments/v1/appointments?${query}`, { token });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe(1006);
    expect(error.message).toBe(
      `/toStartTime: ${EARLIER} is before fromStartTime ${LATER}; send a fromStartTime that is not after toStartTime.`,
    );
  });

  it('appointment search accepts a forward range', async () => {
    const query = new URLSearchParams({ fromStartTime: EARLIER, toStartTime: LATER });
    const response = await api(`/appointments/v1/appointments?${query}`, { token });
    expect(response.status).toBe(200);
  });
});
