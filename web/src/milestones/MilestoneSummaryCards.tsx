import { Paper, SimpleGrid, Skeleton, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatSlip, type MilestoneStatus, type MilestoneSummary } from './milestone-model.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function Figure(props: {
  label: string;
  value: number;
  color?: string;
  detail: ReactNode;
  pressed?: boolean;
  onClick?: () => void;
}) {
  const body = (
    <>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {props.label}
      </Text>
      <Text
        fz={28}
        fw={700}
        lh={1.2}
        c={props.value > 0 && props.color ? `${props.color}.${props.color === 'yellow' ? 9 : 7}` : undefined}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {props.value}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {props.detail}
      </Text>
    </>
  );
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      style={
        props.pressed
          ? {
              borderColor: `var(--mantine-color-${props.color}-5)`,
              boxShadow: `0 0 0 1px var(--mantine-color-${props.color}-5)`,
            }
          : undefined
      }
    >
      {props.onClick ? (
        <UnstyledButton onClick={props.onClick} aria-pressed={props.pressed} w="100%" title="Show only these">
          {body}
        </UnstyledButton>
      ) : (
        body
      )}
    </Paper>
  );
}

interface Props {
  readonly summary: MilestoneSummary | null;
  /** The status filter; a card for one status toggles it. */
  readonly statuses: readonly MilestoneStatus[];
  readonly onStatuses: (statuses: MilestoneStatus[]) => void;
}

/** Milestones shown, slipped, due in the next 30 days and without baseline; null while loading. */
export function MilestoneSummaryCards({ summary, statuses, onStatuses }: Props) {
  if (!summary) {
    return (
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" aria-busy="true">
        {[1, 2, 3, 4].map((i) => (
          <Skeleton key={i} height={96} radius="md" />
        ))}
      </SimpleGrid>
    );
  }
  const only = (s: MilestoneStatus) => statuses.length === 1 && statuses[0] === s;
  const toggle = (s: MilestoneStatus) => onStatuses(only(s) ? [] : [s]);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" role="group" aria-label="Milestone summary">
      <Figure label="Milestones shown" value={summary.shown} detail={`across ${plural(summary.projects, 'project')}`} />
      <Figure
        label="Slipped"
        value={summary.slipped}
        color="red"
        detail={
          summary.slipped
            ? `worst ${formatSlip(summary.worstSlipMinutes)} against baseline`
            : 'none later than baseline'
        }
        pressed={only('slipped')}
        onClick={() => toggle('slipped')}
      />
      <Figure
        label="Due in next 30 days"
        value={summary.dueSoon}
        color="blue"
        detail={
          summary.overdue
            ? `${summary.overdue} past due, not done`
            : summary.dueSoonCritical
              ? `${summary.dueSoonCritical} on the critical path`
              : 'not yet done'
        }
      />
      <Figure
        label="Without baseline"
        value={summary.noBaseline}
        color="yellow"
        detail={summary.noBaseline ? `in ${plural(summary.noBaselineProjects, 'project')}` : 'all shown have one'}
        pressed={only('no_baseline')}
        onClick={() => toggle('no_baseline')}
      />
    </SimpleGrid>
  );
}
