import { Alert, Anchor, Card, Group, Progress, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PlanSummary, Project } from '../../../src/contracts/index.js';
import { usePlanSummary } from '../api/plan-summary.js';
import { ErrorState } from '../components/QueryStates.js';
import { formatDate } from '../lib/dates.js';
import { Fact } from './Fact.js';

// Plan dates carry a time of day the project page does not need.
const day = (localDateTime: string | null) => formatDate(localDateTime?.slice(0, 10));

const plural = (n: number, unit: string) => `${n} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;

/** "+2 working days" (late, red), "-1.5 working days" (early, green), "On baseline". */
function Variance({ days }: { days: number }) {
  if (days === 0) return <>On baseline</>;
  return (
    <Text span inherit c={days > 0 ? 'red.7' : 'teal.7'} fw={600}>
      {days > 0 ? '+' : '−'}
      {plural(Math.abs(days), 'working day')}
    </Text>
  );
}

/** The plan's finish disagrees with the charter's by more than a day: say by how much, and which way. */
function CharterDrift({ summary }: { summary: PlanSummary }) {
  const diff = summary.charterFinishDifferenceDays;
  if (diff === null || Math.abs(diff) <= 1) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title="The plan and the charter disagree"
      data-testid="charter-drift"
    >
      The plan finishes on {day(summary.planFinish)}, {plural(Math.abs(diff), 'day')} {diff > 0 ? 'after' : 'before'}{' '}
      the charter's finish of {formatDate(summary.charterFinish)}. Update the charter or the plan so they agree.
    </Alert>
  );
}

function Milestones({ items }: { items: PlanSummary['nextMilestones'] }) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No milestones ahead.
      </Text>
    );
  }
  return (
    <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((m) => (
        <Group key={m.taskId} component="li" gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm" truncate="end" style={{ minWidth: 0 }} title={m.name}>
            <Text span c="dimmed" ff="monospace" size="xs" mr={6}>
              {m.wbs}
            </Text>
            {m.name}
          </Text>
          <Text size="sm" className="gantry-nowrap">
            {day(m.date)}
            {m.baselineDate && m.baselineDate.slice(0, 10) !== m.date?.slice(0, 10) && (
              <Text span size="xs" c="dimmed" ml={6}>
                (baseline {day(m.baselineDate)})
              </Text>
            )}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** The project page's plan card: plan vs charter vs baseline finish, progress and the next milestones. */
export function PlanSummaryCard({ project }: { project: Project }) {
  const query = usePlanSummary(project.id, project.version);
  const s = query.data;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="plan-summary-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h5" id="plan-summary-heading">
          Plan
        </Title>
        <Anchor component={Link} to={`/projects/${project.id}/plan`} size="sm">
          Open the plan
        </Anchor>
      </Group>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} title="Could not load the plan summary" />
      ) : !s ? (
        <Skeleton height={96} />
      ) : s.taskCount === 0 ? (
        <Text size="sm" c="dimmed" data-testid="plan-summary-empty">
          No tasks planned yet. The charter's dates ({formatDate(s.charterStart)} – {formatDate(s.charterFinish)}) stand
          until the plan has tasks.
        </Text>
      ) : (
        <Stack gap="md">
          <CharterDrift summary={s} />
          <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="md" verticalSpacing="md" m={0}>
            <Fact label="Plan finish" testId="plan-summary-finish">
              <b>{day(s.planFinish)}</b>
            </Fact>
            <Fact label="Charter finish">{formatDate(s.charterFinish)}</Fact>
            <Fact label={s.baseline ? `Baseline finish (${s.baseline.name})` : 'Baseline finish'}>
              {s.baseline ? day(s.baseline.finish) : 'No baseline saved'}
            </Fact>
            <Fact label="Finish variance" testId="plan-summary-variance">
              {s.finishVarianceWorkingDays === null ? '—' : <Variance days={s.finishVarianceWorkingDays} />}
            </Fact>
            <Fact label="Plan start">{day(s.planStart)}</Fact>
            <Fact label="Charter start">{formatDate(s.charterStart)}</Fact>
            <Fact label="Complete" testId="plan-summary-progress">
              <Group gap="xs" wrap="nowrap">
                <Progress value={s.percentComplete} w={64} aria-hidden />
                {/* In a span: Group drops falsy children, and 0 is one. */}
                <span>{s.percentComplete}%</span>
              </Group>
            </Fact>
            <Fact label="Tasks">{s.taskCount}</Fact>
          </SimpleGrid>
          <div>
            <Title order={3} size="h6" mb={6}>
              Next milestones
            </Title>
            <Milestones items={s.nextMilestones} />
          </div>
        </Stack>
      )}
    </Card>
  );
}
