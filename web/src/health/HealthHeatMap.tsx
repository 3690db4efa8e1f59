import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { PortfolioHealthItem } from '../../../src/contracts/index.js';
import { type Dimension, RAGS } from '../../../src/core/health/model.js';
import { EChart } from './EChart.js';
import { DIMENSION_LABELS, RAG_LABELS } from './health-format.js';

/** Rows the heat map shows at once; more scroll with the slider on its right. */
const VISIBLE_ROWS = 25;
const ROW_PX = 22;
const RAG_HEX = { green: '#2f9e44', amber: '#f59f00', red: '#e03131' } as const;
/** A dimension nothing measures (value -1): grey, so green always means measured and fine. */
const NOT_MEASURED = -1;

/** Projects × dimensions, one coloured cell per RAG; a click opens that project's health page. */
export function HealthHeatMap({
  rows,
  dimensions,
}: {
  rows: readonly PortfolioHealthItem[];
  dimensions: readonly Dimension[];
}) {
  const navigate = useNavigate();
  const option = useMemo(() => {
    // ECharts draws the first category at the bottom; reversed, the heat map reads in the table's order.
    const ordered = [...rows].reverse();
    const data: [number, number, number][] = [];
    ordered.forEach((p, y) => {
      dimensions.forEach((d, x) => {
        const dim = p.dimensions.find((k) => k.key === d);
        if (dim) data.push([x, y, dim.measured ? RAGS.indexOf(dim.rag) : NOT_MEASURED]);
      });
      const any = p.dimensions.some((d) => d.measured);
      data.push([dimensions.length, y, any ? RAGS.indexOf(p.overall) : NOT_MEASURED]);
    });
    const scroll = ordered.length > VISIBLE_ROWS;
    return {
      animation: false,
      grid: { left: 90, right: scroll ? 40 : 12, top: 30, bottom: 10 },
      tooltip: {
        formatter: (p: { data: [number, number, number] }) => {
          const [x, y, v] = p.data;
          const item = ordered[y];
          const what = x < dimensions.length ? DIMENSION_LABELS[dimensions[x]!] : 'Overall';
          const reasons =
            x < dimensions.length ? (item?.dimensions.find((k) => k.key === dimensions[x])?.reasons ?? []) : [];
          // ECharts escapes nothing in a formatter's HTML: keep it to plain text of ours plus escaped names.
          const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
          return [
            `<b>${esc(item?.code ?? '')}</b> ${esc(item?.name ?? '')}`,
            `${what}: ${v === NOT_MEASURED ? 'not measured' : RAG_LABELS[RAGS[v]!]}`,
            ...reasons.slice(0, 4).map((r) => `• ${esc(r.message)}`),
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        position: 'top',
        data: [...dimensions.map((d) => DIMENSION_LABELS[d]), 'Overall'],
        splitArea: { show: false },
        axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: 11 },
      },
      yAxis: { type: 'category', data: ordered.map((p) => p.code), axisTick: { show: false } },
      visualMap: {
        show: false,
        type: 'piecewise',
        pieces: [
          { value: NOT_MEASURED, color: '#dee2e6', label: 'Not measured' },
          ...RAGS.map((r, i) => ({ value: i, color: RAG_HEX[r], label: RAG_LABELS[r] })),
        ],
      },
      dataZoom: scroll
        ? [
            {
              type: 'slider',
              yAxisIndex: 0,
              right: 8,
              width: 16,
              startValue: ordered.length - VISIBLE_ROWS,
              endValue: ordered.length - 1,
              showDetail: false,
            },
            { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
          ]
        : [],
      series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 2 }, progressive: 0 }],
    };
  }, [rows, dimensions]);
  const height = Math.min(rows.length, VISIBLE_ROWS) * ROW_PX + 50;
  return (
    <EChart
      option={option}
      height={height}
      label={`Heat map of ${rows.length} projects by health dimension`}
      testId="health-heatmap"
      onClick={(p) => {
        const [, y] = p.data as [number, number, number];
        const item = [...rows].reverse()[y];
        if (item) navigate(`/projects/${item.projectId}/health`);
      }}
    />
  );
}
