import {
  ActionIcon,
  Badge,
  Button,
  Drawer,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Assignment, PlanTask, Resource } from '../../../src/contracts/index.js';
import { useResourcePool } from '../api/assignments.js';
import { newId } from './new-id.js';
import type { PlanOp } from './plan-ops.js';
import { resourceLabel } from './use-plan-data.js';

/** What the drawer needs from the plan view. */
export interface AssignmentsDrawerProps {
  readonly task: PlanTask | null;
  readonly assignments: readonly Assignment[];
  readonly canEdit: boolean;
  onWrite(ops: readonly PlanOp[], label: string): Promise<boolean>;
  onClose(): void;
}

const TASK_TYPES = [
  { value: 'fixedUnits', label: 'Fixed units' },
  { value: 'fixedWork', label: 'Fixed work' },
  { value: 'fixedDuration', label: 'Fixed duration' },
];

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * A task's assignments, as MS Project's Assign Resources dialog and task form: resources from the
 * pool with units and work, the task type and effort-driven flag that decide what an edit moves,
 * and "Staff with…" for a generic role (the people who fill it). Every change is a plan op, so
 * undo, redo and scenarios work on it.
 */
export function AssignmentsDrawer({ task, assignments, canEdit, onWrite, onClose }: AssignmentsDrawerProps) {
  const pool = useResourcePool(task !== null && canEdit);
  const resources = pool.data?.items ?? [];
  const [pick, setPick] = useState<string | null>(null);
  const [units, setUnits] = useState<number | string>(100);
  const taken = new Set(assignments.map((a) => a.resourceId));
  const choices = resources
    .filter((r) => r.active && !taken.has(r.id))
    .map((r) => ({ value: r.id, label: r.kind === 'role' ? `${r.name} (role)` : r.name }));
  const editable = canEdit && task !== null && !task.summary && !task.milestone;

  const add = async () => {
    if (!task || !pick) return;
    const ok = await onWrite(
      [
        {
          op: 'addAssignments',
          assignments: [{ id: newId(), taskId: task.id, resourceId: pick, unitsPercent: Number(units) || 100 }],
        },
      ],
      'assign resource',
    );
    if (ok) {
      setPick(null);
      setUnits(100);
    }
  };

  return (
    <Drawer
      opened={task !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={task ? `Resources of ${task.name}` : ''}
      data-testid="assignments-drawer"
    >
      {task && (
        <Stack gap="md">
          {canEdit && (
            <Group grow align="end">
              <Select
                label="Task type"
                data={TASK_TYPES}
                value={task.taskType}
                allowDeselect={false}
                disabled={!editable}
                onChange={(v) =>
                  v &&
                  void onWrite(
                    [{ op: 'updateTask', taskId: task.id, fields: { taskType: v as PlanTask['taskType'] } }],
                    'edit task type',
                  )
                }
              />
              <Switch
                label="Effort-driven"
                checked={task.effortDriven}
                disabled={!editable}
                onChange={(e) =>
                  void onWrite(
                    [{ op: 'updateTask', taskId: task.id, fields: { effortDriven: e.currentTarget.checked } }],
                    'edit effort-driven',
                  )
                }
              />
            </Group>
          )}
          {task.summary || task.milestone ? (
            <Text c="dimmed" size="sm">
              {task.summary ? 'A summary task' : 'A milestone'} takes no work assignments.
            </Text>
          ) : assignments.length === 0 ? (
            <Text c="dimmed" size="sm">
              No resources assigned yet.
            </Text>
          ) : (
            assignments.map((a) => (
              <AssignmentRow key={a.id} a={a} resources={resources} canEdit={canEdit} onWrite={onWrite} />
            ))
          )}
          {editable && (
            <Paper withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Select
                  label="Assign a resource"
                  placeholder={pool.isLoading ? 'Loading the pool…' : 'Person, role or equipment'}
                  data={choices}
                  value={pick}
                  onChange={setPick}
                  searchable
                  nothingFoundMessage="No such resource in the pool"
                  error={pool.isError ? 'The resource pool could not be read' : undefined}
                />
                <Group align="end">
                  <NumberInput label="Units (%)" value={units} onChange={setUnits} min={0} max={10000} w={120} />
                  <Button onClick={add} disabled={!pick}>
                    Assign
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

function AssignmentRow({
  a,
  resources,
  canEdit,
  onWrite,
}: {
  a: Assignment;
  resources: readonly Resource[];
  canEdit: boolean;
  onWrite: AssignmentsDrawerProps['onWrite'];
}) {
  const fillers = resources.filter((r) => r.active && r.kind === 'person' && r.roleId === a.resourceId);
  const update = (fields: { unitsPercent?: number; workMinutes?: number; resourceId?: string }, label: string) =>
    void onWrite([{ op: 'updateAssignment', assignmentId: a.id, fields }], label);
  const was = a.staffingHistory[a.staffingHistory.length - 1];
  return (
    <Paper withBorder p="sm" radius="md" data-assignment={a.resourceName}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={600}>{resourceLabel(a)}</Text>
            {was && (
              <Text size="xs" c="dimmed" data-testid="staffing-history">
                was: {was.resourceName}
                {was.byName ? ` (staffed by ${was.byName})` : ''}
                {was.outsideRole ? ' — outside the role, by the PMO' : ''}
              </Text>
            )}
          </div>
          <Group gap={4} wrap="nowrap">
            {a.resourceKind === 'role' && <Badge variant="light">Role</Badge>}
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove ${a.resourceName}`}
                onClick={() => void onWrite([{ op: 'deleteAssignments', assignmentIds: [a.id] }], 'remove resource')}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        </Group>
        <Group grow>
          <NumberInput
            label="Units (%)"
            defaultValue={a.unitsPercent}
            key={`u${a.unitsPercent}`}
            min={0}
            max={10000}
            disabled={!canEdit}
            onBlur={(e) => {
              const v = Number(e.currentTarget.value);
              if (Number.isFinite(v) && v !== a.unitsPercent) update({ unitsPercent: v }, 'edit units');
            }}
          />
          <NumberInput
            label="Work (h)"
            defaultValue={hours(a.workMinutes)}
            key={`w${a.workMinutes}`}
            min={0}
            decimalScale={2}
            disabled={!canEdit}
            onBlur={(e) => {
              const v = Math.round(Number(e.currentTarget.value) * 60);
              if (Number.isFinite(v) && v !== a.workMinutes) update({ workMinutes: v }, 'edit work');
            }}
          />
        </Group>
        {canEdit && a.resourceKind === 'role' && (
          <Select
            label="Staff with…"
            placeholder={fillers.length > 0 ? 'A person who fills this role' : 'Nobody in the pool fills this role'}
            data={fillers.map((r) => ({ value: r.id, label: r.name }))}
            disabled={fillers.length === 0}
            value={null}
            onChange={(v) => v && update({ resourceId: v }, 'staff role')}
          />
        )}
      </Stack>
    </Paper>
  );
}
