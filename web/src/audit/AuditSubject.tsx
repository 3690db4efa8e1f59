import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { AUDIT_ENTITY_TYPES, type AuditEntry } from '../../../src/contracts/index.js';

/** The project an entry belongs to: its code, linked while the project exists, and its name. */
export function AuditProject({ entry }: { entry: AuditEntry }) {
  if (!entry.projectCode) return <Text size="sm">—</Text>;
  const gone = entry.projectName === null;
  return (
    <Stack gap={0}>
      {gone ? (
        <Text size="sm" ff="monospace" fw={600} title="This project was deleted">
          {entry.projectCode}
        </Text>
      ) : (
        <Anchor component={Link} to={`/projects/${entry.projectId}`} size="sm" ff="monospace" fw={600}>
          {entry.projectCode}
        </Anchor>
      )}
      {entry.projectName && (
        <Text size="xs" c="dimmed" lineClamp={1} title={entry.projectName}>
          {entry.projectName}
        </Text>
      )}
    </Stack>
  );
}

/** What the entry is about: its kind and name (task names for plan writes). */
export function AuditAbout({ entry }: { entry: AuditEntry }) {
  const kind = AUDIT_ENTITY_TYPES[entry.entityType as keyof typeof AUDIT_ENTITY_TYPES] ?? entry.entityType;
  const label = entry.entityType === 'project' ? null : entry.entityLabel;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {kind}
      </Text>
      {label && (
        <Text size="sm" lineClamp={2} title={label}>
          {label}
        </Text>
      )}
    </Stack>
  );
}
