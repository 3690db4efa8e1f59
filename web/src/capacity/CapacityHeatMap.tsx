import { Button, Group, Text, Tooltip } from '@mantine/core';
import { memo, useState } from 'react';
import type { CapacityView } from '../../../src/contracts/index.js';
import classes from './CapacityHeatMap.module.css';
import { BAND_COLOURS, BAND_LABELS, hours, loadBand, utilisation } from './capacity-format.js';

/** Rows drawn before "Show all": a pool of 500 × 52 weeks is 26,000 cells. */
const FIRST_ROWS = 150;

type Row = CapacityView['rows'][number];
type Period = CapacityView['periods'][number];

/** A cell chosen for its tasks. */
export interface CapacityCellChoice {
  readonly key: string;
  readonly name: string;
  readonly period: Period;
}

const HeatRow = memo(function HeatRow({
  row,
  periods,
  onCell,
}: {
  row: Row;
  periods: readonly Period[];
  onCell: (c: CapacityCellChoice) => void;
}) {
  return (
    <tr>
      <th scope="row" className={classes.name} title={row.name}>
        {row.name}
      </th>
      {periods.map((p, i) => {
        const cap = row.capacityMinutes[i] ?? 0;
        const dem = row.demandMinutes[i] ?? 0;
        const band = loadBand(cap, dem, row.overallocated[i] ?? false);
        const label = `${row.name}, ${p.label}: ${hours(dem)} of ${hours(cap)} (${utilisation(cap, dem)})`;
        return (
          <td key={p.start} className={classes.cell}>
            <button
              type="button"
              className={classes.button}
              style={{ background: BAND_COLOURS[band] }}
              aria-label={label}
              title={label}
              data-testid="capacity-cell"
              data-band={band}
              onClick={() => onCell({ key: row.key, name: row.name, period: p })}
            >
              {dem > 0 ? utilisation(cap, dem).replace(' %', '') : ''}
            </button>
          </td>
        );
      })}
    </tr>
  );
});

/** Rows × periods, each cell coloured by utilisation (demand / capacity); a click asks for the tasks behind it. */
export function CapacityHeatMap({ view, onCell }: { view: CapacityView; onCell: (c: CapacityCellChoice) => void }) {
  const [all, setAll] = useState(false);
  const rows = all ? view.rows : view.rows.slice(0, FIRST_ROWS);
  return (
    <>
      <div className={classes.scroller} data-testid="capacity-heatmap">
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col" className={classes.corner}>
                {view.groupBy === 'resource' ? 'Resource' : view.groupBy[0]?.toUpperCase() + view.groupBy.slice(1)}
              </th>
              {view.periods.map((p) => (
                <th key={p.start} scope="col" className={classes.period} title={`${p.start} – ${p.end}`}>
                  {view.unit === 'week' ? p.label.slice(5) : view.unit === 'day' ? p.label.slice(5) : p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <HeatRow key={r.key} row={r} periods={view.periods} onCell={onCell} />
            ))}
          </tbody>
        </table>
      </div>
      {!all && view.rows.length > FIRST_ROWS && (
        <Group justify="center" p="sm">
          <Button variant="subtle" size="xs" onClick={() => setAll(true)}>
            Show all {view.rows.length} rows
          </Button>
        </Group>
      )}
    </>
  );
}

/** What the colours mean. */
export function CapacityLegend() {
  return (
    <Group gap="sm" wrap="wrap" aria-label="Legend">
      {(['ok', 'busy', 'over', 'idle', 'none'] as const).map((b) => (
        <Tooltip key={b} label={BAND_LABELS[b]}>
          <Group gap={4} wrap="nowrap">
            <span className={classes.swatch} style={{ background: BAND_COLOURS[b] }} />
            <Text size="xs">{BAND_LABELS[b]}</Text>
          </Group>
        </Tooltip>
      ))}
      <Text size="xs" c="dimmed">
        Cells show demand as % of capacity
      </Text>
    </Group>
  );
}
