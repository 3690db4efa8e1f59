import { Badge, type BadgeProps, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { Rag } from '../../../src/core/health/model.js';
import { RAG_COLOURS, RAG_LABELS, TREND_LABELS } from './health-format.js';

/** A RAG as a coloured badge with its word, so colour is never the only signal. */
export function RagBadge({ rag, size = 'sm', ...rest }: { rag: Rag } & BadgeProps) {
  return (
    <Badge color={RAG_COLOURS[rag]} variant="filled" size={size} radius="sm" data-rag={rag} {...rest}>
      {RAG_LABELS[rag]}
    </Badge>
  );
}

/** Trend since the previous evaluation: up-right is better, down-right worse. */
export function TrendIcon({ trend }: { trend: keyof typeof TREND_LABELS }) {
  const Icon = trend === 'better' ? IconArrowUpRight : trend === 'worse' ? IconArrowDownRight : IconArrowRight;
  const colour =
    trend === 'better'
      ? 'var(--mantine-color-teal-7)'
      : trend === 'worse'
        ? 'var(--mantine-color-red-7)'
        : 'var(--mantine-color-gray-6)';
  return (
    <Tooltip label={TREND_LABELS[trend]}>
      <Icon size={18} color={colour} aria-label={TREND_LABELS[trend]} role="img" />
    </Tooltip>
  );
}

/** A compact RAG for dense tables and cells: a coloured square with the letter (R, A, G). */
export function RagDot({ rag, outlined = false }: { rag: Rag; outlined?: boolean }) {
  return (
    <Badge
      color={RAG_COLOURS[rag]}
      variant={outlined ? 'outline' : 'filled'}
      size="md"
      radius="sm"
      w={26}
      px={0}
      data-rag={rag}
      aria-hidden
    >
      {RAG_LABELS[rag].charAt(0)}
    </Badge>
  );
}
