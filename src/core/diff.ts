/** One changed field for the audit log: the value before and after (null when absent). */
export interface FieldChange {
  readonly before: unknown;
  readonly after: unknown;
}

/** The fields that differ between two snapshots (deep equality by JSON), keyed by field name. */
export function diffRecords(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null,
): Record<string, FieldChange> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, FieldChange> = {};
  for (const key of keys) {
    if (key === 'version' || key === 'updatedAt') continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
