/*
 * When a failed webhook delivery is tried again: exponential backoff from 30 seconds, doubling up
 * to 6 hours between attempts, each delay spread by ±20 % (so deliveries that failed together do
 * not all come back at the same second), for at least 24 hours from the first failed attempt.
 */

/** The first retry waits this long (milliseconds). */
export const FIRST_RETRY_MS = 30_000;
/** No two attempts are further apart than this (milliseconds). */
export const MAX_RETRY_MS = 6 * 3600_000;
/** A delivery is given up, and an endpoint disabled, once it has failed for this long (milliseconds). */
export const RETRY_WINDOW_MS = 24 * 3600_000;

/**
 * Milliseconds to wait after the `failures`-th failed attempt in a row (1 for the first);
 * `random` is a number in [0, 1) that spreads the delay over ±20 %.
 */
export function retryDelayMs(failures: number, random: number): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random));
}

/** True once a run of failures that began at `sinceMs` has lasted the whole retry window at `nowMs` (epoch milliseconds). */
export function retryWindowOver(sinceMs: number, nowMs: number): boolean {
  return nowMs - sinceMs >= RETRY_WINDOW_MS;
}
