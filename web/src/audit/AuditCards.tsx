import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../../src/contracts/index.js';
import { formatDateTime } from '../lib/dates.js';
import { ChangeList, type NameLookup } from './ChangeList.js';

/** The audit log on phones: one card per entry, as the five-column table would not fit. */
export function AuditCards({ entries, names }: { entries: readonly AuditEntry[]; names: NameLookup }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Audit entries">
      {entries.map((e) => (
        <Card key={e.id} component="li" withBorder padding="sm" radius="md">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {e.actorName ?? 'System'}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)} · {e.entityType.replace(/_/g, ' ')}
              </Text>
            </div>
            <Badge variant="light" radius="sm" tt="none" ff="monospace" style={{ flexShrink: 0 }}>
              {e.action}
            </Badge>
          </Group>
          <Stack mt="xs" gap={0} style={{ overflowX: 'auto' }}>
            <ChangeList changes={e.changes} names={names} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
