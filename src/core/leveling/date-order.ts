/**
 * Orders activities by two dates (minutes), ascending or descending, then by task index: what the
 * backward pass sorts by, twice per pass. A comparator sort of 5,000 activities took ~1.5 ms; here
 * each key is packed with a tie rank into one float (key × 2^bits + rank, exact below 2^53) so the
 * typed array's native numeric sort does the work, once by the second date (ties by task index),
 * then by the first (ties by that order). Keys that are not whole minutes fall back to the comparator.
 */
export class DateOrder {
  private readonly packed: Float64Array;
  /** Task index at each rank of the first sort. */
  private readonly taskAt: Int32Array;
  private readonly scale: number;

  constructor(
    private readonly activities: Int32Array,
    taskCount: number,
  ) {
    this.packed = new Float64Array(activities.length);
    this.taskAt = new Int32Array(activities.length);
    this.scale = 2 ** Math.max(1, Math.ceil(Math.log2(Math.max(taskCount, activities.length) + 1)));
  }

  /** The activities by `first`, then `second` (ascending for sign 1, descending for -1), then task index, into `out`. */
  sort(first: Float64Array, second: Float64Array, sign: 1 | -1, out: Int32Array): Int32Array {
    const { activities, packed, taskAt, scale } = this;
    const m = activities.length;
    // Keys below this magnitude pack exactly (|key| × scale + rank < 2^53).
    const limit = 2 ** 53 / scale - 1;
    for (let k = 0; k < m; k++) {
      const i = activities[k] as number;
      const a = first[i] as number;
      const b = second[i] as number;
      if (!(Number.isInteger(a) && Number.isInteger(b) && Math.abs(a) < limit && Math.abs(b) < limit)) {
        return this.compareSort(first, second, sign, out);
      }
      packed[k] = sign * b * scale + i;
    }
    packed.sort();
    for (let r = 0; r < m; r++) {
      const v = packed[r] as number;
      taskAt[r] = v - Math.floor(v / scale) * scale;
    }
    for (let r = 0; r < m; r++) {
      const i = taskAt[r] as number;
      packed[r] = sign * (first[i] as number) * scale + r;
    }
    packed.sort();
    for (let r = 0; r < m; r++) {
      const v = packed[r] as number;
      out[r] = taskAt[v - Math.floor(v / scale) * scale] as number;
    }
    return out;
  }

  private compareSort(first: Float64Array, second: Float64Array, sign: 1 | -1, out: Int32Array): Int32Array {
    out.set(this.activities);
    return out.sort(
      (a, b) =>
        sign * ((first[a] as number) - (first[b] as number)) ||
        sign * ((second[a] as number) - (second[b] as number)) ||
        a - b,
    );
  }
}
