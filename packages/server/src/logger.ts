import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

/** Log paths whose values are replaced, so that no secret or token reaches a log. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  '*.authorization',
  '*.password',
  '*.client_secret',
  '*.secret',
  '*.token',
  '*.access_token',
  '*.refresh_token',
  '*.code',
];

/** Creates the server's pino logger: JSON lines on stdout (or `destination`), secrets redacted. */
export function createLogger(
  level: LevelWithSilent = 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    name: 'vdx-server',
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Returns the logger for the `logger` option: the caller's, a silent one for false, or a new one. */
export function resolveLogger(option: false | Logger | undefined): Logger {
  if (option === false) return pino({ level: 'silent' });
  return option ?? createLogger();
}
