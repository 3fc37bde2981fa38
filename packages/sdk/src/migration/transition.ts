import type { TokenProvider } from '../token-provider.js';
import { explainStsCutoff, parseCutoff, STS_CUTOFF_DATE } from './sts-cutoff.js';

/** Options of `stsTransition`. */
export interface StsTransitionOptions {
  /** The OAuth token provider, such as `clientCredentials(...)`; it is always tried first. */
  oauth: TokenProvider;
  /** The caller's legacy function that returns an STS-based access token. */
  sts?: () => Promise<string>;
  /** The STS cut-off as an ISO 8601 date (midnight UTC) or timestamp; default `2026-12-01`. */
  cutoff?: string | Date;
  /** Returns the current time; default `() => new Date()`. */
  now?: () => Date;
  /** Receives a warning each time the STS token is used, and when STS fails as well. */
  onWarning: (message: string) => void;
}

/**
 * Creates a token provider for the transition from STS to OAuth: it tries OAuth first and, only
 * while the STS cut-off has not passed, falls back to the caller's STS function, calling
 * `onWarning` each time it does. From the cut-off on it never calls STS and throws the OAuth
 * error.
 *
 * NOTE: the SDK sends every token as `Authorization: Bearer <token>` over plain TLS. The legacy
 * VDX-API took STS tokens with the `Holder-of-key` scheme over mutual TLS, so the STS function
 * only helps where the API accepts its token as a Bearer token.
 *
 * @throws {TypeError} at once when `cutoff` is not a valid date.
 * @throws the OAuth provider's error from `getAccessToken()` when OAuth fails and STS is not
 *   allowed, not configured, or fails too.
 *
 * @example
 * ```ts
 * const auth = stsTransition({
 *   oauth: clientCredentials({ issuer, clientId, clientSecret }),
 *   sts: () => legacyTokenClient.getToken(),
 *   onWarning: (message) => logger.warn(message),
 * });
 * const client = createVdxClient({ baseUrl, auth });
 * ```
 */
export function stsTransition(options: StsTransitionOptions): TokenProvider {
  // Checked here, so that a wrong date fails at construction instead of on the first fallback.
  parseCutoff(options.cutoff ?? STS_CUTOFF_DATE);
  const now = options.now ?? (() => new Date());
  const { oauth, sts, onWarning } = options;

  return {
    async getAccessToken(request) {
      try {
        return await oauth.getAccessToken(request);
      } catch (oauthError) {
        const state = explainStsCutoff({ now: now(), cutoff: options.cutoff });
        if (sts === undefined || state.closed) throw oauthError;
        onWarning(
          `The OAuth token request failed, so the legacy STS token is used: ${messageOf(oauthError)} ${state.message}`,
        );
        try {
          return await sts();
        } catch (stsError) {
          onWarning(`The legacy STS token request failed as well: ${messageOf(stsError)}`);
          throw oauthError;
        }
      }
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
