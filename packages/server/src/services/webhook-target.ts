import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Resolves a host name to its IP addresses, as `dns.lookup` with `all: true` does. */
export type HostLookup = (hostname: string) => Promise<string[]>;

/**
 * Address ranges that a webhook may not target: link-local addresses, which include cloud
 * metadata services such as 169.254.169.254 and fd00:ec2::254, and unspecified addresses.
 * Loopback and private ranges stay allowed for local development.
 */
const BLOCKED_RANGES: readonly { network: string; prefix: number; family: 'ipv4' | 'ipv6' }[] = [
  { network: '169.254.0.0', prefix: 16, family: 'ipv4' },
  { network: '0.0.0.0', prefix: 8, family: 'ipv4' },
  { network: 'fe80::', prefix: 10, family: 'ipv6' },
  { network: 'fd00:ec2::254', prefix: 128, family: 'ipv6' },
  { network: '::', prefix: 128, family: 'ipv6' },
];

const blockList = new BlockList();
for (const range of BLOCKED_RANGES) blockList.addSubnet(range.network, range.prefix, range.family);

/** The blocked ranges as text, for error messages. */
const BLOCKED_TEXT =
  'link-local (169.254.0.0/16, fe80::/10, fd00:ec2::254) or unspecified (0.0.0.0/8, ::)';

/**
 * Returns whether `address`, an IP address without brackets, lies in a blocked range. An
 * IPv4-mapped IPv6 address such as `::ffff:169.254.169.254` counts as its IPv4 address, as
 * `BlockList` matches it against the IPv4 rules.
 */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return blockList.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Returns the host of a parsed URL as an IP address without brackets, or undefined for a name. */
function literalAddress(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) === 0 ? undefined : host;
}

/**
 * Returns why a webhook URL's host is not allowed, or undefined when it may be used. The WHATWG
 * URL parser has already turned numeric spellings such as `2852039166` or `0xa9fea9fe` into
 * dotted IPv4, so only the normalised host is checked. Host names are checked at delivery.
 */
export function blockedHostReason(url: URL): string | undefined {
  const address = literalAddress(url);
  if (address === undefined || !isBlockedAddress(address)) return undefined;
  return `its host ${address} is a ${BLOCKED_TEXT} address`;
}

/**
 * Resolves the host of a webhook URL and returns why the attempt must not be sent, or undefined
 * when every address is allowed.
 *
 * NOTE: fetch resolves the name again when it connects, so a DNS server that answers
 * differently the second time can still reach a blocked address. Pinning the checked address
 * needs a custom connector (undici's `connect.lookup`), which this package does not depend on.
 */
export async function blockedTargetReason(
  url: URL,
  resolve: HostLookup = lookupAll,
): Promise<string | undefined> {
  const literal = blockedHostReason(url);
  if (literal !== undefined) return `The webhook URL was not called: ${literal}.`;
  if (literalAddress(url) !== undefined) return undefined;
  let addresses: string[];
  try {
    addresses = await resolve(url.hostname);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The webhook host ${url.hostname} could not be resolved: ${reason}.`;
  }
  const blocked = addresses.find(isBlockedAddress);
  if (blocked === undefined) return undefined;
  return `The webhook URL was not called: its host ${url.hostname} resolves to ${blocked}, a ${BLOCKED_TEXT} address.`;
}

async function lookupAll(hostname: string): Promise<string[]> {
  const results = await lookup(hostname, { all: true, verbatim: true });
  return results.map((result) => result.address);
}

/** Replaces the `user:password@` part of every URL in `text`, so messages never echo it. */
export function redactUserInfo(text: string): string {
  return text.replace(/(\/\/)[^/?#@\s"]*@/g, '$1[redacted]@');
}
