import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { meeting, send, startDemoServer, tokenFor } from './helpers.js';
import { createMeeting, meetingBody } from './meetings-helpers.js';

let server: RunningServer;
let region: string;
let deviceId: string;
let meetingUuid: string;

beforeAll(async () => {
  server = await startDemoServer();
  region = await tokenFor(server, 'demo-region-admin');
  const device = await send(server, 'POST', '/devices/v1/devices', {
    token: region,
    json: { name: 'Blank names device', organisationCode: 'dept-emergency' },
  });
  deviceId = device.body.id;
  meetingUuid = (await createMeeting(server, region, meetingBody('Blank names meeting'))).uuid;
});

afterAll(async () => {
  await server.close();
});

/** White space only: spaces, tab and line feed, no-break space, ideographic space. */
const BLANKS = [' ', '   ', '\t\n', '\u00a0', '\u3000'];

/** The requests that carry a name or subject, with the blank value put in. */
const REQUESTS = [
  {
    operation: 'createDevice',
    method: 'POST',
    path: () => '/devices/v1/devices',
    body: (blank: string) => ({ name: blank, organisationCode: 'dept-emergency' }),
    field: '/name',
  },
  {
    operation: 'updateDevice',
    method: 'PATCH',
    path: () => `/devices/v1/devices/${deviceId}`,
    body: (blank: string) => ({ name: blank }),
    field: '/name',
  },
  {
    operation: 'enqueueMeeting',
    method: 'POST',
    path: () => `/devices/v1/devices/${deviceId}/meetings`,
    body: (blank: string) => meeting(blank),
    field: '/subject',
  },
  {
    operation: 'enqueueMessage',
    method: 'POST',
    path: () => `/devices/v1/devices/${deviceId}/messages`,
    body: (blank: string) => ({ subject: blank, body: 'Please come to room 3.' }),
    field: '/subject',
  },
  {
    operation: 'createMeeting',
    method: 'POST',
    path: () => '/videoapi/v2/meetings',
    body: (blank: string) => meetingBody(blank),
    field: '/subject',
  },
  {
    operation: 'updateMeeting',
    method: 'PUT',
    path: () => `/videoapi/v2/meetings/${meetingUuid}`,
    body: (blank: string) => meetingBody(blank),
    field: '/subject',
  },
  {
    operation: 'patchMeeting',
    method: 'PATCH',
    path: () => `/videoapi/v2/meetings/${meetingUuid}`,
    body: (blank: string) => ({ subject: blank }),
    field: '/subject',
  },
];

describe('white-space-only names', () => {
  for (const request of REQUESTS) {
    it(`${request.operation} rejects them with 400`, async () => {
      for (const blank of BLANKS) {
        const reply = await send(server, request.method, request.path(), {
          token: region,
          json: request.body(blank),
        });

        expect(reply.status, JSON.stringify(blank)).toBe(400);
        expect(reply.body.detailed_error_code).toBe(1001);
        expect(reply.body.detailed_error).toBe(
          `${request.field}: must contain a character other than white space (got ${JSON.stringify(blank)})`,
        );
      }
    });
  }

  it('keeps the stored names unchanged', async () => {
    const device = await send(server, 'GET', `/devices/v1/devices/${deviceId}`, { token: region });
    const stored = await send(server, 'GET', `/videoapi/v2/meetings/${meetingUuid}`, {
      token: region,
    });
    const queue = await send(server, 'GET', `/devices/v1/devices/${deviceId}/meetings`, {
      token: region,
    });

    expect(device.body.name).toBe('Blank names device');
    expect(stored.body.subject).toBe('Blank names meeting');
    expect(queue.body.items).toHaveLength(0);
  });
});

describe('names with white space around text', () => {
  it('createDevice accepts them', async () => {
    const reply = await send(server, 'POST', '/devices/v1/devices', {
      token: region,
      json: { name: ' Room 3 ', organisationCode: 'dept-emergency' },
    });

    expect(reply.status).toBe(201);
    expect(reply.body.name).toBe(' Room 3 ');
  });

  it('enqueueMessage accepts them', async () => {
    const reply = await send(server, 'POST', `/devices/v1/devices/${deviceId}/messages`, {
      token: region,
      json: { subject: '\tRoom change', body: 'Please come to room 3.' },
    });

    expect(reply.status).toBe(201);
    expect(reply.body.subject).toBe('\tRoom change');
  });
});
