import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { Project } from '../../../src/contracts/index.js';
import { type ProjectTimesheetStatus, useProjectTimesheets } from '../api/timesheets.js';
import { ErrorState, TableSkeleton } from '../components/QueryStates.js';
import { can, refusal } from '../lib/can.js';
import { ApprovalGroup } from './ApprovalGroup.js';
import { ApproveTimesheetModal } from './ApproveTimesheetModal.js';
import { groupLines } from './approval-groups.js';
import { formatHours } from './hours.js';
import { ReturnTimesheetModal } from './ReturnTimesheetModal.js';

const FILTERS: { value: ProjectTimesheetStatus; label: string; none: string }[] = [
  { value: 'submitted', label: 'Waiting', none: 'No hours are waiting for approval.' },
  { value: 'approved', label: 'Approved', none: 'No hours have been approved yet.' },
  { value: 'returned', label: 'Returned', none: 'No hours are back with their people.' },
  { value: 'all', label: 'All', none: 'Nobody has booked hours on this project yet.' },
];

/**
 * The hours booked on the project, for its manager and the PMO to approve or return (and for those
 * who read its money to see): lines grouped by person and week, chosen one by one or a week at a
 * time. Approving posts them to the plan; returning needs a comment.
 */
export function TimesheetApprovals({ project }: { project: Project }) {
  const [status, setStatus] = useState<ProjectTimesheetStatus>('submitted');
  const list = useProjectTimesheets(project.id, status);
  const phone = useMediaQuery('(max-width: 48em)');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [deciding, setDeciding] = useState<'approve' | 'return' | null>(null);
  const items = list.data?.items ?? [];
  const waiting = items.filter((l) => l.status === 'submitted');
  const picked = waiting.filter((l) => chosen.has(l.id));
  // The server's verdict for this list; a closed project says why its hours can no longer be decided.
  const choosing = list.data?.canDecide ?? false;
  const frozen = can(project, 'timesheet.approve') ? null : refusal(project, 'timesheet.approve');

  const choose = (ids: readonly string[], on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const done = () => {
    setDeciding(null);
    setChosen(new Set());
  };

  let body: ReactNode;
  if (list.isPending) body = <TableSkeleton columns={9} rows={3} />;
  else if (list.isError)
    body = <ErrorState error={list.error} onRetry={() => list.refetch()} title="Could not load the timesheets" />;
  else if (items.length === 0)
    body = (
      <Text size="sm" c="dimmed" ta="center" py="lg">
        {FILTERS.find((f) => f.value === status)?.none}
      </Text>
    );
  else
    body = (
      <Stack gap="sm">
        {groupLines(items, status !== 'submitted').map((g) => (
          <ApprovalGroup
            key={g.key}
            group={g}
            currency={project.currency}
            choosing={choosing}
            chosen={chosen}
            onChoose={choose}
            phone={phone ?? false}
          />
        ))}
      </Stack>
    );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Timesheets">
      <Group justify="space-between" align="flex-end" gap="sm" mb="md">
        <Stack gap={2}>
          <Title order={2} size="h4">
            Timesheets
          </Title>
          <Text size="sm" c="dimmed">
            Approved hours become the plan's actual work and the project's actual cost.
          </Text>
        </Stack>
        <SegmentedControl
          aria-label="Show timesheet lines"
          value={status}
          onChange={(v) => {
            setStatus(v as ProjectTimesheetStatus);
            setChosen(new Set());
          }}
          data={FILTERS.map(({ value, label }) => ({ value, label }))}
        />
      </Group>
      {frozen && waiting.length > 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {frozen}
        </Text>
      )}
      {choosing && waiting.length > 0 && (
        <Group gap="sm" mb="sm" justify="flex-end">
          <Text size="sm" c="dimmed" data-testid="timesheet-chosen">
            {picked.length === 0
              ? 'Choose lines to decide on'
              : `${picked.length} chosen · ${formatHours(picked.reduce((a, l) => a + l.totalMinutes, 0))}`}
          </Text>
          <Button
            color="teal"
            leftSection={<IconCheck size={16} />}
            disabled={picked.length === 0}
            onClick={() => setDeciding('approve')}
          >
            Approve…
          </Button>
          <Button
            variant="light"
            color="orange"
            leftSection={<IconArrowBackUp size={16} />}
            disabled={picked.length === 0}
            onClick={() => setDeciding('return')}
          >
            Return…
          </Button>
        </Group>
      )}
      {body}
      {deciding === 'approve' && (
        <ApproveTimesheetModal projectId={project.id} lines={picked} onClose={() => setDeciding(null)} onDone={done} />
      )}
      {deciding === 'return' && (
        <ReturnTimesheetModal projectId={project.id} lines={picked} onClose={() => setDeciding(null)} onDone={done} />
      )}
    </Paper>
  );
}
