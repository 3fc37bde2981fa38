/**
 * The announced date from which VDX-API takes no STS tokens (midnight UTC). The reference server
 * uses the same default for its `stsCutoff` option.
 */
export const STS_CUTOFF_DATE = '2026-12-01';

/**
 * The date from which the STS certificates themselves are closed, according to MedCom's guide
 * "Kom godt i gang med OAuth 2.0" (medcom.dk): "Fra 31. december 2026 vil alle STS-certifikater
 * blive lukket".
 */
export const STS_CERTIFICATES_END_DATE = '2026-12-31';

/** Options of `explainStsCutoff`. */
export interface StsCutoffOptions {
  /** The time to compare with; default the current time. */
  now?: Date;
  /** The cut-off as an ISO 8601 date (midnight UTC) or timestamp; default `2026-12-01`. */
  cutoff?: string | Date;
}

/** The state of the STS cut-off at a point in time. */
export interface StsCutoffExplanation {
  /** Whether STS access is closed at `now`. */
  closed: boolean;
  /** Whole days since the cut-off when closed, otherwise whole days until it (rounded up). */
  days: number;
  /** The cut-off that was used, as `YYYY-MM-DD` when it is midnight UTC. */
  cutoff: string;
  /** `announced` for the default date, `option` for a date the caller passed. */
  source: 'announced' | 'option';
  /** The explanation in plain words, naming the date and where it comes from. */
  message: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** ISO 8601 dates and timestamps; `Date` alone also parses loose text such as "1 December". */
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Explains in plain words whether STS access to VDX-API is closed, and since or for how many
 * days, such as "STS access to VDX-API closed on 2026-12-01 (3 days ago) ...".
 *
 * @throws {TypeError} when `cutoff` is not a valid date.
 *
 * @example
 * ```ts
 * const { closed, message } = explainStsCutoff();
 * if (closed) console.warn(message);
 * ```
 */
export function explainStsCutoff(options: StsCutoffOptions = {}): StsCutoffExplanation {
  const now = options.now ?? new Date();
  const source = options.cutoff === undefined ? 'announced' : 'option';
  const cutoffDate = parseCutoff(options.cutoff ?? STS_CUTOFF_DATE);
  const cutoff = formatCutoff(cutoffDate);
  const difference = now.getTime() - cutoffDate.getTime();
  const closed = difference >= 0;
  const days = closed ? Math.floor(difference / DAY_MS) : Math.ceil(-difference / DAY_MS);

  const state = closed
    ? `STS access to VDX-API closed on ${cutoff} (${describeDaysAgo(days)}), so an integration that still uses its STS certificate gets no tokens. Switch to an OAuth client id and secret from VDX Management.`
    : `STS access to VDX-API closes on ${cutoff} (in ${describeDays(days)}). Switch to an OAuth client id and secret from VDX Management before then.`;
  return { closed, days, cutoff, source, message: `${state} ${describeSource(cutoff, source)}` };
}

/**
 * Parses a cut-off date; a plain `YYYY-MM-DD` is midnight UTC.
 *
 * @throws {TypeError} when the value is not a valid date.
 */
export function parseCutoff(value: string | Date): Date {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError(
      `cutoff must be an ISO 8601 date such as ${STS_CUTOFF_DATE}; got ${JSON.stringify(String(value))}.`,
    );
  }
  return date;
}

function parseIsoDate(value: string): Date | undefined {
  if (!ISO_DATE_PATTERN.test(value)) return undefined;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

function formatCutoff(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function describeSource(cutoff: string, source: StsCutoffExplanation['source']): string {
  const certificates = `MedCom's OAuth guide says the STS certificates themselves are closed from ${STS_CERTIFICATES_END_DATE}`;
  return source === 'announced'
    ? `The date ${cutoff} is the announced cut-off for STS access to VDX-API; ${certificates}.`
    : `The date ${cutoff} comes from the cutoff option; the announced cut-off for STS access to VDX-API is ${STS_CUTOFF_DATE}, and ${certificates}.`;
}

function describeDaysAgo(days: number): string {
  return days === 0 ? 'today' : `${describeDays(days)} ago`;
}

function describeDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
