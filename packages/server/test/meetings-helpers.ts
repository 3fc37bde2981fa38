import type { components } from '@vdx/sdk/types';
import type { RunningServer } from '../src/index.js';
import { type Reply, send } from './helpers.js';

/** A VideoAPI meeting as the server returns it. */
export type Meeting = components['schemas']['Meeting'];

/** Demo users by organisation, from `@vdx/sdk/demo`. */
export const DEMO_USER = {
  region: 'mette.holm@region-demo.example',
  hospital: 'anders.kjaer@hospital-demo.example',
  kommune: 'lene.dahl@kommune-demo.example',
  centre: 'peter.skov@centre-nord.example',
  supplier: 'karsten.bach@supplier-demo.example',
  agency: 'thomas.krogh@agency-demo.example',
} as const;

/** The service-account e-mail of each demo client, as its tokens carry it. */
export const CLIENT_EMAIL = {
  'demo-region-admin': 'integration@region-demo.example',
  'demo-kommune-admin': 'integration@kommune-demo.example',
  'demo-centre-planner': 'booking@centre-nord.example',
  'demo-supplier': 'integration@supplier-demo.example',
  'demo-agency': 'integration@agency-demo.example',
} as const;

/** Returns a valid meeting body with a start on 7 December 2026 plus `hour` hours. */
export function meetingBody(subject: string, extra: Record<string, unknown> = {}, hour = 10) {
  const pad = String(hour).padStart(2, '0');
  return {
    subject,
    startTime: `2026-12-07T${pad}:00:00+01:00`,
    endTime: `2026-12-07T${pad}:45:00+01:00`,
    ...extra,
  };
}

/** Creates a meeting and fails the test with the error body when the server rejects it. */
export async function createMeeting(
  server: RunningServer,
  token: string,
  body: object,
): Promise<Meeting> {
  const reply = await send(server, 'POST', '/videoapi/v2/meetings', { token, json: body });
  if (reply.status !== 200) {
    throw new Error(`Creating a meeting failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

/** Takes the caller's appointment log. */
export function takeLog(server: RunningServer, token: string, query = ''): Promise<Reply> {
  return send(server, 'POST', `/appointments/v1/appointment-log/next${query}`, { token });
}

/** Returns an `ORGANISATION` participant to invite. */
export function organisation(code: string, role: 'GUEST' | 'HOST' = 'GUEST') {
  return { type: 'ORGANISATION', externalId: code, role };
}
