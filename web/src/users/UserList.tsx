import { ActionIcon, Badge, Card, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { User } from '../../../src/contracts/index.js';
import { SYSTEM_ROLE_LABELS, type SystemRole } from '../../../src/core/roles.js';
import { can } from '../lib/can.js';
import { formatDateTime } from '../lib/dates.js';

const ROLE_COLORS: Record<SystemRole, string> = {
  admin: 'red',
  pmo: 'violet',
  project_manager: 'blue',
  team_member: 'teal',
  stakeholder: 'gray',
};

interface Props {
  readonly users: readonly User[];
  /** Absent for readers who may not change users: no edit control is shown. */
  readonly onEdit?: ((user: User) => void) | undefined;
}

function RoleBadge({ user }: { user: User }) {
  return (
    <Badge variant="light" color={ROLE_COLORS[user.role]} radius="sm" style={{ flexShrink: 0 }}>
      {SYSTEM_ROLE_LABELS[user.role]}
    </Badge>
  );
}

function StatusBadge({ user }: { user: User }) {
  return (
    <Badge variant="dot" color={user.active ? 'teal' : 'gray'} radius="sm" style={{ flexShrink: 0 }}>
      {user.active ? 'Active' : 'Inactive'}
    </Badge>
  );
}

function EditButton({ user, onEdit }: { user: User; onEdit: (user: User) => void }) {
  return (
    <Tooltip label="Edit user">
      <ActionIcon variant="subtle" aria-label={`Edit user ${user.name}`} onClick={() => onEdit(user)}>
        <IconPencil size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

/** Users as a table (wide screens). */
export function UserTable({ users, onEdit }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Updated</Table.Th>
            <Table.Th w={50}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td fw={500}>{u.name}</Table.Td>
              <Table.Td>{u.email}</Table.Td>
              <Table.Td className="gantry-nowrap">
                <RoleBadge user={u} />
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <StatusBadge user={u} />
              </Table.Td>
              <Table.Td className="gantry-nowrap">
                <Text size="sm" c="dimmed">
                  {formatDateTime(u.updatedAt)}
                </Text>
              </Table.Td>
              <Table.Td>{onEdit && can(u, 'user.update') && <EditButton user={u} onEdit={onEdit} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Users as cards (phones). */
export function UserCards({ users, onEdit }: Props) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Users">
      {users.map((u) => (
        <Card key={u.id} component="li" withBorder padding="sm" radius="md">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate>
                {u.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {u.email}
              </Text>
            </div>
            {onEdit && can(u, 'user.update') && <EditButton user={u} onEdit={onEdit} />}
          </Group>
          <Group gap="xs" mt={8}>
            <RoleBadge user={u} />
            <StatusBadge user={u} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
