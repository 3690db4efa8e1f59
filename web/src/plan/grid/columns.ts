import type { PlanLink, PlanTask } from '../../../../src/contracts/index.js';
import { formatDurationDays, formatPredecessorText } from '../../../../src/core/schedule/predecessor-text.js';
import { formatMoney } from '../../lib/money.js';
import { ACCRUAL_LABELS, EV_METHOD_LABELS } from '../../money/money-labels.js';
import type { PlanCalendars } from '../calendar-time.js';
import { formatPlanDate } from '../plan-dates.js';

/*
 * The grid's columns, as MS Project's Gantt Chart table has them: what each shows and whether
 * (and for whom) it can be edited. Display text is computed per visible cell, so formatting cost
 * follows the ~40 rows on screen, not the plan's size.
 */

/** Column identifiers; also the cells' data-col attribute, which browser tests and the benchmark use. */
export type ColumnKey =
  | 'row'
  | 'indicators'
  | 'wbs'
  | 'name'
  | 'duration'
  | 'start'
  | 'finish'
  | 'predecessors'
  | 'constraint'
  | 'totalFloat'
  | 'percentComplete'
  | 'remaining'
  | 'actualStart'
  | 'actualFinish'
  | 'responsible'
  | 'assignments'
  | 'variance'
  | 'levelingDelay'
  | OptionalColumnKey;

/** Columns the grid shows only when the user turns them on (the toolbar's Columns menu): the money fields. */
export const OPTIONAL_COLUMNS = ['fixedCost', 'fixedCostAccrual', 'evMethod', 'physicalPercentComplete'] as const;
/** One of OPTIONAL_COLUMNS. */
export type OptionalColumnKey = (typeof OPTIONAL_COLUMNS)[number];

/** What an option of a choice column stands for in a cell and in its editor. */
export interface ColumnOption {
  readonly value: string;
  readonly label: string;
}

/** The EV method cell of a task that follows the project's method (evMethod null). */
export const PROJECT_EV_METHOD_TEXT = "Project's method";

/** Who may edit a column: planners (PM, PMO), or also the responsible team member (progress). */
export type EditRight = 'none' | 'plan' | 'progress';

/** A column of the grid. */
export interface GridColumn {
  readonly key: ColumnKey;
  readonly label: string;
  /** Width in pixels. */
  readonly width: number;
  readonly align?: 'right' | 'center';
  readonly edit: EditRight;
  /** The editor: free text parsed on commit, a choice of project members or of `options`, or the assignments drawer. */
  readonly editor?: 'text' | 'member' | 'choice' | 'assignments';
  /** The values a choice column offers. */
  readonly options?: readonly ColumnOption[];
  /** Set for the columns frozen at the left (ID to task name): their offset from the grid's left edge. */
  readonly frozenLeft?: number;
}

/** Everything cell text depends on besides the task. */
export interface CellContext {
  readonly calendars: PlanCalendars;
  /** Links whose successor is the task. */
  readonly linksTo: (taskId: string) => readonly PlanLink[];
  /** Row number of a task id (for predecessor text). */
  readonly rowOf: (taskId: string) => number | undefined;
  /** Finish variance in working minutes against the shown baseline. */
  readonly finishVariance?: ReadonlyMap<string, number | null>;
  /** A task's resources as MS Project's Resource Names column shows them ("Ana [50%], Senior developer"). */
  readonly resourceNames?: (taskId: string) => string;
  /** The project's currency (ISO 4217), for fixed costs. */
  readonly currency: string;
}

/** Columns up to and including this one stay in view when the grid scrolls sideways, as in MS Project. */
const LAST_FROZEN: ColumnKey = 'name';

/** Width of the WBS column for codes of up to `longestWbs` characters ("1.2.10.4" is 8). */
export function wbsColumnWidth(longestWbs: number): number {
  // 7.5 px per character of the grid's 13 px font, plus the cell's padding; never narrower than its title.
  return Math.max(64, Math.min(240, Math.ceil(longestWbs * 7.5) + 16));
}

const choices = (labels: Record<string, string>): readonly ColumnOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The optional columns, in the order they follow the standard ones (MS Project's Cost and Earned Value tables). */
const OPTIONAL: Record<OptionalColumnKey, GridColumn> = {
  fixedCost: { key: 'fixedCost', label: 'Fixed cost', width: 110, align: 'right', edit: 'plan', editor: 'text' },
  fixedCostAccrual: {
    key: 'fixedCostAccrual',
    label: 'Accrual',
    width: 92,
    edit: 'plan',
    editor: 'choice',
    options: choices(ACCRUAL_LABELS),
  },
  evMethod: {
    key: 'evMethod',
    label: 'EV method',
    width: 150,
    edit: 'plan',
    editor: 'choice',
    // '' is null: the task earns by the project's method.
    options: [{ value: '', label: PROJECT_EV_METHOD_TEXT }, ...choices(EV_METHOD_LABELS)],
  },
  // Entered, never rolled up: a summary's own fixed cost earns by the summary's own figure.
  physicalPercentComplete: {
    key: 'physicalPercentComplete',
    label: 'Physical % complete',
    width: 130,
    align: 'right',
    edit: 'progress',
    editor: 'text',
  },
};

/** The label of an optional column, for the menu that turns it on. */
export function optionalColumnLabel(key: OptionalColumnKey): string {
  return OPTIONAL[key].label;
}

/**
 * The columns in display order: the variance column only while a baseline is shown, and the
 * optional columns the user turned on.
 */
export function gridColumns(
  withVariance: boolean,
  wbsWidth = wbsColumnWidth(0),
  optional: ReadonlySet<OptionalColumnKey> = new Set(),
): readonly GridColumn[] {
  const all: GridColumn[] = [
    { key: 'row', label: 'ID', width: 52, align: 'right', edit: 'none' },
    { key: 'indicators', label: 'Indicators', width: 34, align: 'center', edit: 'none' },
    { key: 'wbs', label: 'WBS', width: wbsWidth, edit: 'none' },
    { key: 'name', label: 'Task name', width: 260, edit: 'plan', editor: 'text' },
    { key: 'duration', label: 'Duration', width: 76, align: 'right', edit: 'plan', editor: 'text' },
    { key: 'start', label: 'Start', width: 132, edit: 'plan', editor: 'text' },
    { key: 'finish', label: 'Finish', width: 132, edit: 'plan', editor: 'text' },
    { key: 'predecessors', label: 'Predecessors', width: 120, edit: 'plan', editor: 'text' },
    { key: 'constraint', label: 'Constraint', width: 150, edit: 'plan', editor: 'text' },
    { key: 'totalFloat', label: 'Total float', width: 80, align: 'right', edit: 'none' },
    { key: 'percentComplete', label: '% complete', width: 84, align: 'right', edit: 'progress', editor: 'text' },
    { key: 'remaining', label: 'Remaining', width: 84, align: 'right', edit: 'progress', editor: 'text' },
    { key: 'actualStart', label: 'Actual start', width: 132, edit: 'progress', editor: 'text' },
    { key: 'actualFinish', label: 'Actual finish', width: 132, edit: 'progress', editor: 'text' },
    { key: 'responsible', label: 'Responsible', width: 140, edit: 'plan', editor: 'member' },
    { key: 'assignments', label: 'Resources', width: 200, edit: 'plan', editor: 'assignments' },
  ];
  if (withVariance) all.push({ key: 'variance', label: 'Finish var.', width: 84, align: 'right', edit: 'none' });
  all.push({ key: 'levelingDelay', label: 'Leveling delay', width: 96, align: 'right', edit: 'none' });
  for (const key of OPTIONAL_COLUMNS) if (optional.has(key)) all.push(OPTIONAL[key]);
  const last = all.findIndex((c) => c.key === LAST_FROZEN);
  let left = 0;
  return all.map((c, i) => {
    if (i > last) return c;
    const frozen = { ...c, frozenLeft: left };
    left += c.width;
    return frozen;
  });
}

/** Pixels a pane keeps for the scrolled columns beside the frozen ones. */
const MIN_SCROLLED_PX = 120;

/**
 * The columns for a grid pane `paneWidth` px wide. When ID to name leave too little room for the
 * scrolled columns (a phone, or a pane dragged narrow), only the name stays frozen, narrowed to fit
 * (in 20 px steps, so dragging the splitter does not redraw every row at every pixel).
 */
export function fitFrozenColumns(columns: readonly GridColumn[], paneWidth: number): readonly GridColumn[] {
  if (frozenWidth(columns) + MIN_SCROLLED_PX <= paneWidth) return columns;
  return columns.map((c) => {
    if (c.frozenLeft === undefined) return c;
    const { frozenLeft: _, ...rest } = c;
    if (c.key !== LAST_FROZEN) return rest;
    const room = Math.floor((paneWidth - MIN_SCROLLED_PX) / 20) * 20;
    return { ...rest, width: Math.max(100, Math.min(c.width, room)), frozenLeft: 0 };
  });
}

/** Pixels the frozen columns take at the grid's left. */
export function frozenWidth(columns: readonly GridColumn[]): number {
  let width = 0;
  for (const c of columns) if (c.frozenLeft !== undefined) width += c.width;
  return width;
}

/** Constraint types as MS Project abbreviates them. */
export const CONSTRAINT_ABBREVIATIONS = {
  asap: 'ASAP',
  alap: 'ALAP',
  startNoEarlierThan: 'SNET',
  startNoLaterThan: 'SNLT',
  finishNoEarlierThan: 'FNET',
  finishNoLaterThan: 'FNLT',
  mustStartOn: 'MSO',
  mustFinishOn: 'MFO',
  // Primavera P6's soft "Start On" / "Finish On" (imported XER plans).
  startOn: 'SO',
  finishOn: 'FO',
} as const satisfies Record<PlanTask['constraintType'], string>;

/** "3FS+2d;5" for the links into a task. */
export function predecessorText(task: PlanTask, ctx: CellContext): string {
  const refs = [];
  for (const l of ctx.linksTo(task.id)) {
    const row = ctx.rowOf(l.predecessorId);
    if (row !== undefined) refs.push({ row, type: l.type, lagKind: l.lagKind, lag: l.lag });
  }
  refs.sort((a, b) => a.row - b.row);
  return formatPredecessorText(refs, ctx.calendars.units(task.calendarId));
}

// Cells read in days (to two decimals) whatever the minutes: the editor gets exact text (cell-edit.ts).
function days(minutes: number | null | undefined, task: PlanTask, ctx: CellContext): string {
  if (minutes === null || minutes === undefined) return '';
  return formatDurationDays(Math.round(minutes), false, ctx.calendars.units(task.calendarId));
}

function signedDays(minutes: number | null | undefined, task: PlanTask, ctx: CellContext): string {
  if (minutes === null || minutes === undefined) return '';
  const text = days(Math.abs(minutes), task, ctx);
  return minutes < 0 ? `-${text}` : text;
}

/** The text a cell shows. */
export function cellText(key: ColumnKey, task: PlanTask, ctx: CellContext): string {
  switch (key) {
    case 'row':
      return String(task.row);
    case 'indicators':
      return '';
    case 'wbs':
      return task.wbs;
    case 'name':
      return task.name;
    case 'duration':
      // A summary spans its children: its duration is the working time from its start to its finish.
      if (task.summary && task.start && task.finish) {
        const span = ctx.calendars.workBetween(task.calendarId, task.start, task.finish);
        return formatDurationDays(Math.max(0, span), false, ctx.calendars.units(task.calendarId));
      }
      return formatDurationDays(task.durationMinutes, task.elapsed, ctx.calendars.units(task.calendarId));
    case 'start':
      return formatPlanDate(task.start);
    case 'finish':
      return formatPlanDate(task.finish);
    case 'predecessors':
      return predecessorText(task, ctx);
    case 'constraint':
      return task.constraintType === 'asap' || !task.constraintDate
        ? CONSTRAINT_ABBREVIATIONS[task.constraintType]
        : `${CONSTRAINT_ABBREVIATIONS[task.constraintType]} ${formatPlanDate(task.constraintDate)}`;
    case 'totalFloat':
      return signedDays(task.totalFloatMinutes, task, ctx);
    case 'levelingDelay':
      // In the task calendar's day length, as MS Project shows "3 edays"/"3 days".
      return task.levelingDelayMinutes > 0
        ? formatDurationDays(task.levelingDelayMinutes, false, ctx.calendars.units(task.calendarId))
        : '';
    case 'percentComplete':
      return `${Math.round(task.percentComplete)}%`;
    case 'remaining': {
      // Unset, it follows from duration and % complete, as MS Project shows it.
      const left = task.remainingDurationMinutes ?? Math.round(task.durationMinutes * (1 - task.percentComplete / 100));
      return task.summary ? '' : formatDurationDays(left, task.elapsed, ctx.calendars.units(task.calendarId));
    }
    case 'actualStart':
      return task.actualStart ? formatPlanDate(task.actualStart) : 'NA';
    case 'actualFinish':
      return task.actualFinish ? formatPlanDate(task.actualFinish) : 'NA';
    case 'responsible':
      return task.responsibleName ?? '';
    case 'assignments':
      return ctx.resourceNames?.(task.id) ?? '';
    case 'variance':
      return signedDays(ctx.finishVariance?.get(task.id), task, ctx);
    case 'fixedCost':
      return formatMoney(task.fixedCostMinor, ctx.currency);
    case 'fixedCostAccrual':
      return ACCRUAL_LABELS[task.fixedCostAccrual];
    case 'evMethod':
      return task.evMethod === null ? PROJECT_EV_METHOD_TEXT : EV_METHOD_LABELS[task.evMethod];
    case 'physicalPercentComplete':
      return `${Math.round(task.physicalPercentComplete)}%`;
  }
}

/** Whether the caller may edit this cell: planners edit everything editable, team members the progress of their own leaf tasks. */
export function canEditCell(
  col: GridColumn,
  task: PlanTask,
  access: { readonly canEditPlan: boolean; readonly canRecordProgress: boolean; readonly userId: string },
): boolean {
  if (col.edit === 'none') return false;
  // A summary's dates, duration and progress roll up from its children.
  if (
    task.summary &&
    ['duration', 'finish', 'percentComplete', 'remaining', 'actualStart', 'actualFinish'].includes(col.key)
  ) {
    return false;
  }
  if (access.canEditPlan) return true;
  return col.edit === 'progress' && access.canRecordProgress && task.responsibleId === access.userId;
}
