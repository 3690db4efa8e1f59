import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { EChart } from '../health/EChart.js';
import { formatDate } from '../lib/dates.js';
import { formatMoney, formatMoneyCompact } from '../lib/money.js';
import type { CurvePoint, SCurve } from './s-curve.js';

const COLOURS = { pv: '#1c7ed6', ev: '#2f9e44', ac: '#e8590c', forecast: '#868e96' };

/** A plan date-time (zone-less) at the viewer's wall clock, as the plan's other charts read them. */
function localMs(at: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = at.split(/[-T:]/).map(Number);
  return new Date(y, mo - 1, d, h, mi).getTime();
}

const points = (line: readonly CurvePoint[]) => line.map(([at, v]) => [localMs(at), v]);

/** Cumulative PV, EV and AC with the dashed forecast to EAC, and the status date marked. */
export function SCurveChart({ curve, statusDate, currency }: { curve: SCurve; statusDate: string; currency: string }) {
  const option = useMemo(() => {
    const line = (name: string, colour: string, data: readonly CurvePoint[], extra: object = {}) => ({
      name,
      type: 'line',
      data: points(data),
      color: colour,
      lineStyle: { width: 2, color: colour },
      symbolSize: 6,
      ...extra,
    });
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatMoney(v, currency) },
      // One scrolling row: wrapped onto two on a phone, the legend would cover the status date's label.
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, currency) } },
      series: [
        line('Planned value (PV)', COLOURS.pv, curve.pv, {
          showSymbol: false,
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#495057', type: 'dotted' },
            label: { formatter: `Status ${formatDate(statusDate.slice(0, 10))}`, position: 'end' },
            data: [{ xAxis: localMs(statusDate) }],
          },
        }),
        // Earned value is measured at the status date: a single point until periods are closed.
        line('Earned value (EV)', COLOURS.ev, curve.ev, { symbolSize: 9 }),
        line('Actual cost (AC)', COLOURS.ac, curve.ac),
        ...(curve.forecast
          ? [
              line('Forecast to EAC', COLOURS.forecast, curve.forecast.line, {
                lineStyle: { width: 2, type: 'dashed', color: COLOURS.forecast },
              }),
            ]
          : []),
      ],
    };
  }, [curve, statusDate, currency]);

  return (
    <>
      <EChart
        option={option}
        height={320}
        label="S-curve: cumulative planned value, earned value and actual cost, with the forecast to completion"
        testId="s-curve"
      />
      <Text size="xs" c="dimmed" mt="xs" data-testid="s-curve-forecast">
        {curve.forecast
          ? `Forecast: ${formatMoney(curve.forecast.eacMinor, currency)} at completion on ${formatDate(curve.forecast.finishDay)} (IEAC(t) on the project calendar).`
          : 'No forecast yet: nothing has been earned, so SPI(t) is undefined.'}
      </Text>
    </>
  );
}
