import { Errors } from '@oclif/core';

/** Exit codes of the `vdx` command, one per class of failure. */
export const ExitCode = {
  Ok: 0,
  Unexpected: 1,
  Usage: 2,
  Auth: 3,
  NotFound: 4,
  Conflict: 5,
  Network: 6,
  Server: 7,
  RateLimited: 8,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure as the CLI reports it: one message line, an exit code and the API's details. */
export interface Failure {
  message: string;
  exitCode: number;
  status?: number;
  code?: number;
  requestId?: string;
  oauthError?: string;
  body?: unknown;
}

/**
 * Creates an error that the CLI prints as one line and exits with `exitCode`.
 *
 * @example throw cliError('Missing base URL: pass --base-url or set VDX_BASE_URL.', ExitCode.Usage)
 */
export function cliError(message: string, exitCode: ExitCodeValue): Errors.CLIError {
  return new Errors.CLIError(message, { exit: exitCode });
}

/** Creates the error for a command that needs stored or environment credentials and has none. */
export function notLoggedInError(reason: string): Errors.CLIError {
  return cliError(
    `Not logged in: ${reason}. ` +
      'Run `vdx auth login` or set VDX_BASE_URL, VDX_CLIENT_ID and VDX_CLIENT_SECRET.',
    ExitCode.Auth,
  );
}

/** Maps an HTTP status of an API error response to the CLI's exit code. */
export function exitCodeForStatus(status: number): ExitCodeValue {
  if (status === 401 || status === 403 || status === 410) return ExitCode.Auth;
  if (status === 404) return ExitCode.NotFound;
  if (status === 409) return ExitCode.Conflict;
  if (status >= 500) return ExitCode.Server;
  if (status === 429) return ExitCode.RateLimited;
  if (status >= 400) return ExitCode.Usage;
  return ExitCode.Unexpected;
}

/**
 * Describes any thrown value as a {@link Failure}.
 *
 * SDK errors are recognised with `instanceof` after a lazy import of `@vdx/sdk`, so describing
 * a CLI error, such as a flag error, does not load the SDK.
 */
export async function describeFailure(error: unknown, commandId?: string): Promise<Failure> {
  if (error instanceof Errors.CLIError) return describeCliError(error, commandId);
  if (!(error instanceof Error)) return { message: String(error), exitCode: ExitCode.Unexpected };

  const sdkFailure = await describeSdkError(error);
  if (sdkFailure) return sdkFailure;

  const flagError = describeFlagParseError(error, commandId);
  if (flagError) return flagError;

  return { message: oneLine(error.message) || error.name, exitCode: ExitCode.Unexpected };
}

function describeCliError(error: Errors.CLIError, commandId?: string): Failure {
  const exitCode = error.oclif?.exit ?? ExitCode.Usage;
  const message = oneLine(error.message);
  const fromParser = /see more help with --help/i.test(error.message);
  if (exitCode === ExitCode.Usage && commandId && fromParser) {
    return { message: withHelpHint(message, commandId), exitCode };
  }
  return { message, exitCode };
}

/** Flag parsers that throw a plain `Error` get a "Parsing --flag" prefix from oclif. */
function describeFlagParseError(error: Error, commandId?: string): Failure | undefined {
  if (!/^Parsing --/.test(error.message)) return undefined;
  const message = oneLine(error.message);
  return {
    message: commandId ? withHelpHint(message, commandId) : message,
    exitCode: ExitCode.Usage,
  };
}

/** Ends the message with a sentence that points to the command's help. */
function withHelpHint(message: string, commandId: string): string {
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return `${sentence} See \`vdx ${commandId.replaceAll(':', ' ')} --help\`.`;
}

/**
 * Token failures that come from a wrong issuer or token URL in the configuration rather than from
 * rejected credentials, so they exit 2 like other usage errors.
 */
const CONFIGURATION_REASONS: ReadonlySet<string> = new Set([
  'issuer_mismatch',
  'token_url_not_found',
  'issuer_not_found',
]);

async function describeSdkError(error: Error): Promise<Failure | undefined> {
  let sdk: typeof import('@vdx/sdk');
  try {
    sdk = await import('@vdx/sdk');
  } catch {
    // An error from a command that never loaded the SDK cannot be an SDK error.
    return undefined;
  }

  if (error instanceof sdk.VdxApiError) {
    return {
      message: withRequestId(error.message, error.requestId),
      exitCode: exitCodeForStatus(error.status),
      status: error.status,
      code: error.code,
      requestId: error.requestId,
      body: error.body,
    };
  }
  if (error instanceof sdk.VdxAuthError) {
    return {
      message: withRequestId(error.message, error.requestId),
      exitCode: CONFIGURATION_REASONS.has(error.reason) ? ExitCode.Usage : ExitCode.Auth,
      status: error.status,
      requestId: error.requestId,
      oauthError: error.oauthError,
    };
  }
  if (error instanceof sdk.VdxArgumentError) {
    return { message: oneLine(error.message), exitCode: ExitCode.Usage };
  }
  if (error instanceof sdk.VdxNetworkError || error instanceof sdk.VdxTimeoutError) {
    return { message: oneLine(error.message), exitCode: ExitCode.Network };
  }
  if (error instanceof sdk.VdxError) {
    return { message: oneLine(error.message), exitCode: ExitCode.Unexpected };
  }
  return undefined;
}

/** Appends the request id unless the SDK's message already contains it. */
function withRequestId(message: string, requestId: string | undefined): string {
  const line = oneLine(message);
  if (!requestId || line.includes(requestId)) return line;
  return `${line} (request id ${requestId})`;
}

/**
 * Joins a multi-line message into one line.
 *
 * oclif's parser messages span several lines: a header ("The following error occurred:"), the
 * reasons and "See more help with --help". The header and the help line are dropped.
 */
export function oneLine(message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .filter((line) => !/^the following errors? occurred:?$/i.test(line))
    .filter((line) => !/^see more help with --help$/i.test(line))
    .map((line) => line.replace(/^Parsing (--\S+)$/, 'Invalid value for $1:'));
  return lines.join(' ').replace(/\s+/g, ' ');
}
