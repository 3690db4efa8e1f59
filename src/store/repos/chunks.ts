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
