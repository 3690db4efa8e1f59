import { Button, Stack, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { AuditEntry } from '../../../src/contracts/index.js';
import { type ChangeRow, changeRows, type NameLookup } from './audit-format.js';

export type { NameLookup } from './audit-format.js';

/** Lines shown before "Show all": enough to recognise the entry, few enough to keep rows short. */
const COMPACT = 3;

/** Rows of one task together (a plan write touching a task's dates and progress is one line). */
function byTask(rows: readonly ChangeRow[]): { key: string; task: string | null; rows: ChangeRow[] }[] {
  const groups: { key: string; task: string | null; rows: ChangeRow[] }[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (r.task !== null && last && last.task === r.task) last.rows.push(r);
    else groups.push({ key: r.key, task: r.task, rows: [r] });
  }
  return groups;
}

function Value({ row }: { row: ChangeRow }) {
  if (row.added) return <>{row.after}</>;
  return (
    <>
      <Text span c="dimmed" size="xs">
        {row.before}
      </Text>
      {' → '}
      {row.after}
    </>
  );
}

/**
 * An entry's changes as "Field: before → after", or per task "Task — Field: before → after; …",
 * values formatted as elsewhere in the UI. Long entries (a plan write touching many tasks) show
 * the first few lines and expand on demand.
 */
export function ChangeList({ changes, names }: { changes: AuditEntry['changes']; names: NameLookup }) {
  const [expanded, setExpanded] = useState(false);
  const groups = byTask(changeRows(changes, names));
  if (groups.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No field changes
      </Text>
    );
  }
  const shown = expanded ? groups : groups.slice(0, COMPACT);
  const tasks = groups.filter((g) => g.task !== null).length;
  return (
    <Stack gap={2} align="flex-start">
      <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none', maxWidth: '100%' }}>
        {shown.map((g) => (
          <Text
            key={g.key}
            component="li"
            size="xs"
            lineClamp={expanded ? undefined : 2}
            title={`${g.task ? `${g.task} — ` : ''}${g.rows.map((r) => `${r.label}: ${r.before} → ${r.after}`).join('; ')}`}
            style={{ overflowWrap: 'anywhere' }}
          >
            {g.task && (
              <Text span fw={600} size="xs">
                {g.task} —{' '}
              </Text>
            )}
            {g.rows.map((r, i) => (
              <Fragment key={r.key}>
                {i > 0 && '; '}
                <Text span fw={g.task ? 500 : 600} size="xs">
                  {r.label}
                </Text>
                {': '}
                <Value row={r} />
              </Fragment>
            ))}
          </Text>
        ))}
      </Stack>
      {groups.length > COMPACT && (
        <Button variant="subtle" size="compact-xs" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? 'Show fewer' : tasks > COMPACT ? `Show all ${tasks} tasks` : `Show all ${groups.length} changes`}
        </Button>
      )}
    </Stack>
  );
}
