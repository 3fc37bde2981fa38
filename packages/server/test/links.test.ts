import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { DEMO_DEVICE, send, startDemoServer, tokenFor } from './helpers.js';
import { createMeeting, type Meeting, meetingBody } from './meetings-helpers.js';

const HOSTILE = `<script>alert("x")</script>'&`;
const HOSTILE_ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;';

let server: RunningServer;
let kommune: string;
let region: string;

beforeAll(async () => {
  // With response validation on, a page that the middleware mistook for an operation would
  // become a 500 with code 9001.
  server = await startDemoServer({ validateResponses: true });
  kommune = await tokenFor(server, 'demo-kommune-admin');
  region = await tokenFor(server, 'demo-region-admin');
});

afterAll(async () => {
  await server.close();
});

/** Fetches a page without following redirects and reads its body as text. */
async function fetchPage(url: string, method = 'GET') {
  const response = await fetch(url, { method, redirect: 'manual' });
  return { response, text: await response.text() };
}

/** Checks the headers that every HTML page carries, including the hash of its only stylesheet. */
function expectPageHeaders(response: Response, text: string): void {
  expect(response.headers.get('content-type')).toBe('text/html; charset=UTF-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const style = /<style>(.*)<\/style>/.exec(text)?.[1] ?? '';
  const hash = createHash('sha256').update(style).digest('base64');
  expect(response.headers.get('content-security-policy')).toBe(
    `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  expect(text).not.toContain('<script');
  expect(text).not.toContain('http://');
  expect(text).not.toContain('https://');
}

describe('meeting short link', () => {
  let meeting: Meeting;

  beforeAll(async () => {
    meeting = await createMeeting(server, kommune, meetingBody('Short link check'));
  });

  it('redirects to the portal link', async () => {
    expect(meeting.shortLink).toBe(`${server.url}/m/${meeting.shortId}`);
    const { response } = await fetchPage(meeting.shortLink);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(meeting.portalLink);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('ends on the portal page naming the room', async () => {
    const response = await fetch(meeting.shortLink);
    const text = await response.text();
    expect(response.url).toBe(meeting.portalLink);
    expect(response.status).toBe(200);
    expectPageHeaders(response, text);
    expect(text).toContain('VDX portal stand-in');
    expect(text).toContain('served by the VDX reference server in place of the VDX');
    expect(text).toContain(`Room address: <code>${meeting.uriWithDomain}</code>`);
    expect(text).toContain('The link contains a guest PIN');
    expect(text).not.toContain(String(meeting.guestPin));
  });

  it('follows a changed guest PIN', async () => {
    const created = await createMeeting(server, kommune, meetingBody('PIN change', {}, 11));
    const update = await send(server, 'PATCH', `/videoapi/v2/meetings/${created.uuid}`, {
      token: kommune,
      json: { guestPin: 246801, hostPin: 135790 },
    });
    expect(update.status).toBe(200);
    expect(update.body.portalLink).toContain('pin=246801');

    const { response } = await fetchPage(created.shortLink);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(update.body.portalLink);
  });

  it('answers HEAD like GET without a body', async () => {
    const { response, text } = await fetchPage(meeting.shortLink, 'HEAD');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(meeting.portalLink);
    expect(text).toBe('');
  });

  it('returns a 404 page for an unknown short id', async () => {
    const { response, text } = await fetchPage(`${server.url}/m/zzzzzzzzzzzz`);
    expect(response.status).toBe(404);
    expectPageHeaders(response, text);
    expect(text).toContain('No meeting has the short id <code>zzzzzzzzzzzz</code>.');
  });

  it('returns a 404 page after the meeting is deleted', async () => {
    const deleted = await createMeeting(server, kommune, meetingBody('Deleted link', {}, 12));
    const reply = await send(server, 'DELETE', `/videoapi/v2/meetings/${deleted.uuid}`, {
      token: kommune,
    });
    expect(reply.status).toBe(204);

    const { response, text } = await fetchPage(deleted.shortLink);
    expect(response.status).toBe(404);
    expect(text).toContain(`No meeting has the short id <code>${deleted.shortId}</code>.`);
  });

  it('escapes a hostile short id', async () => {
    const { response, text } = await fetchPage(`${server.url}/m/${encodeURIComponent(HOSTILE)}`);
    expect(response.status).toBe(404);
    expectPageHeaders(response, text);
    expect(text).toContain(`<code>${HOSTILE_ESCAPED}</code>`);
  });

  it('rejects POST with 405 and Allow', async () => {
    const reply = await send(server, 'POST', `/m/${meeting.shortId}`);
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('GET, HEAD');
    expect(reply.body.detailed_error_code).toBe(4005);
    expect(reply.body.detailed_error).toBe(
      `POST is not allowed on /m/${meeting.shortId}; use GET, HEAD.`,
    );
  });
});

describe('portal stand-in page', () => {
  it('escapes a hostile room address', async () => {
    const query = new URLSearchParams({ url: HOSTILE, pin: '123456' });
    const { response, text } = await fetchPage(`${server.url}/portal/?${query}`);
    expect(response.status).toBe(200);
    expectPageHeaders(response, text);
    expect(text).toContain(`Room address: <code>${HOSTILE_ESCAPED}</code>`);
    expect(text).not.toContain('<script>alert');
  });

  it('says when the link has no PIN', async () => {
    const { response, text } = await fetchPage(`${server.url}/portal/?url=1234567%40room.test`);
    expect(response.status).toBe(200);
    expect(text).toContain('Room address: <code>1234567@room.test</code>');
    expect(text).toContain('The link contains no guest PIN.');
  });

  it('returns 400 without a room address', async () => {
    const { response, text } = await fetchPage(`${server.url}/portal/?pin=123456`);
    expect(response.status).toBe(400);
    expectPageHeaders(response, text);
    expect(text).toContain('The link has no <code>url</code> query parameter');
  });
});

describe('device one-click login page', () => {
  it('explains the link and leaves the code unspent', async () => {
    const created = await send(
      server,
      'POST',
      `/devices/v1/devices/${DEMO_DEVICE.hospitalRoom}/login-links`,
      { token: region, json: { expiresInSeconds: 600 } },
    );
    expect(created.status).toBe(201);
    const { code, url } = created.body as { code: string; url: string };
    expect(url).toBe(`${server.url}/devices/v1/login/one-click#code=${code}`);

    // fetch drops the fragment, as browsers do, so the server never receives the code.
    const { response, text } = await fetchPage(url);
    expect(response.status).toBe(200);
    expectPageHeaders(response, text);
    expect(text).toContain('Device one-click login');
    expect(text).toContain('<code>POST</code> to this same path');
    expect(text).not.toContain(code);

    const login = await send(server, 'POST', '/devices/v1/login/one-click', { json: { code } });
    expect(login.status).toBe(200);
    expect(typeof login.body.access_token).toBe('string');
  });

  it('keeps the JSON errors of the POST operation', async () => {
    const reply = await send(server, 'POST', '/devices/v1/login/one-click', {
      json: { code: 'not-a-known-code' },
    });
    expect(reply.status).toBe(401);
    expect(reply.body.detailed_error_code).toBe(2005);
    expect(reply.body.detailed_error).toBe(
      'The one-click code is unknown. Create a new login link.',
    );
  });
});
