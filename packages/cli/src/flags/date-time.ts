import { Flags } from '@oclif/core';
import { cliError, ExitCode } from '../errors.js';

/** An example of the accepted form, shown in every date-time flag error. */
const EXAMPLE_TIME = '2026-12-07T10:00:00+01:00';

/**
 * RFC 3339 `date-time` with a required offset (`Z` or `±hh:mm`) and optional fractional seconds.
 * NOTE: the leap second `:60` is rejected although RFC 3339 allows it, because the reference
 * server parses times with `Date`, which cannot read it.
 */
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** Returns whether `value` is an RFC 3339 date-time with an offset on a real calendar day. */
function isRfc3339DateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return false;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Creates a string flag that accepts only an RFC 3339 date-time with an offset. A rejected value
 * exits with code 2. The message leaves out the flag name because oclif prefixes it.
 *
 * @example start: dateTimeFlag({ description: 'Start time.', required: true })
 */
export const dateTimeFlag = Flags.custom<string>({
  parse: async (input) => {
    if (!isRfc3339DateTime(input)) {
      throw new Error(
        `must be an RFC 3339 time with a UTC offset, such as ${EXAMPLE_TIME}; got ${JSON.stringify(input)}`,
      );
    }
    return input;
  },
});

/** One end of a time range: the flag name without dashes and its value, if given. */
export type TimeFlag = [flag: string, value: string | undefined];

/**
 * Checks that a range given by two date-time flags runs forwards. Either end may be missing.
 * With `allowEqual`, equal instants pass, as in an inclusive search range. Without it, the later
 * flag must be strictly after the earlier one, as a meeting's end after its start.
 *
 * @throws CLIError (exit 2) naming both flags and values when the range runs backwards.
 */
export function requireTimeOrder(
  [earlierFlag, earlier]: TimeFlag,
  [laterFlag, later]: TimeFlag,
  { allowEqual }: { allowEqual: boolean },
): void {
  if (earlier === undefined || later === undefined) return;

  const earlierMs = Date.parse(earlier);
  const laterMs = Date.parse(later);
  if (laterMs > earlierMs || (allowEqual && laterMs === earlierMs)) return;

  const message = allowEqual
    ? `--${laterFlag} ${later} is before --${earlierFlag} ${earlier}; pass values where --${earlierFlag} is not after --${laterFlag}.`
    : `--${laterFlag} ${later} is not after --${earlierFlag} ${earlier}; pass values where --${laterFlag} is after --${earlierFlag}.`;
  throw cliError(message, ExitCode.Usage);
}
