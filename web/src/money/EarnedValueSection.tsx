import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconChartLine, IconTimeline } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Project } from '../../../src/contracts/index.js';
import { useBaselines } from '../api/baselines.js';
import { type EarnedValueParams, useEarnedValue } from '../api/money.js';
import { ErrorState } from '../components/QueryStates.js';
import { formatDate, formatDateTime } from '../lib/dates.js';
import { baselineLabel } from '../plan/PlanToolbar.js';
import { evFigures } from './ev-figures.js';
import { FigureCards } from './FigureCards.js';
import { EV_METHOD_LABELS } from './money-labels.js';
import { SCurveChart } from './SCurveChart.js';
import { sCurveOf } from './s-curve.js';
import { useProjectCalendar } from './use-project-calendar.js';
import { VarianceTable } from './VarianceTable.js';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function Section({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-end" gap="sm" mb="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}

/**
 * Earned value at a status date (?statusDate=, ?baseline= in the address, so a view can be shared):
 * the figures, the S-curve and the variance by WBS. Without either, the server measures at the
 * plan's status date (else now) against the first baseline with costs.
 */
export function EarnedValueSection({ project }: { project: Project }) {
  const [search, setSearch] = useSearchParams();
  const statusParam = search.get('statusDate');
  const baselineParam = search.get('baseline');
  const params: EarnedValueParams = {
    statusDate: statusParam && LOCAL_DATE_TIME.test(statusParam) ? statusParam : undefined,
    baseline: baselineParam !== null && /^\d+$/.test(baselineParam) ? Number(baselineParam) : undefined,
  };
  const report = useEarnedValue(project.id, params, true);
  const baselines = useBaselines(project.id);
  const work = useProjectCalendar(project.id);
  const curve = useMemo(() => (report.data ? sCurveOf(report.data, work) : null), [report.data, work]);

  const setParam = (key: 'statusDate' | 'baseline', value: string | null) =>
    setSearch(
      (s) => {
        const next = new URLSearchParams(s);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const r = report.data;
  const list = [...(baselines.data?.items ?? [])].sort((a, b) => a.number - b.number);
  const controls = (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Status date"
        type="datetime-local"
        size="xs"
        w={200}
        // Until the first answer, the field waits for the server's default (the plan's status date or now).
        value={params.statusDate ?? r?.statusDate ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value.slice(0, 16);
          // Half-typed values are empty strings in this input: only send complete ones.
          if (LOCAL_DATE_TIME.test(v)) setParam('statusDate', v);
        }}
      />
      {list.length > 1 && (
        <Select
          label="Baseline"
          size="xs"
          w={220}
          allowDeselect={false}
          value={String(params.baseline ?? r?.baseline?.number ?? list[0]?.number ?? '')}
          onChange={(v) => setParam('baseline', v)}
          data={list.map((b) => ({ value: String(b.number), label: baselineLabel(b) }))}
        />
      )}
    </Group>
  );

  if (report.isPending) {
    return (
      <Section title="Earned value" aside={controls}>
        <Stack aria-busy="true" aria-label="Loading earned value">
          <Skeleton height={90} />
          <Skeleton height={90} />
          <Skeleton height={280} />
        </Stack>
      </Section>
    );
  }
  if (report.isError) {
    return (
      <Section title="Earned value" aside={controls}>
        <ErrorState error={report.error} onRetry={() => report.refetch()} title="Could not load earned value" />
      </Section>
    );
  }
  if (!r || !curve) return null;
  // Nothing to measure: no baseline, or one saved before the tasks had costs (BAC 0).
  if (r.baseline === null || r.bac === 0) {
    return (
      <Section title="Earned value" aside={r.baseline && controls}>
        <EmptyState
          icon={<IconChartLine />}
          title={r.baseline ? 'This baseline has no costs' : 'Save a baseline to measure earned value'}
          py="xl"
        >
          Planned value comes from a baseline's costs, day by day.{' '}
          {r.baseline
            ? 'Give the tasks their costs (fixed costs, or resources with rates), then save the baseline again.'
            : 'Save one in the plan once its tasks have their costs.'}
          <EmptyState.Actions>
            <Button
              component={Link}
              to={`/projects/${project.id}/plan`}
              variant="light"
              leftSection={<IconTimeline size={16} />}
            >
              Open the plan
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Section>
    );
  }
  return (
    <Stack gap="md" style={{ opacity: report.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <Section title="Earned value" aside={controls}>
        <Text size="sm" c="dimmed" mb="md">
          At {formatDate(r.statusDate)} {r.statusDate.slice(11)} against{' '}
          <Anchor component={Link} to={`/projects/${project.id}/plan`} size="sm">
            {baselineLabel(r.baseline)}
          </Anchor>{' '}
          (saved {formatDateTime(r.baseline.savedAt)}); tasks earn by {EV_METHOD_LABELS[r.evMethod]} unless they say
          otherwise.
        </Text>
        <FigureCards groups={evFigures(r)} />
      </Section>
      <Section title="S-curve">
        <SCurveChart curve={curve} statusDate={r.statusDate} currency={r.currency} />
      </Section>
      <Section title="Variance by WBS">
        <VarianceTable tasks={r.tasks} currency={r.currency} />
      </Section>
    </Stack>
  );
}
