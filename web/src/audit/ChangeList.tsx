import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditEntry } from '../../../src/contracts/index.js';
import { changeRows, type NameLookup } from './audit-format.js';

export type { NameLookup } from './audit-format.js';

/** Changes shown before "Show all": enough to recognise the entry, few enough to keep rows short. */
const COMPACT = 3;

/**
 * An entry's changed fields as "Task · Field: before → after", values formatted as elsewhere in the
 * UI. Long entries (a plan write touching many tasks) show the first few and expand on demand.
 */
export function ChangeList({ changes, names }: { changes: AuditEntry['changes']; names: NameLookup }) {
  const [expanded, setExpanded] = useState(false);
  const rows = changeRows(changes, names);
  if (rows.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No field changes
      </Text>
    );
  }
  const shown = expanded ? rows : rows.slice(0, COMPACT);
  return (
    <Stack gap={2} align="flex-start">
      <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none', maxWidth: '100%' }}>
        {shown.map((r) => (
          <Text
            key={r.key}
            component="li"
            size="xs"
            lineClamp={expanded ? undefined : 1}
            title={`${r.task ? `${r.task} · ` : ''}${r.label}: ${r.before} → ${r.after}`}
            style={{ overflowWrap: 'anywhere' }}
          >
            <Text span fw={600} size="xs">
              {r.task ? `${r.task} · ` : ''}
              {r.label}
            </Text>
            {': '}
            {r.added ? (
              r.after
            ) : (
              <>
                <Text span c="dimmed" size="xs">
                  {r.before}
                </Text>
                {' → '}
                {r.after}
              </>
            )}
          </Text>
        ))}
      </Stack>
      {rows.length > COMPACT && (
        <Button variant="subtle" size="compact-xs" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded}>
          {expanded ? 'Show fewer' : `Show all ${rows.length} changes`}
        </Button>
      )}
    </Stack>
  );
}
