/** Spacing between positions when numbering afresh, so later inserts usually fit between neighbours. */
export const POSITION_STEP = 1024;

/**
 * Sort keys for a list in its new order, given each entry's old key (undefined for new entries).
 * Keeps as many old keys as possible (the longest increasing run of them), spaces new ones into
 * the gaps, and renumbers everything only when a gap is too small: a typical edit rewrites a few
 * rows, not the whole plan. Returns the keys and whether everything was renumbered.
 */
export function assignPositions(old: readonly (number | undefined)[]): { positions: number[]; renumbered: boolean } {
  const n = old.length;
  const keep = longestIncreasing(old);
  const positions = new Array<number>(n);
  let i = 0;
  // Keys start above 0, so there is room to insert before the first entry.
  let prev = 0;
  while (i < n) {
    if (keep[i]) {
      positions[i] = old[i] as number;
      prev = old[i] as number;
      i++;
      continue;
    }
    let j = i;
    while (j < n && !keep[j]) j++;
    const next = j < n ? (old[j] as number) : prev + (j - i + 1) * POSITION_STEP;
    const gap = (next - prev) / (j - i + 1);
    if (gap < 1) return { positions: Array.from({ length: n }, (_, k) => (k + 1) * POSITION_STEP), renumbered: true };
    for (let k = i; k < j; k++) positions[k] = Math.floor(prev + gap * (k - i + 1));
    prev = positions[j - 1] as number;
    i = j;
  }
  return { positions, renumbered: false };
}

/** Marks the entries of the longest strictly increasing subsequence of defined keys (patience sorting, O(n log n)). */
function longestIncreasing(keys: readonly (number | undefined)[]): Uint8Array {
  const tails: number[] = [];
  const prevOf = new Int32Array(keys.length).fill(-1);
  keys.forEach((k, i) => {
    if (k === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[tails[mid] as number] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prevOf[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const keep = new Uint8Array(keys.length);
  for (let i = tails.length ? (tails[tails.length - 1] as number) : -1; i >= 0; i = prevOf[i] as number) keep[i] = 1;
  return keep;
}
