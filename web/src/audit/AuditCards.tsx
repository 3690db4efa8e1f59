import { Card, Group, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../../src/contracts/index.js';
import { formatDateTime } from '../lib/dates.js';
import { AuditAbout, AuditProject } from './AuditSubject.js';
import { actionLabel } from './audit-format.js';
import { ChangeList, type NameLookup } from './ChangeList.js';

/** The audit log on phones: one card per entry, as the six-column table would not fit. */
export function AuditCards({ entries, names }: { entries: readonly AuditEntry[]; names: NameLookup }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Audit entries">
      {entries.map((e) => (
        <Card key={e.id} component="li" withBorder padding="sm" radius="md">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {actionLabel(e.action)}
              </Text>
              <Text size="xs" c="dimmed">
                {e.actorName ?? 'System'} · {formatDateTime(e.at)}
              </Text>
            </div>
            <AuditProject entry={e} />
          </Group>
          <Stack mt="xs" gap={4}>
            <AuditAbout entry={e} />
            <ChangeList changes={e.changes} names={names} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
