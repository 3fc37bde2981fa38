import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  signWebhookPayload,
  VdxError,
  VdxWebhookError,
  type VdxWebhookEvent,
  verifyWebhook,
} from '../src/index.js';

const SECRET = 'whsec-test-0123456789abcdef';
const NOW = new Date('2026-12-04T09:16:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const EVENT = {
  id: '3c9a1e70-5b2d-4f8e-a1c4-7d6b9e0f2a13',
  type: 'device.meeting.enqueued',
  occurredAt: '2026-12-04T09:16:00Z',
  organisationCode: 'hospital-demo',
  data: {
    deviceId: '6f1c2a7e-4d1b-4a57-9a43-2c8b5e0d9f11',
    deviceOrganisationCode: 'dept-emergency',
    itemId: '0b7d3c52-8f0e-4a1c-b6e2-91f4d2a8c3e7',
    enqueuedTime: '2026-12-04T09:16:00Z',
    startTime: '2026-12-07T10:00:00+01:00',
    endTime: '2026-12-07T10:30:00+01:00',
  },
};
const BODY = JSON.stringify(EVENT);

/** Signs with node:crypto, independently of the code under test. */
function nodeSignature(body: string, timestamp: number, secret = SECRET): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

async function rejection(promise: Promise<unknown>): Promise<VdxWebhookError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VdxWebhookError);
  return error as VdxWebhookError;
}

describe('verifyWebhook', () => {
  it('returns the typed event for a valid signature', async () => {
    const headers = { 'VDX-Signature': nodeSignature(BODY, T) };
    const event: VdxWebhookEvent = await verifyWebhook(BODY, headers, SECRET, { now: NOW });
    expect(event).toEqual(EVENT);
    if (event.type !== 'device.meeting.enqueued') throw new Error('wrong type');
    expect(event.data.startTime).toBe('2026-12-07T10:00:00+01:00');
  });

  it('accepts bytes and Fetch API headers', async () => {
    const headers = new Headers({ 'vdx-signature': nodeSignature(BODY, T) });
    const event = await verifyWebhook(new TextEncoder().encode(BODY), headers, SECRET, {
      now: NOW.getTime(),
    });
    expect(event.id).toBe(EVENT.id);
  });

  it('rejects a tampered body', async () => {
    const headers = { 'vdx-signature': nodeSignature(BODY, T) };
    const tampered = BODY.replace('hospital-demo', 'kommune-demo');
    const error = await rejection(verifyWebhook(tampered, headers, SECRET, { now: NOW }));
    expect(error.reason).toBe('bad_signature');
    expect(error.message).toBe(
      'No signature in VDX-Signature matches the body: check the webhook secret, and pass the raw body bytes as received.',
    );
  });

  it('rejects the wrong secret', async () => {
    const headers = { 'vdx-signature': nodeSignature(BODY, T, 'another-secret-0123456') };
    const error = await rejection(verifyWebhook(BODY, headers, SECRET, { now: NOW }));
    expect(error.reason).toBe('bad_signature');
  });

  it('rejects a stale timestamp', async () => {
    const headers = { 'vdx-signature': nodeSignature(BODY, T - 301) };
    const error = await rejection(verifyWebhook(BODY, headers, SECRET, { now: NOW }));
    expect(error.reason).toBe('timestamp_too_old');
    expect(error.message).toBe(
      `The signature's timestamp ${T - 301} is 301 s old, more than the 300 s allowed: the request may be a replay, or a clock is wrong.`,
    );
  });

  it('accepts a timestamp at the tolerance edge', async () => {
    const headers = { 'vdx-signature': nodeSignature(BODY, T - 300) };
    await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW })).resolves.toEqual(EVENT);
  });

  it('rejects a timestamp in the future', async () => {
    const headers = { 'vdx-signature': nodeSignature(BODY, T + 61) };
    const options = { now: NOW, toleranceSeconds: 60 };
    const error = await rejection(verifyWebhook(BODY, headers, SECRET, options));
    expect(error.reason).toBe('timestamp_in_future');
    expect(error.message).toBe(
      `The signature's timestamp ${T + 61} is 61 s in the future, more than the 60 s allowed: check the receiver's clock.`,
    );
  });

  it('rejects a request without the signature header', async () => {
    const error = await rejection(verifyWebhook(BODY, { 'vdx-event-id': EVENT.id }, SECRET));
    expect(error.reason).toBe('missing_header');
    expect(error.message).toBe(
      'The request has no VDX-Signature header; it did not come from VDX or a proxy removed the header.',
    );
  });

  it.each([
    ['v1=abc'],
    ['t=1796375760'],
    ['t=now,v1=01a597c8412f22a3c230318c52f99d38108c30efe8f78f3ff1b087a766a8722e'],
    ['t=1796375760,v1=01A597C8'],
  ])('rejects the malformed header %s', async (header) => {
    const error = await rejection(verifyWebhook(BODY, { 'VDX-Signature': header }, SECRET));
    expect(error.reason).toBe('malformed_signature');
    expect(error.message).toBe(
      `VDX-Signature must look like t=<unix seconds>,v1=<64 lowercase hex digits>; got "${header}".`,
    );
  });

  it('rejects a parsed body and says to pass the raw one', async () => {
    const headers = { 'vdx-signature': nodeSignature(BODY, T) };
    const parsed = JSON.parse(BODY) as unknown as string;
    const error = await rejection(verifyWebhook(parsed, headers, SECRET, { now: NOW }));
    expect(error.reason).toBe('parsed_body');
    expect(error.message).toBe(
      'The body is an object, not the raw request body: pass the string or bytes as received, before JSON parsing (for example express.raw() or await request.text()).',
    );
  });

  it('is a VdxError', async () => {
    const error = await rejection(verifyWebhook(BODY, {}, SECRET));
    expect(error).toBeInstanceOf(VdxError);
    expect(error.name).toBe('VdxWebhookError');
  });

  it('rejects an empty secret as an argument error', async () => {
    await expect(verifyWebhook(BODY, {}, '')).rejects.toThrow(
      'secret must be the webhook secret as a non-empty string.',
    );
  });
});

describe('signWebhookPayload', () => {
  it('matches an HMAC computed with node:crypto', async () => {
    expect(await signWebhookPayload(BODY, SECRET, T)).toBe(nodeSignature(BODY, T));
  });

  it('takes a Date and round-trips through verifyWebhook', async () => {
    const signature = await signWebhookPayload(BODY, SECRET, NOW);
    const headers = { 'VDX-Signature': [signature] };
    await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW })).resolves.toEqual(EVENT);
  });
});
