/**
 * Rows per statement for bulk writes: SQLite allows 32,766 bound parameters per statement and
 * PostgreSQL 65,535, so a chunk of rows times their columns must stay under the smaller.
 */
export function chunksOf<T>(rows: readonly T[], columnsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(30_000 / columnsPerRow));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Runs `select` over `ids` a chunk at a time (1,000 ids: under either database's bound-parameter
 * limit with room for the query's own) and joins the rows. `concat`, not `push(...rows)`: one
 * chunk of a portfolio may return more rows (its tasks) than a call may take arguments.
 */
export async function selectInChunks<T>(
  ids: readonly string[],
  select: (chunk: string[]) => Promise<T[]>,
  size = 1000,
): Promise<T[]> {
  let out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out = out.concat(await select(ids.slice(i, i + size)));
  return out;
}
