import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { HealthHistory } from '../../../src/contracts/index.js';
import { DIMENSIONS, RAGS } from '../../../src/core/health/model.js';
import { EChart } from './EChart.js';
import { DIMENSION_LABELS, RAG_LABELS } from './health-format.js';

/** Overall and per-dimension RAG over time, as steps (green 0, amber 1, red 2). */
export function HealthTrendChart({ history }: { history: HealthHistory['items'] }) {
  const option = useMemo(() => {
    // The API answers newest first; a chart reads left to right, oldest first.
    const items = [...history].reverse();
    const now = new Date().toISOString();
    // The last state lasts until now: without this point a single evaluation would draw nothing.
    const point = (at: string, rag: string | undefined) => [at, rag === undefined ? null : RAGS.indexOf(rag as never)];
    const series = (name: string, pick: (i: (typeof items)[number]) => string | undefined, width: number) => ({
      name,
      type: 'line',
      step: 'end',
      symbolSize: 5,
      lineStyle: { width },
      data: [
        ...items.map((i) => point(i.evaluatedAt, pick(i))),
        ...(items.length ? [point(now, pick(items[items.length - 1]!))] : []),
      ],
    });
    const shown = DIMENSIONS.filter((d) => items.some((i) => i.dimensions[d] !== undefined));
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v === null ? '—' : RAG_LABELS[RAGS[v]!]) },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'time' },
      yAxis: {
        type: 'value',
        min: 0,
        max: 2,
        interval: 1,
        axisLabel: { formatter: (v: number) => RAG_LABELS[RAGS[v]!] ?? '' },
      },
      color: ['#212529', '#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c'],
      series: [
        series('Overall', (i) => i.overall, 3),
        ...shown.map((d) => series(DIMENSION_LABELS[d], (i) => i.dimensions[d], 1.5)),
      ],
    };
  }, [history]);

  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No history yet: the trend starts with the next evaluation that changes something.
      </Text>
    );
  }
  return (
    <EChart option={option} height={260} label="Health over time, overall and by dimension" testId="health-trend" />
  );
}
