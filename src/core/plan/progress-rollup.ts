/**
 * Percent complete of each summary task, as MS Project rolls it up: the duration-weighted mean of
 * the work tasks beneath it (percent 0-100; durations in working minutes). `parentIndex[i]` is
 * the index of task i's parent or -1, children after parents (outline order). Work tasks keep
 * their own value; a summary over zero-duration tasks takes their plain mean.
 */
export function rollupPercentComplete(
  parentIndex: Int32Array,
  summary: Uint8Array,
  durationMinutes: ArrayLike<number>,
  percentComplete: ArrayLike<number>,
): Float64Array {
  const n = parentIndex.length;
  const done = new Float64Array(n);
  const total = new Float64Array(n);
  const sum = new Float64Array(n);
  const count = new Float64Array(n);
  // Children follow their parents, so walking backwards finishes every child before its parent.
  for (let i = n - 1; i >= 0; i--) {
    if (!summary[i]) {
      const d = durationMinutes[i] as number;
      done[i] = (d * (percentComplete[i] as number)) / 100;
      total[i] = d;
      sum[i] = percentComplete[i] as number;
      count[i] = 1;
    }
    const p = parentIndex[i] as number;
    if (p >= 0) {
      done[p] = (done[p] as number) + (done[i] as number);
      total[p] = (total[p] as number) + (total[i] as number);
      sum[p] = (sum[p] as number) + (sum[i] as number);
      count[p] = (count[p] as number) + (count[i] as number);
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = summary[i]
      ? meanPercentComplete(done[i] as number, total[i] as number, sum[i] as number, count[i] as number)
      : (percentComplete[i] as number);
  }
  return out;
}

/**
 * The roll-up rule on sums over work tasks: `done` (Σ duration × percent / 100) over `total`
 * (Σ duration, working minutes), or the plain mean `sum / count` when every duration is zero;
 * percent to 0.1.
 */
export function meanPercentComplete(done: number, total: number, sum: number, count: number): number {
  if (total > 0) return Math.round((1000 * done) / total) / 10;
  return count > 0 ? Math.round((10 * sum) / count) / 10 : 0;
}
