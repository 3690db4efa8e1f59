import { Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { AuditEntry } from '../../../src/contracts/index.js';

/** Names of users and portfolios by id, so that "managerId" changes read as people rather than UUIDs. */
export type NameLookup = ReadonlyMap<string, string>;

function show(value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length ? value.join(', ') : '—';
  return JSON.stringify(value);
}

/** An entry's changed fields as "field: before → after"; long values are clamped, full text on hover. */
export function ChangeList({ changes, names }: { changes: AuditEntry['changes']; names: NameLookup }) {
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No field changes
      </Text>
    );
  }
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map(([field, { before, after }]) => (
        <Group key={field} gap={6} wrap="nowrap" align="flex-start" component="li">
          <Code style={{ flexShrink: 0 }}>{field}</Code>
          <Text
            size="xs"
            c="dimmed"
            lineClamp={2}
            title={show(before, names)}
            td={before === null ? undefined : 'line-through'}
            style={{ maxWidth: 220 }}
          >
            {show(before, names)}
          </Text>
          <IconArrowRight size={12} style={{ flexShrink: 0, marginTop: 3 }} aria-label="changed to" />
          <Text size="xs" lineClamp={2} title={show(after, names)} style={{ maxWidth: 260, overflowWrap: 'anywhere' }}>
            {show(after, names)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
