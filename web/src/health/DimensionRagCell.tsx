import { HoverCard, Stack, Text, UnstyledButton } from '@mantine/core';
import type { DimensionHealth } from '../api/health.js';
import { DIMENSION_LABELS, RAG_LABELS } from './health-format.js';
import { RagDot } from './RagBadge.js';
import { ReasonList } from './ReasonList.js';

/** A dimension's RAG in a table cell; hovering (or focusing) shows the reasons and any override. */
export function DimensionRagCell({
  projectId,
  dimension,
}: {
  projectId: string;
  dimension: DimensionHealth | undefined;
}) {
  if (!dimension) return <Text c="dimmed">—</Text>;
  if (!dimension.measured)
    return (
      <Text c="dimmed" title={`${DIMENSION_LABELS[dimension.key]}: not measured (no rule of this dimension applies)`}>
        —
      </Text>
    );
  const overridden = dimension.override !== null && dimension.rag !== dimension.computedRag;
  return (
    <HoverCard width={380} shadow="md" openDelay={150} withinPortal position="bottom-start">
      <HoverCard.Target>
        <UnstyledButton
          aria-label={`${DIMENSION_LABELS[dimension.key]}: ${RAG_LABELS[dimension.rag]}${overridden ? ' (overridden)' : ''}`}
        >
          <RagDot rag={dimension.rag} outlined={overridden} />
        </UnstyledButton>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {DIMENSION_LABELS[dimension.key]}: {RAG_LABELS[dimension.rag]}
          </Text>
          {dimension.override && (
            <Text size="xs">
              Overridden by {dimension.override.byName} (computed {RAG_LABELS[dimension.computedRag]}): “
              {dimension.override.justification}”
            </Text>
          )}
          <ReasonList projectId={projectId} reasons={dimension.reasons} compact />
        </Stack>
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
