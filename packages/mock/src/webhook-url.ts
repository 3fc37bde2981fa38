/**
 * The checks of a webhook URL that the spec's pattern cannot express, with the reference
 * server's messages.
 */
import { invalidBody } from './problems.js';

const BLOCKED_TEXT =
  'link-local (169.254.0.0/16, fe80::/10, fd00:ec2::254) or unspecified (0.0.0.0/8, ::)';

/** Replaces the `user:password@` part of every URL in `text`, so messages never echo it. */
function redactUserInfo(text: string): string {
  return text.replace(/(\/\/)[^/?#@\s"]*@/g, '$1[redacted]@');
}

function isBlockedIpv4(address: string): boolean {
  const octets = address.split('.').map(Number);
  return octets[0] === 0 || (octets[0] === 169 && octets[1] === 254);
}

/** Returns the IPv4 address of an IPv4-mapped IPv6 address such as `::ffff:a9fe:a9fe`. */
function mappedIpv4(address: string): string | undefined {
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (!match?.[1] || !match[2]) return undefined;
  const high = Number.parseInt(match[1], 16);
  const low = Number.parseInt(match[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * Returns whether a host as the WHATWG URL parser normalises it (dotted IPv4, or compressed
 * lower-case IPv6 in brackets) lies in a blocked range. The mock does not block host names,
 * because the reference server checks them only after resolving them at delivery.
 */
function blockedAddress(hostname: string): string | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(hostname)) {
    return isBlockedIpv4(hostname) ? hostname : undefined;
  }
  if (!hostname.startsWith('[')) return undefined;
  const address = hostname.slice(1, -1);
  const mapped = mappedIpv4(address);
  if (mapped !== undefined) return isBlockedIpv4(mapped) ? address : undefined;
  const linkLocal = /^fe[89ab][0-9a-f]:/.test(address);
  return linkLocal || address === '::' || address === 'fd00:ec2::254' ? address : undefined;
}

/**
 * Checks that a webhook URL parses as an absolute http or https URL without user info or
 * fragment, whose host is not a link-local or unspecified address.
 *
 * @throws {ApiProblem} 400 with 1001 naming `/url`; the message never echoes user info.
 */
export function checkWebhookUrl(value: string): void {
  const shown = JSON.stringify(redactUserInfo(value));
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url) {
    throw invalidBody('/url', `must be an absolute http or https URL (got ${shown})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidBody('/url', `must be an http or https URL (got ${shown})`);
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') {
    throw invalidBody('/url', `must not contain user info or a fragment (got ${shown})`);
  }
  const blocked = blockedAddress(url.hostname);
  if (blocked !== undefined) {
    throw invalidBody(
      '/url',
      `must not target a link-local or unspecified address, but its host ${blocked} is a ${BLOCKED_TEXT} address (got ${shown}). Use a loopback, private or public address.`,
    );
  }
}
