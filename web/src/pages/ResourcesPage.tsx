import { Button, Card, EmptyState, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { IconPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { Resource } from '../../../src/contracts/index.js';
import { RESOURCE_KINDS } from '../../../src/core/resources/model.js';
import { useCurrentUser } from '../api/auth.js';
import { type ResourceListParams, useResources } from '../api/resources.js';
import { FilterBar } from '../components/FilterBar.js';
import { PageHeader } from '../components/PageHeader.js';
import { Pager } from '../components/Pager.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can } from '../lib/can.js';
import { KIND_LABELS, ResourceEditor } from '../resources/ResourceEditor.js';
import { ResourceCards, ResourceTable } from '../resources/ResourceList.js';

const PAGE_SIZE = 25;
type Status = NonNullable<ResourceListParams['status']>;

/**
 * The resource pool: the PMO builds and keeps it, managers read it to staff their plans; anyone
 * else sees only their own record here (the server lists nothing more to them).
 */
export function ResourcesPage() {
  const me = useCurrentUser();
  const pool = can(me, 'resource.read');
  useDocumentTitle(pool ? 'Resources · Gantry' : 'My resource record · Gantry');
  const phone = useMediaQuery('(max-width: 48em)');
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [kind, setKind] = useState<Resource['kind'] | null>(null);
  const [department, setDepartment] = useState<string | null>(null);
  const [skill, setSkill] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('active');
  const [page, setPage] = useState(1);
  // undefined: closed; null: creating; a resource: open.
  const [open, setOpen] = useState<Resource | null | undefined>(undefined);
  const params: ResourceListParams = {
    ...(debouncedQ ? { q: debouncedQ } : {}),
    ...(kind ? { kind } : {}),
    ...(department ? { department } : {}),
    ...(skill ? { skill } : {}),
    status,
    page,
    pageSize: PAGE_SIZE,
  };
  const resources = useResources(params);
  // The filters' choices: every department and skill in the pool (one request of up to 200).
  const everything = useResources({ status: 'all', pageSize: 200 }, pool);
  const all = everything.data?.items ?? [];
  const departments = [...new Set(all.map((r) => r.department).filter(Boolean))].sort();
  const skills = [...new Set(all.flatMap((r) => r.skills.map((s) => s.skill)))].sort((a, b) => a.localeCompare(b));
  const today = new Date().toISOString().slice(0, 10);

  const filtered = Boolean(debouncedQ || kind || department || skill || status !== 'active');
  const clear = () => {
    setQ('');
    setKind(null);
    setDepartment(null);
    setSkill(null);
    setStatus('active');
    setPage(1);
  };
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  let body: ReactNode;
  if (resources.isPending) body = <TableSkeleton columns={phone ? 2 : 8} />;
  else if (resources.isError)
    body = <ErrorState error={resources.error} onRetry={() => resources.refetch()} title="Could not load resources" />;
  else if (resources.data.items.length === 0)
    body = filtered ? (
      <EmptyState icon={<IconUsersGroup />} title="No resources match these filters" py="xl">
        <EmptyState.Actions>
          <Button variant="light" onClick={clear}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        icon={<IconUsersGroup />}
        title={pool ? 'The resource pool is empty' : 'You have no resource record yet'}
        description={
          pool
            ? 'People, generic roles, equipment and materials that plans can be staffed with appear here.'
            : 'The PMO adds people to the resource pool; your calendar, units and skills will show here then.'
        }
        py="xl"
      >
        {can(me, 'resource.manage') && (
          <EmptyState.Actions>
            <Button onClick={() => setOpen(null)}>Add the first resource</Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  else if (phone) body = <ResourceCards resources={resources.data.items} onOpen={setOpen} today={today} />;
  else body = <ResourceTable resources={resources.data.items} onOpen={setOpen} today={today} />;

  return (
    <>
      <PageHeader
        title={pool ? 'Resources' : 'My resource record'}
        subtitle={
          pool
            ? 'The organisation’s pool: people, generic roles, equipment, material and cost resources'
            : 'Your record in the resource pool, as the PMO keeps it'
        }
        actions={
          can(me, 'resource.manage') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen(null)}>
              New resource
            </Button>
          )
        }
      />
      <Stack gap="md">
        {pool && (
          <FilterBar
            compact={Boolean(phone)}
            foldedCount={[kind, department, skill].filter(Boolean).length + (status !== 'active' ? 1 : 0)}
            primary={
              <TextInput
                label="Search resources"
                placeholder="Name or code"
                leftSection={<IconSearch size={16} />}
                value={q}
                onChange={(e) => filter(setQ)(e.currentTarget.value)}
                style={{ flex: '1 1 220px' }}
              />
            }
          >
            <Select
              label="Kind"
              placeholder="Any kind"
              data={RESOURCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
              value={kind}
              onChange={filter((v) => setKind(v as Resource['kind'] | null))}
              clearable
              style={{ flex: '0 1 170px' }}
            />
            <Select
              label="Department"
              placeholder="Any department"
              data={departments}
              value={department}
              onChange={filter(setDepartment)}
              searchable
              clearable
              style={{ flex: '0 1 190px' }}
            />
            <Select
              label="Skill"
              placeholder="Any skill"
              data={skills}
              value={skill}
              onChange={filter(setSkill)}
              searchable
              clearable
              style={{ flex: '0 1 190px' }}
            />
            <Select
              label="Status"
              data={[
                { value: 'active', label: 'Active' },
                { value: 'inactive', label: 'Inactive' },
                { value: 'all', label: 'All' },
              ]}
              value={status}
              onChange={filter((v) => setStatus((v as Status | null) ?? 'active'))}
              allowDeselect={false}
              style={{ flex: '0 1 130px' }}
            />
            {filtered && (
              <Button variant="subtle" onClick={clear}>
                Clear filters
              </Button>
            )}
          </FilterBar>
        )}
        {phone && resources.data?.items.length ? (
          body
        ) : (
          <Card withBorder radius="md" padding={0}>
            {body}
          </Card>
        )}
        {resources.data && resources.data.total > PAGE_SIZE && (
          <Pager page={page} pageSize={PAGE_SIZE} total={resources.data.total} onPage={setPage} noun="resources" />
        )}
      </Stack>
      {open !== undefined && (
        <ResourceEditor key={open?.id ?? 'new'} resource={open} onClose={() => setOpen(undefined)} />
      )}
    </>
  );
}
