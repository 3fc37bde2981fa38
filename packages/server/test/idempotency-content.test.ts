import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { IdempotencyService } from '../src/services/idempotency-service.js';
import { send, startDemoServer, tokenFor } from './helpers.js';

let server: RunningServer;
let region: string;

beforeAll(async () => {
  server = await startDemoServer();
  region = await tokenFor(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

/** Creates a fresh device in the emergency department, so each test owns its queue. */
async function newDevice(): Promise<string> {
  const reply = await send(server, 'POST', '/devices/v1/devices', {
    token: region,
    json: { name: 'Idempotency device', organisationCode: 'dept-emergency', kind: 'tablet' },
  });
  return reply.body.id;
}

const meetingsOf = (id: string) => `/devices/v1/devices/${id}/meetings`;

/** Posts a raw JSON text to a device's meeting queue with an Idempotency-Key. */
function enqueueText(id: string, text: string, key: string) {
  return send(server, 'POST', meetingsOf(id), {
    token: region,
    body: text,
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
  });
}

describe('Idempotency-Key fingerprint', () => {
  it('replays a repeat with reordered keys', async () => {
    const id = await newDevice();
    const first = await enqueueText(
      id,
      '{"subject":"Ward round","startTime":"2026-12-07T10:00:00+01:00","endTime":"2026-12-07T10:30:00+01:00"}',
      'reordered-1',
    );
    const repeat = await enqueueText(
      id,
      '{ "endTime": "2026-12-07T10:30:00+01:00",\n  "startTime": "2026-12-07T10:00:00+01:00", "subject": "Ward round" }',
      'reordered-1',
    );

    expect(first.status).toBe(201);
    expect(repeat.status).toBe(201);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect(repeat.body).toEqual(first.body);
    const list = await send(server, 'GET', meetingsOf(id), { token: region });
    expect(list.body.items).toHaveLength(1);
  });

  it('replays a repeat with escaped characters', async () => {
    const id = await newDevice();
    const times = '"startTime":"2026-12-07T10:00:00+01:00","endTime":"2026-12-07T10:30:00+01:00"';
    await enqueueText(id, `{"subject":"Stue \u00e6",${times}}`, 'escaped-1');
    const repeat = await enqueueText(id, `{"subject":"Stue \\u00e6",${times}}`, 'escaped-1');

    expect(repeat.status).toBe(201);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
  });

  it('rejects a repeat with other content', async () => {
    const id = await newDevice();
    const times = '"startTime":"2026-12-07T10:00:00+01:00","endTime":"2026-12-07T10:30:00+01:00"';
    await enqueueText(id, `{"subject":"One",${times}}`, 'changed-1');
    const other = await enqueueText(id, `{${times},"subject":"Two"}`, 'changed-1');

    expect(other.status).toBe(409);
    expect(other.body.detailed_error_code).toBe(5002);
    expect(other.body.detailed_error).toBe(
      'Idempotency-Key changed-1 was already used for a different request.',
    );
  });
});

describe('IdempotencyService.fingerprint', () => {
  const fingerprint = (body: string) => IdempotencyService.fingerprint('POST', '/x', body);

  it('ignores key order in nested objects', () => {
    expect(fingerprint('{"a":{"x":1,"y":[{"p":1,"q":2}]},"b":2}')).toBe(
      fingerprint('{"b":2,"a":{"y":[{"q":2,"p":1}],"x":1}}'),
    );
  });

  it('keeps array order significant', () => {
    expect(fingerprint('{"a":[1,2]}')).not.toBe(fingerprint('{"a":[2,1]}'));
  });

  it('tells a string from a number', () => {
    expect(fingerprint('{"a":"1"}')).not.toBe(fingerprint('{"a":1}'));
  });

  it('tells an empty body from an empty object', () => {
    expect(fingerprint('')).not.toBe(fingerprint('{}'));
  });

  it('keeps a __proto__ key as content', () => {
    expect(fingerprint('{"__proto__":{"a":1}}')).not.toBe(fingerprint('{}'));
  });

  it('compares text that is not JSON byte by byte', () => {
    expect(fingerprint('a=1&b=2')).not.toBe(fingerprint('b=2&a=1'));
    expect(fingerprint('{not json')).toBe(fingerprint('{not json'));
  });
});

describe('Idempotency-Key header', () => {
  it('rejects an empty key with 400', async () => {
    const id = await newDevice();
    const reply = await enqueueText(
      id,
      '{"subject":"x","startTime":"2026-12-07T10:00:00+01:00","endTime":"2026-12-07T10:30:00+01:00"}',
      '',
    );

    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1007);
    expect(reply.body.detailed_error).toBe(
      '/Idempotency-Key: must NOT have fewer than 1 characters (got "")',
    );
    const list = await send(server, 'GET', meetingsOf(id), { token: region });
    expect(list.body.items).toHaveLength(0);
  });

  it('rejects an empty key on a bodiless operation', async () => {
    const id = await newDevice();
    const reply = await send(server, 'POST', `/devices/v1/devices/${id}/password`, {
      token: region,
      headers: { 'idempotency-key': '' },
    });

    expect(reply.status).toBe(400);
    expect(reply.body.detailed_error_code).toBe(1007);
  });
});
