/** Renders rows as an aligned plain-text table with a header line; cells are stringified, null as ''. */
export function formatTable(
  columns: readonly { key: string; title: string }[],
  rows: readonly Record<string, unknown>[],
): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.title.length, ...rows.map((r) => cell(r[c.key]).length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.title)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => cell(r[c.key])))),
  ].join('\n');
}
