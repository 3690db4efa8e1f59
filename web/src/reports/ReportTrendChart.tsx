import { Text } from '@mantine/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { StatusReportSummary } from '../../../src/contracts/index.js';

echarts.use([LineChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const RAG_RANK = { green: 0, amber: 1, red: 2 } as const;
const RAG_COLOUR = { green: '#2f9e44', amber: '#f59f00', red: '#e03131' } as const;

/**
 * The trend over submitted reports: the forecast finish each one froze (line, left axis) and the
 * PM's overall RAG (dots, right axis), oldest first.
 */
export function ReportTrendChart({ items }: { items: readonly StatusReportSummary[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const points = useMemo(() => items.filter((r) => r.submittedAt !== null).toReversed(), [items]);
  useEffect(() => {
    if (!ref.current || points.length === 0) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 80, right: 60, top: 36, bottom: 30 },
      legend: { data: ['Forecast finish', 'Overall RAG'], top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.periodEnd) },
      yAxis: [
        {
          type: 'time',
          scale: true,
          minInterval: 86_400_000,
          axisLabel: { formatter: (v: number) => new Date(v).toISOString().slice(0, 10) },
        },
        {
          type: 'value',
          min: 0,
          max: 2,
          interval: 1,
          axisLabel: { formatter: (v: number) => ['green', 'amber', 'red'][v] ?? '' },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: 'Forecast finish',
          type: 'line',
          data: points.map((p) => (p.forecastFinish ? `${p.forecastFinish}:00` : null)),
          connectNulls: true,
          symbolSize: 8,
        },
        {
          name: 'Overall RAG',
          type: 'scatter',
          yAxisIndex: 1,
          symbolSize: 14,
          data: points.map((p) =>
            p.overall ? { value: RAG_RANK[p.overall], itemStyle: { color: RAG_COLOUR[p.overall] } } : null,
          ),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [points]);
  if (points.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The trend appears once reports are submitted.
      </Text>
    );
  }
  return (
    <div
      ref={ref}
      style={{ width: '100%', height: 220 }}
      role="img"
      aria-label="Forecast finish and RAG over reports"
    />
  );
}
