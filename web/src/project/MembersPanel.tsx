import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserMinus } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { Project, ProjectMember } from '../../../src/contracts/index.js';
import { useCurrentUser } from '../api/auth.js';
import { errorMessage } from '../api/client.js';
import { useMembers, usePutMember, useRemoveMember } from '../api/projects.js';
import { useUserOptions } from '../api/users.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';

const RELATION_LABELS: Record<ProjectMember['relation'], string> = {
  manager: 'Manager',
  team_member: 'Team member',
  stakeholder: 'Stakeholder',
};
const RELATION_COLORS: Record<ProjectMember['relation'], string> = {
  manager: 'blue',
  team_member: 'teal',
  stakeholder: 'grape',
};

function AddMemberForm({ project, members }: { project: Project; members: readonly ProjectMember[] }) {
  const me = useCurrentUser();
  const users = useUserOptions(can(me, 'user.list'));
  const put = usePutMember(project.id);
  const [userId, setUserId] = useState<string | null>(null);
  const [relation, setRelation] = useState<'team_member' | 'stakeholder'>('team_member');
  if (!can(me, 'user.list')) return null;
  const taken = new Set(members.map((m) => m.userId));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return;
    put.mutate(
      { userId, relation },
      {
        // The answer is the whole member list (it used to be read as one member: "undefined added as …").
        onSuccess: (list) => {
          const m = list.find((x) => x.userId === userId);
          notifications.show({
            color: 'teal',
            message: m ? `${m.name} added as ${RELATION_LABELS[m.relation].toLowerCase()}` : 'Member added',
          });
          setUserId(null);
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Could not add member', message: errorMessage(e) }),
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label="Add member">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="User"
          placeholder="Find a person"
          data={users.options.filter((o) => !taken.has(o.value))}
          value={userId}
          onChange={setUserId}
          searchable
          nothingFoundMessage="No matching user"
          style={{ flex: '1 1 200px' }}
        />
        <NativeSelect
          label="Relation"
          value={relation}
          onChange={(e) => setRelation(e.currentTarget.value as typeof relation)}
          data={[
            { value: 'team_member', label: 'Team member' },
            { value: 'stakeholder', label: 'Stakeholder' },
          ]}
        />
        <Button type="submit" variant="light" disabled={!userId} loading={put.isPending}>
          Add member
        </Button>
      </Group>
    </form>
  );
}

/** Who works on or follows the project; its manager is set in the charter, others are added here. */
export function MembersPanel({ project }: { project: Project }) {
  const members = useMembers(project.id);
  const remove = useRemoveMember(project.id);
  const canManage = can(project, 'project.members.manage');

  let body: ReactNode;
  if (members.isPending) body = <TableSkeleton rows={3} columns={2} />;
  else if (members.isError)
    body = <ErrorState error={members.error} onRetry={() => members.refetch()} title="Could not load members" />;
  else if (members.data.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        No members yet.
      </Text>
    );
  else
    body = (
      <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Members">
        {members.data.map((m) => (
          <Group
            key={m.userId}
            component="li"
            justify="space-between"
            wrap="nowrap"
            gap="xs"
            py={8}
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
          >
            <div style={{ minWidth: 0 }}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={500} truncate>
                  {m.name}
                </Text>
                <Badge
                  variant="light"
                  color={RELATION_COLORS[m.relation]}
                  radius="sm"
                  size="xs"
                  style={{ flexShrink: 0 }}
                >
                  {RELATION_LABELS[m.relation]}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" truncate title={m.email}>
                {m.email}
              </Text>
            </div>
            {canManage && m.relation !== 'manager' && (
              <Tooltip label="Remove from project">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${m.name}`}
                  loading={remove.isPending && remove.variables === m.userId}
                  onClick={() =>
                    remove.mutate(m.userId, {
                      onError: (e) =>
                        notifications.show({ color: 'red', title: 'Could not remove', message: errorMessage(e) }),
                    })
                  }
                >
                  <IconUserMinus size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        ))}
      </Stack>
    );

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="members-heading">
      <Stack gap="sm">
        <Title order={2} size="h5" id="members-heading">
          Members
        </Title>
        {body}
        {canManage && members.data && <AddMemberForm project={project} members={members.data} />}
      </Stack>
    </Card>
  );
}
