import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import type { LevelWithSilent } from 'pino';
import { DEFAULTS, REFRESH_TOKEN_POLICIES, type ServerOptions } from './config.js';
import { ConfigError } from './errors.js';
import { createLogger } from './logger.js';
import { launchServer } from './server.js';

/** Exit code for a command line that cannot be used. */
export const EXIT_USAGE = 2;

const LOG_LEVELS: readonly LevelWithSilent[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

const USAGE = `Usage: vdx-server [options]

Runs the VDX reference server over a SQLite file.

Options:
  --port <n>               TCP port; 0 picks a free one (default ${DEFAULTS.port})
  --host <address>         address to listen on (default ${DEFAULTS.host})
  --db <path>              SQLite file, or :memory: (default ${DEFAULTS.db})
  --seed <demo|none>       load the demo organisations, clients and devices (default ${DEFAULTS.seed})
  --realm <name>           realm name in /realms/<name> (default ${DEFAULTS.realm})
  --access-token-ttl <s>   access-token lifetime in seconds (default ${DEFAULTS.accessTokenTtlSeconds})
  --refresh-token-ttl <s>  refresh-token lifetime in seconds (default ${DEFAULTS.refreshTokenTtlSeconds})
  --refresh-tokens <policy>  per-client, always or never: which clients get refresh tokens (default ${DEFAULTS.refreshTokens})
  --clock-skew <s>         offset of the realm's clock in seconds; negative as --clock-skew=-600 (default ${DEFAULTS.clockSkewSeconds})
  --sts-cutoff <date>      date (UTC) from which POST /videoapi/token returns 410 (default ${DEFAULTS.stsCutoff})
  --public-url <url>       base URL in the issuer and in links (default http://<host>:<port>)
  --webhook-max-attempts <n>     delivery attempts of a webhook without maxAttempts (default ${DEFAULTS.webhookMaxAttempts})
  --webhook-timeout-ms <ms>      time limit of one webhook delivery attempt (default ${DEFAULTS.webhookTimeoutMs})
  --webhook-retry-base-ms <ms>   wait after the first failed attempt, doubling after each (default ${DEFAULTS.webhookRetryBaseMs})
  --webhook-concurrency <n>      webhook deliveries in flight at once (default ${DEFAULTS.webhookConcurrency})
  --webhook-tests-per-minute <n> test events per organisation per minute (default ${DEFAULTS.webhookTestsPerMinute})
  --login-failures-per-id <n>       failed logins per login id or client id in the window (default ${DEFAULTS.loginFailuresPerId})
  --login-failures-per-address <n>  failed logins per remote address in the window (default ${DEFAULTS.loginFailuresPerAddress})
  --login-failure-window <s>        window of the failed-login limits in seconds (default ${DEFAULTS.loginFailureWindowSeconds})
  --log-level <level>      ${LOG_LEVELS.join(', ')} (default info)
  --help                   print this help
  --version                print the version`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  seed: { type: 'string' },
  realm: { type: 'string' },
  'access-token-ttl': { type: 'string' },
  'refresh-token-ttl': { type: 'string' },
  'refresh-tokens': { type: 'string' },
  'clock-skew': { type: 'string' },
  'sts-cutoff': { type: 'string' },
  'public-url': { type: 'string' },
  'log-level': { type: 'string' },
  'webhook-max-attempts': { type: 'string' },
  'webhook-timeout-ms': { type: 'string' },
  'webhook-retry-base-ms': { type: 'string' },
  'webhook-concurrency': { type: 'string' },
  'webhook-tests-per-minute': { type: 'string' },
  'login-failures-per-id': { type: 'string' },
  'login-failures-per-address': { type: 'string' },
  'login-failure-window': { type: 'string' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
} as const;

/** The action that the command line requests. */
type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'serve'; options: ServerOptions; logLevel: LevelWithSilent };

/**
 * Parses the command line.
 *
 * @throws {ConfigError} for an unknown option or an unusable value.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true }));
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const options: ServerOptions = {};
  if (values.port !== undefined) options.port = parseInteger('--port', values.port);
  if (values.host !== undefined) options.host = values.host;
  if (values.db !== undefined) options.db = values.db;
  if (values.seed !== undefined) options.seed = values.seed as ServerOptions['seed'];
  if (values.realm !== undefined) options.realm = values.realm;
  if (values['access-token-ttl'] !== undefined) {
    options.accessTokenTtlSeconds = parseInteger('--access-token-ttl', values['access-token-ttl']);
  }
  if (values['refresh-token-ttl'] !== undefined) {
    options.refreshTokenTtlSeconds = parseInteger(
      '--refresh-token-ttl',
      values['refresh-token-ttl'],
    );
  }
  readRealmFlags(values, options);
  if (values['sts-cutoff'] !== undefined) options.stsCutoff = values['sts-cutoff'];
  if (values['public-url'] !== undefined) options.publicUrl = values['public-url'];
  readWebhookFlags(values, options);

  const logLevel = (values['log-level'] ?? 'info') as LevelWithSilent;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      `Invalid --log-level "${logLevel}": use one of ${LOG_LEVELS.join(', ')}.`,
    );
  }
  return { kind: 'serve', options, logLevel };
}

function readRealmFlags(
  values: { 'refresh-tokens'?: string; 'clock-skew'?: string },
  options: ServerOptions,
): void {
  const policy = values['refresh-tokens'];
  if (policy !== undefined) {
    if (!(REFRESH_TOKEN_POLICIES as readonly string[]).includes(policy)) {
      throw new ConfigError(
        `Invalid --refresh-tokens "${policy}": use ${REFRESH_TOKEN_POLICIES.join(', ')}.`,
      );
    }
    options.refreshTokens = policy as ServerOptions['refreshTokens'];
  }
  const skew = values['clock-skew'];
  if (skew !== undefined) {
    if (!/^-?\d+$/.test(skew)) {
      throw new ConfigError(`Invalid --clock-skew "${skew}": use a whole number of seconds.`);
    }
    options.clockSkewSeconds = Number(skew);
  }
}

/** The whole-number flags of webhooks and failed-login limits, and the option each sets. */
const WEBHOOK_FLAGS = {
  'webhook-max-attempts': 'webhookMaxAttempts',
  'webhook-timeout-ms': 'webhookTimeoutMs',
  'webhook-retry-base-ms': 'webhookRetryBaseMs',
  'webhook-concurrency': 'webhookConcurrency',
  'webhook-tests-per-minute': 'webhookTestsPerMinute',
  'login-failures-per-id': 'loginFailuresPerId',
  'login-failures-per-address': 'loginFailuresPerAddress',
  'login-failure-window': 'loginFailureWindowSeconds',
} as const;

/** Reads the webhook and failed-login flags, which all take a whole number. */
function readWebhookFlags(
  values: Partial<Record<keyof typeof WEBHOOK_FLAGS, string | boolean>>,
  options: ServerOptions,
): void {
  for (const [flag, option] of Object.entries(WEBHOOK_FLAGS)) {
    const value = values[flag as keyof typeof WEBHOOK_FLAGS];
    if (typeof value === 'string') options[option] = parseInteger(`--${flag}`, value);
  }
}

/** Returns whether `host` is a loopback address or `localhost`, reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

function parseInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new ConfigError(`Invalid ${flag} "${value}": use a whole number.`);
  }
  return Number(value);
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/**
 * Runs `vdx-server` with the given arguments (without `node` and the script).
 *
 * Prints the URL and issuer once listening, and closes the server and the database on SIGINT or
 * SIGTERM, then exits 0. A bad command line prints one line on stderr and exits 2.
 */
export async function runCli(argv: readonly string[]): Promise<void> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`vdx-server: ${error.message} Run vdx-server --help for usage.`);
    process.exit(EXIT_USAGE);
  }
  if (command.kind === 'help') {
    console.log(USAGE);
    return;
  }
  if (command.kind === 'version') {
    console.log(packageVersion());
    return;
  }
  await serve(command.options, command.logLevel);
}

async function serve(options: ServerOptions, logLevel: LevelWithSilent): Promise<void> {
  const logger = createLogger(logLevel);
  let server: Awaited<ReturnType<typeof launchServer>>;
  try {
    server = await launchServer({ ...options, logger });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`vdx-server: ${error.message}`);
      process.exit(EXIT_USAGE);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`vdx-server: could not start: ${message}`);
    process.exit(1);
  }

  console.log(`VDX reference server listening on ${server.url}`);
  console.log(`Issuer: ${server.issuer}`);
  if (server.context.config.seed === 'demo') {
    console.log(
      'Demo data loaded: the demo OAuth clients exist, and the secret of each is <client id>-secret (for example demo-region-admin-secret).',
    );
    if (!isLoopbackHost(server.context.config.host)) {
      console.warn(
        `Warning: the server listens on ${server.context.config.host}, which other machines can reach, and the demo client secrets are public. Anyone who can connect can act as a demo client. Listen on 127.0.0.1 or run without --seed demo.`,
      );
    }
  }

  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'could not close cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
