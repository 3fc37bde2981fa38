/**
 * Returns the realm's current time in milliseconds since the epoch: the system clock plus
 * `skewSeconds`, the `clockSkewSeconds` server option.
 */
export function realmNow(skewSeconds: number): number {
  return Date.now() + skewSeconds * 1000;
}
