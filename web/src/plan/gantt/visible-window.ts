import type { PlanLink } from '../../../../src/contracts/index.js';

/*
 * Which rows and links the chart draws. Rows are a slice of the list; links are found through an
 * index built once per (links, rows), so a scroll costs the links near the window, not all links.
 */

/** The rows to draw, inclusive; `last < first` when there are none. */
export interface RowWindow {
  readonly first: number;
  readonly last: number;
}

/**
 * Rows in [scrollTop / rowHeight - overscan, (scrollTop + viewportHeight) / rowHeight + overscan],
 * clamped to the list.
 */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan: number,
): RowWindow {
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(rowCount - 1, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return first > last ? { first: 0, last: -1 } : { first, last };
}

/**
 * The window widened to whole blocks of `block` rows, so scrolling redraws once per block rather
 * than once per row; still clamped to the list.
 */
export function blockAligned(window: RowWindow, block: number, rowCount: number): RowWindow {
  if (window.last < window.first) return window;
  return {
    first: Math.floor(window.first / block) * block,
    last: Math.min(rowCount - 1, Math.ceil((window.last + 1) / block) * block - 1),
  };
}

/** Links arranged for window queries. */
export interface LinkIndex {
  /** Upper and lower row of each link's two ends; -1 when an end is not among the rows (a collapsed task). */
  readonly minRow: Int32Array;
  readonly maxRow: Int32Array;
  /** Links spanning at most `span` rows, bucketed by their upper row (CSR: bucketStart[r]..bucketStart[r+1]). */
  readonly bucketStart: Int32Array;
  readonly bucketLinks: Int32Array;
  /** Links spanning more rows than `span`: few in real plans, checked one by one. */
  readonly longLinks: Int32Array;
  readonly span: number;
}

/** Indexes links by the rows of their ends (`indexOf`: row of a task id among `rowCount` rows). */
export function buildLinkIndex(
  links: readonly PlanLink[],
  indexOf: ReadonlyMap<string, number>,
  rowCount: number,
  span = 200,
): LinkIndex {
  const n = links.length;
  const minRow = new Int32Array(n).fill(-1);
  const maxRow = new Int32Array(n).fill(-1);
  const counts = new Int32Array(rowCount + 1);
  const long: number[] = [];
  for (let i = 0; i < n; i++) {
    const link = links[i]!;
    const a = indexOf.get(link.predecessorId);
    const b = indexOf.get(link.successorId);
    if (a === undefined || b === undefined || a >= rowCount || b >= rowCount) continue;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    minRow[i] = lo;
    maxRow[i] = hi;
    if (hi - lo > span) long.push(i);
    else counts[lo + 1]!++;
  }
  // Counting sort by upper row: O(links + rows), no comparison sort on 100,000 links.
  for (let r = 0; r < rowCount; r++) counts[r + 1]! += counts[r]!;
  const bucketStart = counts.slice();
  const fill = counts.slice(0, rowCount);
  const bucketLinks = new Int32Array(bucketStart[rowCount] ?? 0);
  for (let i = 0; i < n; i++) {
    const lo = minRow[i]!;
    if (lo < 0 || maxRow[i]! - lo > span) continue;
    bucketLinks[fill[lo]!++] = i;
  }
  return { minRow, maxRow, bucketStart, bucketLinks, longLinks: Int32Array.from(long), span };
}

/** Indices of the links with an end in rows [first, last] or crossing them, in link order. */
export function linksInRows(index: LinkIndex, first: number, last: number): number[] {
  const found: number[] = [];
  if (last < first) return found;
  const rows = index.bucketStart.length - 1;
  const from = Math.max(0, first - index.span);
  const to = Math.min(rows - 1, last);
  for (let r = from; r <= to; r++) {
    for (let k = index.bucketStart[r]!; k < index.bucketStart[r + 1]!; k++) {
      const i = index.bucketLinks[k]!;
      if (index.maxRow[i]! >= first) found.push(i);
    }
  }
  for (const i of index.longLinks) {
    if (index.minRow[i]! <= last && index.maxRow[i]! >= first) found.push(i);
  }
  return found.sort((a, b) => a - b);
}
