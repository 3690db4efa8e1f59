import { Anchor, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { Resource } from '../../../src/contracts/index.js';
import { KIND_LABELS } from './ResourceEditor.js';

/*
 * The pool as a table (wide screens) or cards (phones). A resource's name opens it in the editor,
 * which is read-only for whoever may not change it.
 */

const KIND_COLORS: Record<Resource['kind'], string> = {
  person: 'blue',
  role: 'violet',
  equipment: 'orange',
  material: 'teal',
  cost: 'gray',
};

// A badge's label may shrink to an ellipsis in a narrow cell; a kind or a status reads whole.
const WHOLE_LABEL = { label: { overflow: 'visible' } } as const;

interface Props {
  readonly resources: readonly Resource[];
  readonly onOpen: (resource: Resource) => void;
  /** Today, YYYY-MM-DD: which maximum-units step is in force. */
  readonly today: string;
}

/** The maximum units in force on `today` (100 % before the first step), as "80 %". */
export function unitsNow(r: Resource, today: string): string | null {
  if (r.kind === 'material' || r.kind === 'cost') return null;
  let percent = 100;
  for (const s of r.maxUnits) if (s.from <= today) percent = s.unitsPercent;
  return `${percent} %`;
}

function KindBadge({ r }: { r: Resource }) {
  return (
    <Badge variant="light" color={KIND_COLORS[r.kind]} radius="sm" style={{ flexShrink: 0 }} styles={WHOLE_LABEL}>
      {KIND_LABELS[r.kind]}
    </Badge>
  );
}

function Skills({ r }: { r: Resource }) {
  if (r.skills.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Group gap={4}>
      {r.skills.map((s) => (
        <Badge key={s.skill} variant="outline" color="gray" radius="sm" tt="none">
          {s.skill} · {s.level}
        </Badge>
      ))}
    </Group>
  );
}

const detail = (r: Resource) =>
  r.kind === 'person' ? (r.roleName ?? '—') : r.kind === 'material' ? `Unit: ${r.materialUnit}` : '—';

function NameLink({ r, onOpen }: { r: Resource; onOpen: (r: Resource) => void }) {
  return (
    <Anchor component="button" type="button" fw={500} onClick={() => onOpen(r)} ta="left">
      {r.name}
    </Anchor>
  );
}

/** Resources as a table. */
export function ResourceTable({ resources, onOpen, today }: Props) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Resources">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Code</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Department</Table.Th>
            <Table.Th>Role / unit</Table.Th>
            <Table.Th>Units now</Table.Th>
            <Table.Th>Skills</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resources.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <NameLink r={r} onOpen={onOpen} />
                {r.userName && r.userName !== r.name && (
                  <Text size="xs" c="dimmed">
                    Signs in as {r.userName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text ff="monospace" size="sm">
                  {r.code}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <KindBadge r={r} />
              </Table.Td>
              <Table.Td>{r.department || '—'}</Table.Td>
              <Table.Td>{detail(r)}</Table.Td>
              <Table.Td>{unitsNow(r, today) ?? '—'}</Table.Td>
              <Table.Td>
                <Skills r={r} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge variant="dot" color={r.active ? 'teal' : 'gray'} radius="sm" styles={WHOLE_LABEL}>
                  {r.active ? 'Active' : 'Inactive'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Resources as cards (phones). */
export function ResourceCards({ resources, onOpen, today }: Props) {
  return (
    <Stack gap="sm" aria-label="Resources">
      {resources.map((r) => (
        <Card key={r.id} withBorder radius="md" padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <NameLink r={r} onOpen={onOpen} />
              <Text size="sm" c="dimmed">
                {r.code} · {r.department || 'No department'} · {detail(r)}
                {unitsNow(r, today) ? ` · ${unitsNow(r, today)}` : ''}
              </Text>
            </Stack>
            <KindBadge r={r} />
          </Group>
          {r.skills.length > 0 && (
            <Group mt="xs">
              <Skills r={r} />
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
