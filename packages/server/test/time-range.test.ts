import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { send, startDemoServer, tokenFor } from './helpers.js';
import { createMeeting, meetingBody } from './meetings-helpers.js';

const LATER = '2028-01-01T00:00:00Z';
const EARLIER = '2026-01-01T00:00:00Z';
/** The start of the meeting that `meetingBody` builds with its default hour, in UTC. */
const MEETING_START = '2026-12-07T09:00:00Z';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startDemoServer();
  token = await tokenFor(server, 'demo-kommune-admin');
  await createMeeting(server, token, meetingBody('Range check'));
});

afterAll(async () => {
  await server.close();
});

function searchMeetings(from: string, to: string) {
  const query = new URLSearchParams({ 'from-start-time': from, 'to-start-time': to });
  return send(server, 'GET', `/videoapi/v2/meetings?${query}`, { token });
}

function searchAppointments(query: Record<string, string>) {
  return send(server, 'GET', `/appointments/v1/appointments?${new URLSearchParams(query)}`, {
    token,
  });
}

describe('searchMeetings start-time range', () => {
  it('rejects a reversed range with 1006', async () => {
    const reply = await searchMeetings(LATER, EARLIER);
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1006);
    expect(reply.body.detailed_error).toBe(
      `/to-start-time: ${EARLIER} is before from-start-time ${LATER}; send a from-start-time that is not after to-start-time.`,
    );
  });

  it('compares instants across offsets', async () => {
    // 00:30+01:00 is 23:30 UTC the day before, so this range runs backwards.
    const reply = await searchMeetings('2026-12-07T00:00:00Z', '2026-12-07T00:30:00+01:00');
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1006);
  });

  it('accepts equal ends and matches that instant', async () => {
    const reply = await searchMeetings(MEETING_START, MEETING_START);
    expect(reply.status).toBe(200);
    expect(reply.body.map((m: { subject: string }) => m.subject)).toEqual(['Range check']);
  });

  it('accepts a forward range', async () => {
    const reply = await searchMeetings(EARLIER, LATER);
    expect(reply.status).toBe(200);
    expect(reply.body.map((m: { subject: string }) => m.subject)).toContain('Range check');
  });
});

describe('searchAppointments start-time range', () => {
  it('rejects a reversed range with 1006', async () => {
    const reply = await searchAppointments({ fromStartTime: LATER, toStartTime: EARLIER });
    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1006);
    expect(reply.body.detailed_error).toBe(
      `/toStartTime: ${EARLIER} is before fromStartTime ${LATER}; send a fromStartTime that is not after toStartTime.`,
    );
  });

  it('accepts one end alone', async () => {
    const reply = await searchAppointments({ fromStartTime: LATER });
    expect(reply.status).toBe(200);
    expect(reply.body.items).toEqual([]);
  });

  it('accepts a forward range', async () => {
    const reply = await searchAppointments({ fromStartTime: EARLIER, toStartTime: LATER });
    expect(reply.status).toBe(200);
    const subjects = reply.body.items.map((a: { subject: string }) => a.subject);
    expect(subjects).toContain('Range check');
  });
});
