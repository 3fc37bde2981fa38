/**
 * Names and subjects that are white space only: the mock rejects them with the reference
 * server's message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, DEVICE, readError, tokenFor, useMockServer } from './support.js';

useMockServer();

const START = '2026-12-07T10:00:00+01:00';
const END = '2026-12-07T10:30:00+01:00';

/** White space only: spaces, tab and line feed, no-break space, ideographic space. */
const BLANKS = [' ', '\t\n', '\u00a0', '\u3000'];

let regionAdmin: string;

beforeAll(async () => {
  regionAdmin = await tokenFor('demo-region-admin');
});

/** Creates a VideoAPI meeting and returns its uuid. */
async function createMeeting(): Promise<string> {
  const response = await api('/videoapi/v2/meetings', {
    method: 'POST',
    token: regionAdmin,
    json: { subject: 'Ward round', startTime: START, endTime: END },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { uuid: string }).uuid;
}

/** The requests that carry a name or subject, with the blank value put in. */
const REQUESTS = [
  {
    operation: 'createDevice',
    method: 'POST',
    path: async () => '/devices/v1/devices',
    body: (blank: string) => ({ name: blank, organisationCode: 'dept-emergency' }),
    field: '/name',
  },
  {
    operation: 'updateDevice',
    method: 'PATCH',
    path: async () => `/devices/v1/devices/${DEVICE.akutRoom}`,
    body: (blank: string) => ({ name: blank }),
    field: '/name',
  },
  {
    operation: 'enqueueMeeting',
    method: 'POST',
    path: async () => `/devices/v1/devices/${DEVICE.akutRoom}/meetings`,
    body: (blank: string) => ({ subject: blank, startTime: START, endTime: END }),
    field: '/subject',
  },
  {
    operation: 'enqueueMessage',
    method: 'POST',
    path: async () => `/devices/v1/devices/${DEVICE.akutRoom}/messages`,
    body: (blank: string) => ({ subject: blank, body: 'Please come to room 3.' }),
    field: '/subject',
  },
  {
    operation: 'createMeeting',
    method: 'POST',
    path: async () => '/videoapi/v2/meetings',
    body: (blank: string) => ({ subject: blank, startTime: START, endTime: END }),
    field: '/subject',
  },
  {
    operation: 'updateMeeting',
    method: 'PUT',
    path: async () => `/videoapi/v2/meetings/${await createMeeting()}`,
    body: (blank: string) => ({ subject: blank, startTime: START, endTime: END }),
    field: '/subject',
  },
  {
    operation: 'patchMeeting',
    method: 'PATCH',
    path: async () => `/videoapi/v2/meetings/${await createMeeting()}`,
    body: (blank: string) => ({ subject: blank }),
    field: '/subject',
  },
];

describe('white-space-only names', () => {
  for (const request of REQUESTS) {
    it(`${request.operation} rejects them with 400`, async () => {
      const path = await request.path();
      for (const blank of BLANKS) {
        const response = await api(path, {
          method: request.method,
          token: regionAdmin,
          json: request.body(blank),
        });

        expect(response.status, JSON.stringify(blank)).toBe(400);
        const error = await readError(response);
        expect(error.code).toBe(1001);
        expect(error.message).toBe(
          `${request.field}: must contain a character other than white space`,
        );
      }
    });
  }

  it('createDevice accepts white space around text', async () => {
    const response = await api('/devices/v1/devices', {
      method: 'POST',
      token: regionAdmin,
      json: { name: ' Room 3 ', organisationCode: 'dept-emergency' },
    });

    expect(response.status).toBe(201);
    expect(((await response.json()) as { name: string }).name).toBe(' Room 3 ');
  });
});
