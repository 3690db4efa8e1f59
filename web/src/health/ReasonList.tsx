import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { healthMetric } from '../../../src/core/health/metric-registry.js';
import { CreateActionButton } from '../actions/CreateActionButton.js';
import type { DimensionHealth } from '../api/health.js';
import { formatMetric, RAG_COLOURS } from './health-format.js';

type Reason = DimensionHealth['reasons'][number];
type HealthLink = Reason['links'][number];

/**
 * Where a reason's link leads. Tasks, milestones and DCMA checks open the project's plan (the plan
 * page has no "select this task" parameter yet, so the label names the task; its Schedule quality
 * panel lists the checks); corrective actions open the project's actions; reports stay text.
 */
function linkTarget(projectId: string, link: HealthLink): string | null {
  if (link.kind === 'task' || link.kind === 'milestone' || link.kind === 'check') return `/projects/${projectId}/plan`;
  if (link.kind === 'action') return `/projects/${projectId}/actions`;
  if (link.kind === 'project') return `/projects/${link.id}`;
  return null;
}

const MAX_LINKS = 8;

/** The amber and red reasons of one dimension: message, value against threshold, and what is behind it. */
export function ReasonList({
  projectId,
  reasons,
  dimension,
  compact = false,
  canAct = false,
  measured = true,
}: {
  projectId: string;
  reasons: readonly Reason[];
  /** The dimension the reasons belong to, for a corrective action raised on one. */
  dimension?: DimensionHealth['key'];
  compact?: boolean;
  /** The caller may raise corrective actions on the project (`corrective_action.manage`). */
  canAct?: boolean;
  /** False when no rule of the dimension measured anything: then there is no verdict to explain. */
  measured?: boolean;
}) {
  if (reasons.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {measured ? 'No rule fires: green.' : 'No rule of this dimension applies to the project yet.'}
      </Text>
    );
  }
  return (
    <List spacing={compact ? 4 : 'xs'} size="sm" listStyleType="none" pl={0}>
      {reasons.map((r) => {
        const unit = healthMetric(r.metric)?.unit;
        return (
          <List.Item key={r.ruleId} data-testid={`reason-${r.ruleId}`}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Badge size="xs" color={RAG_COLOURS[r.rag]} variant="light" style={{ flex: 'none' }} mt={2}>
                {r.rag}
              </Badge>
              <div>
                <Text size="sm">{r.message}</Text>
                <Text size="xs" c="dimmed">
                  Rule {r.ruleId}: {formatMetric(r.value, unit)} against {formatMetric(r.threshold, unit)}
                </Text>
                {!compact && r.links.length > 0 && (
                  <Group gap={6} mt={2}>
                    {r.links.slice(0, MAX_LINKS).map((l) => {
                      const to = linkTarget(projectId, l);
                      return to ? (
                        <Anchor key={`${l.kind}:${l.id}`} component={Link} to={to} size="xs">
                          {l.label}
                        </Anchor>
                      ) : (
                        <Text key={`${l.kind}:${l.id}`} size="xs">
                          {l.label}
                        </Text>
                      );
                    })}
                    {r.links.length > MAX_LINKS && (
                      <Text size="xs" c="dimmed">
                        and {r.links.length - MAX_LINKS} more
                      </Text>
                    )}
                  </Group>
                )}
                {!compact && canAct && dimension && (
                  <Group mt={4}>
                    <CreateActionButton
                      projectId={projectId}
                      finding={{ kind: 'health', ruleId: r.ruleId, dimension }}
                      title={r.message}
                      label="Act on this"
                      size="xs"
                      variant="light"
                    />
                  </Group>
                )}
              </div>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
