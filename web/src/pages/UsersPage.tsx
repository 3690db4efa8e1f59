import { Button, Card, EmptyState, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { User } from '../../../src/contracts/index.js';
import { SYSTEM_ROLE_LABELS, SYSTEM_ROLES } from '../../../src/core/roles.js';
import { useCurrentUser } from '../api/auth.js';
import { useUsers } from '../api/users.js';
import { FilterBar } from '../components/FilterBar.js';
import { PageHeader } from '../components/PageHeader.js';
import { Pager } from '../components/Pager.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { UserFormModal } from '../users/UserFormModal.js';
import { UserCards, UserTable } from '../users/UserList.js';
import { NotFoundPage } from './NotFoundPage.js';

const PAGE_SIZE = 25;

/** User administration (admin): find, create and edit users, reset passwords. */
export function UsersPage() {
  useDocumentTitle('Users · Gantry');
  const me = useCurrentUser();
  const phone = useMediaQuery('(max-width: 48em)');
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [role, setRole] = useState<string | null>(null);
  const [active, setActive] = useState<'true' | 'false' | null>(null);
  const [page, setPage] = useState(1);
  // undefined: closed; null: creating; a user: editing them.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const params = {
    q: debouncedQ || undefined,
    role: role ?? undefined,
    active: active ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  // The PMO reads the directory; only admins change it.
  const users = useUsers(params, can(me, 'user.directory'));
  if (!can(me, 'user.directory')) return <NotFoundPage />;
  // Each row offers editing where its `allowedActions` has `user.update` (admins).
  const onEdit = setEditing;

  const filtered = Boolean(debouncedQ || role || active);
  const clear = () => {
    setQ('');
    setRole(null);
    setActive(null);
    setPage(1);
  };

  let body: ReactNode;
  if (users.isPending) body = <TableSkeleton columns={phone ? 2 : 5} />;
  else if (users.isError)
    body = <ErrorState error={users.error} onRetry={() => users.refetch()} title="Could not load users" />;
  else if (users.data.items.length === 0)
    body = (
      <EmptyState icon={<IconUsers />} title="No users match these filters" py="xl">
        <EmptyState.Actions>
          <Button variant="light" onClick={clear}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  else if (phone) body = <UserCards users={users.data.items} onEdit={onEdit} />;
  else body = <UserTable users={users.data.items} onEdit={onEdit} />;

  return (
    <>
      <PageHeader
        title="Users"
        subtitle="Who may sign in to Gantry, and with which role"
        actions={
          can(me, 'user.manage') && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing(null)}>
              New user
            </Button>
          )
        }
      />
      <Stack gap="md">
        <FilterBar
          compact={Boolean(phone)}
          foldedCount={(role ? 1 : 0) + (active ? 1 : 0)}
          primary={
            <TextInput
              label="Search users"
              placeholder="Name or email"
              leftSection={<IconSearch size={16} />}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setPage(1);
              }}
              style={{ flex: '1 1 220px' }}
            />
          }
        >
          <Select
            label="Role"
            placeholder="Any role"
            data={SYSTEM_ROLES.map((r) => ({ value: r, label: SYSTEM_ROLE_LABELS[r] }))}
            value={role}
            onChange={(v) => {
              setRole(v);
              setPage(1);
            }}
            clearable
            style={{ flex: '0 1 200px' }}
          />
          <Select
            label="Status"
            placeholder="Any status"
            data={[
              { value: 'true', label: 'Active' },
              { value: 'false', label: 'Inactive' },
            ]}
            value={active}
            onChange={(v) => {
              setActive(v as 'true' | 'false' | null);
              setPage(1);
            }}
            clearable
            style={{ flex: '0 1 160px' }}
          />
          {filtered && (
            <Button variant="subtle" onClick={clear}>
              Clear filters
            </Button>
          )}
        </FilterBar>
        {phone && users.data?.items.length ? (
          body
        ) : (
          <Card withBorder radius="md" padding={0}>
            {body}
          </Card>
        )}
        {users.data && users.data.total > 0 && (
          <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onPage={setPage} noun="users" />
        )}
      </Stack>
      {editing !== undefined && <UserFormModal user={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
