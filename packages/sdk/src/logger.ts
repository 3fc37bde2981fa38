/** Structured fields of a log event. The SDK never puts headers, tokens or secrets in them. */
export type VdxLogFields = Record<string, string | number | boolean | undefined>;

/**
 * A logger for SDK events; every method is optional, so `console` and a plain object with
 * only `debug` all fit.
 *
 * Levels: `debug` for each request and response (method, path, status, ms, request id), `info`
 * for token renewals after a rejected token or refresh token, `warn` for requests that failed
 * without a response.
 */
export interface VdxLogger {
  debug?(message: string, fields: VdxLogFields): void;
  info?(message: string, fields: VdxLogFields): void;
  warn?(message: string, fields: VdxLogFields): void;
  error?(message: string, fields: VdxLogFields): void;
}
