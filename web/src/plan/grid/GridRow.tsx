// biome-ignore-all lint/a11y/useSemanticElements: a virtualised grid places rows absolutely, which table layout cannot
// biome-ignore-all lint/a11y/useFocusableInteractive: focus stays on the grid, which moves a cell cursor (aria-activedescendant)
import { IconCalendarEvent, IconChevronDown, IconChevronRight, IconFlag } from '@tabler/icons-react';
import { memo } from 'react';
import type { PlanTask } from '../../../../src/contracts/index.js';
import { formatPlanDate } from '../plan-dates.js';
import { type CellContext, cellText, type GridColumn } from './columns.js';
import classes from './WbsGrid.module.css';

/** Pixels of indent per outline level in the name column. */
const INDENT_PX = 16;

const CONSTRAINT_NAMES: Record<PlanTask['constraintType'], string> = {
  asap: 'As soon as possible',
  alap: 'As late as possible',
  startNoEarlierThan: 'Start no earlier than',
  startNoLaterThan: 'Start no later than',
  finishNoEarlierThan: 'Finish no earlier than',
  finishNoLaterThan: 'Finish no later than',
  mustStartOn: 'Must start on',
  mustFinishOn: 'Must finish on',
  startOn: 'Start on',
  finishOn: 'Finish on',
};

function Indicators({ task }: { task: PlanTask }) {
  const constrained = task.constraintType !== 'asap' && task.constraintType !== 'alap';
  const late = task.deadline !== null && task.finish !== null && task.finish > task.deadline;
  return (
    <>
      {constrained && (
        <span title={`${CONSTRAINT_NAMES[task.constraintType]} ${formatPlanDate(task.constraintDate)}`}>
          <IconCalendarEvent size={14} aria-label="Constraint" />
        </span>
      )}
      {task.deadline && (
        <span
          className={late ? classes.late : undefined}
          title={`Deadline ${formatPlanDate(task.deadline)}${late ? ' — the task finishes after it' : ''}`}
        >
          <IconFlag size={14} aria-label={late ? 'Deadline missed' : 'Deadline'} />
        </span>
      )}
    </>
  );
}

function NameCell({ task, collapsed }: { task: PlanTask; collapsed: boolean }) {
  return (
    <>
      <span className={classes.chevronSpace} style={{ width: (task.outlineLevel - 1) * INDENT_PX }} />
      {task.summary ? (
        <button
          type="button"
          className={classes.chevron}
          data-action="toggle"
          tabIndex={-1}
          aria-label={collapsed ? `Expand ${task.name}` : `Collapse ${task.name}`}
          aria-expanded={!collapsed}
        >
          {collapsed ? <IconChevronRight size={14} /> : <IconChevronDown size={14} />}
        </button>
      ) : (
        <span className={classes.chevronSpace} />
      )}
      <span className={`${classes.text} ${task.summary ? classes.summary : ''}`}>{task.name}</span>
    </>
  );
}

/** Props of one grid row; everything is a value so memo skips rows whose task, focus and selection did not change. */
export interface GridRowProps {
  readonly task: PlanTask;
  readonly index: number;
  readonly rowHeight: number;
  readonly columns: readonly GridColumn[];
  readonly ctx: CellContext;
  /** Column index of the focused cell in this row, -1 when focus is elsewhere. */
  readonly focusedCol: number;
  readonly selected: boolean;
  readonly collapsed: boolean;
}

/** One task row. Clicks are handled by the grid through data attributes, so rows hold no callbacks. */
export const GridRow = memo(function GridRow({
  task,
  index,
  rowHeight,
  columns,
  ctx,
  focusedCol,
  selected,
  collapsed,
}: GridRowProps) {
  return (
    <div
      className={classes.row}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-row-id={task.id}
      data-row-index={index}
      data-selected={selected}
      style={{ top: index * rowHeight, height: rowHeight }}
    >
      {columns.map((col, c) => {
        const text = col.key === 'name' || col.key === 'indicators' ? '' : cellText(col.key, task, ctx);
        return (
          <div
            key={col.key}
            className={classes.cell}
            role={col.key === 'row' ? 'rowheader' : 'gridcell'}
            data-col={col.key}
            data-col-index={c}
            data-align={col.align}
            data-focused={focusedCol === c}
            id={focusedCol === c ? 'plan-grid-active' : undefined}
            title={col.key === 'name' ? task.name : undefined}
            data-frozen={col.frozenLeft !== undefined || undefined}
            style={{ width: col.width, left: col.frozenLeft }}
          >
            {col.key === 'name' ? (
              <NameCell task={task} collapsed={collapsed} />
            ) : col.key === 'indicators' ? (
              <Indicators task={task} />
            ) : (
              <span className={classes.text}>{text}</span>
            )}
          </div>
        );
      })}
    </div>
  );
});

/** The empty row under the last task, where typing a name creates a task. */
export const BlankRow = memo(function BlankRow({
  index,
  rowHeight,
  columns,
  focusedCol,
  hint,
}: {
  index: number;
  rowHeight: number;
  columns: readonly GridColumn[];
  focusedCol: number;
  hint: string | null;
}) {
  return (
    <div
      className={classes.row}
      role="row"
      aria-rowindex={index + 2}
      data-row-id="new"
      data-row-index={index}
      style={{ top: index * rowHeight, height: rowHeight }}
    >
      {columns.map((col, c) => (
        <div
          key={col.key}
          className={classes.cell}
          role="gridcell"
          data-col={col.key}
          data-col-index={c}
          data-focused={focusedCol === c}
          id={focusedCol === c ? 'plan-grid-active' : undefined}
          data-frozen={col.frozenLeft !== undefined || undefined}
          style={{ width: col.width, left: col.frozenLeft }}
        >
          {col.key === 'name' && hint && <span className={`${classes.text} ${classes.blank}`}>{hint}</span>}
        </div>
      ))}
    </div>
  );
});
