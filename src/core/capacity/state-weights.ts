/*
 * How much of a project's demand counts in capacity views, per lifecycle state, in percent. The
 * PMO sets them (`resource_settings`); until then proposed work counts half, finished or cancelled
 * work not at all, and everything else in full.
 */

/** The default weight of a lifecycle state's demand, percent. */
export const DEFAULT_STATE_WEIGHTS: Readonly<Record<string, number>> = {
  proposed: 50,
  closed: 0,
  cancelled: 0,
};

/** Weeks ahead the "unstaffed generic assignments" health metric looks, by default. */
export const DEFAULT_UNSTAFFED_WEEKS = 4;

/** The weight of `state`'s demand as a fraction 0..1, from percent weights (defaults where absent). */
export function stateWeight(weightsPercent: Readonly<Record<string, number>>, state: string): number {
  const pct = weightsPercent[state] ?? DEFAULT_STATE_WEIGHTS[state] ?? 100;
  return Number.isFinite(pct) ? Math.min(Math.max(pct, 0), 1000) / 100 : 1;
}
