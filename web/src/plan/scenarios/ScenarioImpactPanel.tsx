import { ActionIcon, Anchor, Badge, Drawer, Group, Loader, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ScenarioImpact } from '../../../../src/contracts/index.js';
import type { DurationUnits } from '../../../../src/core/schedule/predecessor-text.js';
import { useScenarioImpact } from '../../api/scenarios.js';
import { ErrorState } from '../../components/QueryStates.js';
import { formatDelta, formatMove } from './impact-format.js';

export interface ScenarioImpactProps {
  projectId: string;
  scenarioId: string;
  units: DurationUnits;
  onSelectTask(taskId: string): void;
  onClose(): void;
}

/**
 * The scenario's impact against the live plan as it is now: a column beside the chart, or on a
 * narrow screen, where a column would squeeze the plan to nothing, a drawer from the bottom.
 */
export function ScenarioImpactPanel(props: ScenarioImpactProps) {
  const narrow = useMediaQuery('(max-width: 62em)');
  if (narrow) {
    return (
      <Drawer opened onClose={props.onClose} position="bottom" size="60%" withCloseButton={false}>
        {/* A task picked here is selected in the plan behind the drawer: close it so it shows. */}
        <ImpactColumn
          {...props}
          width="100%"
          onSelectTask={(id) => {
            props.onSelectTask(id);
            props.onClose();
          }}
        />
      </Drawer>
    );
  }
  return <ImpactColumn {...props} width={340} />;
}

function ImpactColumn(props: ScenarioImpactProps & { width: number | string }) {
  const impact = useScenarioImpact(props.projectId, props.scenarioId, true);
  return (
    <Stack
      component="aside"
      aria-label="Scenario impact"
      data-testid="scenario-impact"
      gap="xs"
      w={props.width}
      style={{ flex: 'none', minHeight: 0 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h5">
          Impact on the live plan {impact.isFetching && <Loader size={12} ml={4} />}
        </Title>
        <ActionIcon variant="subtle" aria-label="Close the impact panel" onClick={props.onClose}>
          <IconX size={16} />
        </ActionIcon>
      </Group>
      {impact.isError ? (
        <ErrorState error={impact.error} onRetry={() => impact.refetch()} title="Could not measure the impact" />
      ) : !impact.data ? (
        <Loader size="sm" aria-label="Measuring the impact" />
      ) : (
        <ScrollArea style={{ flex: 1 }} offsetScrollbars>
          <ImpactBody impact={impact.data} units={props.units} onSelectTask={props.onSelectTask} />
        </ScrollArea>
      )}
    </Stack>
  );
}

function changesNothing(i: ScenarioImpact): boolean {
  return (
    i.movedCount === 0 &&
    !i.finishDeltaMinutes &&
    i.added.length === 0 &&
    i.removed.length === 0 &&
    i.criticalAdded.length === 0 &&
    i.criticalRemoved.length === 0
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function TaskLink({ id, name, onSelect }: { id: string; name: string; onSelect(id: string): void }) {
  return (
    <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onSelect(id)}>
      {name}
    </Anchor>
  );
}

function ImpactBody({
  impact: i,
  units,
  onSelectTask,
}: {
  impact: ScenarioImpact;
  units: DurationUnits;
  onSelectTask(id: string): void;
}) {
  if (changesNothing(i)) {
    return (
      <Text size="sm" c="dimmed" data-testid="impact-empty">
        This scenario changes no dates
      </Text>
    );
  }
  const later = (i.finishDeltaMinutes ?? 0) > 0;
  return (
    <Stack gap="md">
      <Section title="Project finish">
        <Group gap="xs" wrap="wrap" data-testid="impact-finish">
          <Text size="sm">{formatMove(i.finishBefore, i.finishAfter)}</Text>
          <Badge color={later ? 'red' : i.finishDeltaMinutes ? 'teal' : 'gray'} variant="light" tt="none">
            {formatDelta(i.finishDeltaMinutes, units)}
          </Badge>
        </Group>
        {i.floatConsumedMinutes > 0 && (
          <Text size="xs" c="dimmed">
            Float used up by moved tasks: {formatDelta(i.floatConsumedMinutes, units).replace(/^\+/, '')}
          </Text>
        )}
      </Section>
      {i.moved.length > 0 && (
        <Section title={`Moved tasks (${i.movedCount})`}>
          <Stack gap={6} data-testid="impact-moved">
            {i.moved.map((m) => (
              <div key={m.taskId}>
                <TaskLink id={m.taskId} name={m.name} onSelect={onSelectTask} />
                {m.startBefore !== m.startAfter && (
                  <Text size="xs" c="dimmed">
                    Start {formatMove(m.startBefore, m.startAfter)}
                  </Text>
                )}
                {m.finishBefore !== m.finishAfter && (
                  <Text size="xs" c="dimmed">
                    Finish {formatMove(m.finishBefore, m.finishAfter)}
                  </Text>
                )}
              </div>
            ))}
          </Stack>
          {i.movedCount > i.moved.length && (
            <Text size="xs" c="dimmed">
              The first {i.moved.length} of {i.movedCount} in plan order.
            </Text>
          )}
        </Section>
      )}
      {(i.criticalAdded.length > 0 || i.criticalRemoved.length > 0) && (
        <Section title="Critical path">
          {i.criticalAdded.map((t) => (
            <Group key={t.taskId} gap={6} wrap="nowrap">
              <Badge color="red" variant="light" size="xs" tt="none">
                joins
              </Badge>
              <TaskLink id={t.taskId} name={t.name} onSelect={onSelectTask} />
            </Group>
          ))}
          {i.criticalRemoved.map((t) => (
            <Group key={t.taskId} gap={6} wrap="nowrap">
              <Badge color="gray" variant="light" size="xs" tt="none">
                leaves
              </Badge>
              <TaskLink id={t.taskId} name={t.name} onSelect={onSelectTask} />
            </Group>
          ))}
        </Section>
      )}
      {i.milestones.length > 0 && (
        <Section title="Milestones">
          {i.milestones.map((m) => (
            <div key={m.taskId}>
              <TaskLink id={m.taskId} name={m.name} onSelect={onSelectTask} />
              <Text size="xs" c="dimmed">
                {formatMove(m.before, m.after)}
                {m.deltaMinutes ? ` (${formatDelta(m.deltaMinutes, units)})` : ''}
              </Text>
            </div>
          ))}
        </Section>
      )}
      {(i.added.length > 0 || i.removed.length > 0) && (
        <Section title="Tasks added and removed">
          {i.added.map((t) => (
            <Text key={t.taskId} size="sm">
              + <TaskLink id={t.taskId} name={t.name} onSelect={onSelectTask} />
            </Text>
          ))}
          {i.removed.map((t) => (
            <Text key={t.taskId} size="sm" c="dimmed">
              − {t.name}
            </Text>
          ))}
        </Section>
      )}
    </Stack>
  );
}
