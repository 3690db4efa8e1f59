import { Badge, Button, Drawer, Group, Loader, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import type { QualityCheck } from '../../../src/contracts/index.js';
import { CreateActionButton } from '../actions/CreateActionButton.js';
import { useScheduleQuality } from '../api/schedule-quality.js';
import { ErrorState } from '../components/QueryStates.js';

export interface ScheduleQualityDrawerProps {
  readonly projectId: string;
  readonly planVersion: number;
  readonly opened: boolean;
  /** The check whose tasks are highlighted, by key. */
  readonly chosen: string | null;
  /** Whether the plan shows only the chosen check's tasks. */
  readonly only: boolean;
  onChoose(check: QualityCheck | null): void;
  onOnly(only: boolean): void;
  onClose(): void;
  /** The user may raise a corrective action on a failed check (`corrective_action.manage`). */
  readonly canAct?: boolean;
}

const verdict = (pass: boolean | null) =>
  pass === null ? (
    <Badge color="gray" variant="light" w={56}>
      n.a.
    </Badge>
  ) : pass ? (
    <Badge color="green" variant="light" w={56}>
      Pass
    </Badge>
  ) : (
    <Badge color="red" variant="filled" w={56}>
      Fail
    </Badge>
  );

function shown(c: QualityCheck): string {
  if (c.value === null) return '—';
  return c.key === 'cpli' || c.key === 'bei' ? c.value.toFixed(2) : `${c.value.toFixed(1)} %`;
}

function threshold(c: QualityCheck): string {
  if (!c.threshold) return 'reported only';
  const op = c.threshold.operator === '<=' ? '≤' : '≥';
  return c.key === 'cpli' || c.key === 'bei' ? `pass ${op} ${c.threshold.value}` : `pass ${op} ${c.threshold.value} %`;
}

/**
 * The DCMA 14-point checks of the live plan, in a drawer beside the plan (no overlay, so the grid
 * and chart stay visible): picking a check selects its tasks in both; "Show only these" hides the rest.
 */
export function ScheduleQualityDrawer(p: ScheduleQualityDrawerProps) {
  const quality = useScheduleQuality(p.projectId, p.planVersion, p.opened);
  const checks = quality.data?.checks;
  const chosen = checks?.find((c) => c.key === p.chosen) ?? null;
  return (
    <Drawer
      opened={p.opened}
      onClose={p.onClose}
      position="right"
      size={380}
      withOverlay={false}
      lockScroll={false}
      trapFocus={false}
      title={
        <Group gap={6}>
          <Text fw={600}>Schedule quality (DCMA 14-point)</Text>
          {quality.isFetching && !quality.isPending && <Loader size={12} />}
        </Group>
      }
    >
      <Stack gap={4} data-testid="schedule-quality">
        {quality.isPending && (
          <Stack gap={6} aria-busy="true" aria-label="Checking the schedule">
            {['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => (
              <Skeleton key={k} height={36} />
            ))}
          </Stack>
        )}
        {quality.isError && (
          <ErrorState error={quality.error} onRetry={() => quality.refetch()} title="Could not check the schedule" />
        )}
        {checks && checks.every((c) => c.total === 0) && (
          <Text size="sm" c="dimmed" data-testid="schedule-quality-empty">
            Nothing to check yet: the plan has no tasks with a duration.
          </Text>
        )}
        {chosen && (
          <Group gap="xs" justify="space-between" mb={4} data-testid="schedule-quality-chosen">
            <Text size="xs">
              {chosen.taskIds.length} task{chosen.taskIds.length === 1 ? '' : 's'} of “{chosen.name}” selected
            </Text>
            <Group gap={4}>
              {p.canAct && chosen.pass === false && (
                <CreateActionButton
                  projectId={p.projectId}
                  finding={{ kind: 'dcma', checkId: chosen.id, checkKey: chosen.key }}
                  title={`Fix DCMA check ${chosen.id}: ${chosen.name}`}
                  label="Act on this"
                  size="xs"
                  variant="light"
                />
              )}
              <Button size="compact-xs" variant={p.only ? 'filled' : 'default'} onClick={() => p.onOnly(!p.only)}>
                {p.only ? 'Show all tasks' : 'Show only these'}
              </Button>
              <Button size="compact-xs" variant="subtle" onClick={() => p.onChoose(null)}>
                Clear
              </Button>
            </Group>
          </Group>
        )}
        {checks?.map((c) => (
          <UnstyledButton
            key={c.key}
            data-testid={`quality-check-${c.key}`}
            aria-pressed={c.key === p.chosen}
            disabled={c.taskIds.length === 0}
            onClick={() => p.onChoose(c.key === p.chosen ? null : c)}
            p={6}
            style={{
              borderRadius: 6,
              background: c.key === p.chosen ? 'var(--mantine-color-blue-light)' : undefined,
              cursor: c.taskIds.length ? 'pointer' : 'default',
            }}
          >
            <Group gap="sm" wrap="nowrap" justify="space-between">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {c.id}. {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.count}/{c.total} · {shown(c)} · {threshold(c)}
                </Text>
              </div>
              {verdict(c.pass)}
            </Group>
          </UnstyledButton>
        ))}
        {checks && (
          <Text size="xs" c="dimmed" mt="xs">
            Measured against the first saved baseline and the status date; pick a check to select its tasks.
          </Text>
        )}
      </Stack>
    </Drawer>
  );
}
