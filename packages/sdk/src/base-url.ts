import { VdxError } from './errors.js';

/**
 * Parses a base URL option and returns it without a trailing slash.
 *
 * @throws {VdxError} when the value is not an absolute http or https URL.
 */
export function parseBaseUrl(value: unknown, name = 'baseUrl'): URL {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new VdxError(
      `${name} must be an absolute http or https URL such as http://127.0.0.1:8787; got ${JSON.stringify(value)}.`,
    );
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** Returns the URL as a string without a trailing slash, for joining with API paths. */
export function withoutTrailingSlash(url: URL): string {
  return url.href.replace(/\/+$/, '');
}
