/** Describes an expiry relative to `now`, such as "in 5 minutes" or "expired 2 minutes ago". */
export function describeExpiry(expiresAt: Date, now: Date = new Date()): string {
  const minutes = Math.round((expiresAt.getTime() - now.getTime()) / 60_000);
  if (expiresAt.getTime() <= now.getTime()) {
    return minutes === 0 ? 'expired just now' : `expired ${plural(-minutes)} ago`;
  }
  return minutes === 0 ? 'in less than a minute' : `in ${plural(minutes)}`;
}

function plural(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
