import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { AppEnv } from '../app-env.js';
import type { AppContext } from '../context.js';
import { portalLink } from '../services/meeting-room.js';

/** The only stylesheet of the pages; the Content-Security-Policy allows it by its SHA-256. */
const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;' +
  'line-height:1.5}code{overflow-wrap:anywhere}';

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/**
 * Headers of every page. The policy allows no script, image, frame or form, only the inline
 * stylesheet. Pages are not stored or sent as referrer, because portal links carry a guest PIN.
 */
const PAGE_HEADERS = {
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

type PageStatus = 200 | 400 | 404;

/** Renders a complete HTML document; `html` escapes every interpolated string. */
function renderPage(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<h1>${title}</h1>
${body}
</body>
</html>
`;
}

function sendPage(
  c: Context<AppEnv>,
  status: PageStatus,
  title: string,
  body: HtmlEscapedString | Promise<HtmlEscapedString>,
) {
  return c.html(renderPage(title, body), status, PAGE_HEADERS);
}

/** `GET /m/:shortId`: redirects to the meeting's portal link, or a 404 page for an unknown id. */
function shortLinkRedirect(context: AppContext) {
  return async (c: Context<AppEnv>) => {
    const shortId = c.req.param('shortId') ?? '';
    const meeting = await context.meetingStore.getMeetingByShortId(shortId);
    if (!meeting) {
      const body = html`<p>No meeting has the short id <code>${shortId}</code>. It may have been
deleted. Check the link, or ask the meeting's organiser for a new one.</p>`;
      return sendPage(c, 404, 'Meeting not found', body);
    }
    const target = portalLink(context.config.publicUrl, meeting.uriWithDomain, meeting.guestPin);
    // The target changes when the meeting's guest PIN changes, so the redirect is not cached.
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect(target, 302);
  };
}

/** `GET /portal/`: the stand-in for the VDX portal, which shows the room address of the link. */
function portalPage(c: Context<AppEnv>) {
  const title = 'VDX portal stand-in';
  const room = c.req.query('url');
  const intro = html`<p>This page is served by the VDX reference server in place of the VDX
portal. It cannot join a meeting.</p>`;
  if (!room) {
    const body = html`${intro}
<p>The link has no <code>url</code> query parameter, so it names no meeting room. Open the
<code>portalLink</code> or <code>shortLink</code> of a meeting.</p>`;
    return sendPage(c, 400, title, body);
  }
  const pin = c.req.query('pin')
    ? html`<p>The link contains a guest PIN, which the real portal uses to admit the guest.</p>`
    : html`<p>The link contains no guest PIN.</p>`;
  const body = html`${intro}
<p>Room address: <code>${room}</code></p>
${pin}`;
  return sendPage(c, 200, title, body);
}

/** `GET /devices/v1/login/one-click`: explains how a device app uses a one-click login link. */
function oneClickLoginPage(c: Context<AppEnv>) {
  const body = html`<p>This is a one-click login link of the VDX reference server. It is meant for
a device app, not for a person in a browser.</p>
<p>The device app reads the one-time code from the link's fragment (<code>#code=…</code>), which
browsers never send to the server, and sends it as <code>{"code": "…"}</code> in a
<code>POST</code> to this same path. The response contains the device's tokens. The code works
once and only until it expires.</p>
<p>This page does not send the code.</p>`;
  return sendPage(c, 200, 'Device one-click login', body);
}

/**
 * Registers the browser pages behind the links that the API hands out: a meeting's `shortLink`
 * and `portalLink`, and a device's one-click login link. They are HTML pages outside the spec,
 * so they skip the operation middleware (authentication, body parsing, request validation). The
 * response validation passes them unchecked because no spec operation has their method and path.
 */
export function registerBrowserPages(app: Hono<AppEnv>, context: AppContext): void {
  app.get('/m/:shortId', shortLinkRedirect(context));
  app.get('/portal/', portalPage);
  app.get('/devices/v1/login/one-click', oneClickLoginPage);
}
