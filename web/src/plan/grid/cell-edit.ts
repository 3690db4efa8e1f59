import type { PlanTask, TaskFields } from '../../../../src/contracts/index.js';
import {
  formatDurationText,
  parseDurationText,
  parsePredecessorText,
} from '../../../../src/core/schedule/predecessor-text.js';
import { minorToAmountText, parseAmount } from '../../lib/money.js';
import { ACCRUAL_LABELS, EV_METHOD_LABELS } from '../../money/money-labels.js';
import type { PlanCalendars } from '../calendar-time.js';
import { datePart, formatPlanDate, parsePlanDate, type TypedDate } from '../plan-dates.js';
import type { LinkDraft, PlanOp } from '../plan-ops.js';
import { type CellContext, CONSTRAINT_ABBREVIATIONS, type ColumnKey, predecessorText } from './columns.js';

/*
 * What typing into a cell means, as MS Project defines it: text in, the plan ops out (or a
 * message for the cell and nothing sent). Typing a Start sets a start-no-earlier-than constraint;
 * typing a Finish changes the duration to the working time from start to that finish.
 */

/** What an edit may look up besides the task. */
export interface EditEnv extends CellContext {
  /** Tasks in WBS order: row r is tasks[r - 1]. */
  readonly tasks: readonly PlanTask[];
  readonly calendars: PlanCalendars;
  readonly newId: () => string;
}

/** The ops to send (none: nothing changed), or the message to show under the cell. */
export type EditResult = { readonly ok: true; readonly ops: PlanOp[] } | { readonly ok: false; readonly error: string };

const fail = (error: string): EditResult => ({ ok: false, error });
const unchanged: EditResult = { ok: true, ops: [] };
const patch = (task: PlanTask, fields: Partial<TaskFields>): EditResult => {
  const changed = Object.entries(fields).filter(([k, v]) => task[k as keyof PlanTask] !== v);
  if (changed.length === 0) return unchanged;
  return { ok: true, ops: [{ op: 'updateTask', taskId: task.id, fields: Object.fromEntries(changed) }] };
};

const DATE_HINT = 'use a date like 2024-01-08 or 8 Jan 24';

/** The text an editor opens with (F2 or double-click): what the cell shows, dates as ISO for easy editing. */
export function editorText(key: ColumnKey, task: PlanTask, ctx: CellContext, shown: string): string {
  switch (key) {
    case 'start':
      return task.start ? datePart(task.start) : '';
    case 'finish':
      return task.finish ? datePart(task.finish) : '';
    case 'actualStart':
      return task.actualStart ? datePart(task.actualStart) : '';
    case 'actualFinish':
      return task.actualFinish ? datePart(task.actualFinish) : '';
    // The cell rounds to hundredths of a day; the editor must give back exactly what is stored.
    case 'duration':
      return task.summary
        ? shown
        : formatDurationText(task.durationMinutes, task.elapsed, ctx.calendars.units(task.calendarId));
    case 'remaining':
      return task.remainingDurationMinutes === null
        ? shown
        : formatDurationText(task.remainingDurationMinutes, task.elapsed, ctx.calendars.units(task.calendarId));
    case 'percentComplete':
      return String(Math.round(task.percentComplete));
    case 'physicalPercentComplete':
      return String(Math.round(task.physicalPercentComplete));
    // Plain decimals, as parseAmount reads them back: "1250.00", not "€1,250.00".
    case 'fixedCost':
      return minorToAmountText(task.fixedCostMinor, ctx.currency);
    // Choice editors open on the stored value.
    case 'fixedCostAccrual':
      return task.fixedCostAccrual;
    case 'evMethod':
      return task.evMethod ?? '';
    case 'responsible':
      return task.responsibleId ?? '';
    case 'constraint':
      return task.constraintDate
        ? `${CONSTRAINT_ABBREVIATIONS[task.constraintType]} ${datePart(task.constraintDate)}`
        : CONSTRAINT_ABBREVIATIONS[task.constraintType];
    case 'predecessors':
      return predecessorText(task, ctx);
    default:
      return shown;
  }
}

function dateTime(typed: TypedDate, fallback: (date: string) => string): string {
  return typed.time ? `${typed.date}T${typed.time}` : fallback(typed.date);
}

function optionalDate(field: string, text: string, fallback: (date: string) => string): string | null | Error {
  const s = text.trim();
  if (s === '' || s.toUpperCase() === 'NA') return null;
  const typed = parsePlanDate(s);
  return typed ? dateTime(typed, fallback) : new Error(`${field}: '${s}' is not a date (${DATE_HINT})`);
}

function editPredecessors(task: PlanTask, text: string, env: EditEnv): EditResult {
  const parsed = parsePredecessorText(text, env.calendars.units(task.calendarId));
  if (!parsed.ok) return parsed;
  const current = new Map(env.linksTo(task.id).map((l) => [l.predecessorId, l]));
  const index = task.row - 1;
  const wanted = new Map<string, (typeof parsed.value)[number]>();
  for (const ref of parsed.value) {
    const pred = env.tasks[ref.row - 1];
    if (!pred) return fail(`predecessors: there is no row ${ref.row}`);
    if (pred.id === task.id) return fail(`predecessors: a task cannot be its own predecessor (row ${ref.row})`);
    // A summary cannot be linked to its own subtasks (MS Project refuses it too): it would loop.
    const [outer, inner] = ref.row - 1 < index ? [ref.row - 1, index] : [index, ref.row - 1];
    const outerTask = env.tasks[outer] as PlanTask;
    let within = true;
    for (let i = outer + 1; i <= inner && within; i++)
      within = (env.tasks[i] as PlanTask).outlineLevel > outerTask.outlineLevel;
    if (within) return fail(`predecessors: row ${ref.row} and this task are a summary and its subtask`);
    wanted.set(pred.id, ref);
  }
  const ops: PlanOp[] = [];
  const removed = [...current.values()].filter((l) => !wanted.has(l.predecessorId)).map((l) => l.id);
  if (removed.length > 0) ops.push({ op: 'deleteLinks', linkIds: removed });
  const added: LinkDraft[] = [];
  for (const [predecessorId, ref] of wanted) {
    const old = current.get(predecessorId);
    const fields = { type: ref.type, lagKind: ref.lagKind, lag: ref.lag };
    if (!old) added.push({ id: env.newId(), predecessorId, successorId: task.id, ...fields });
    // A zero lag has no kind: "3" must not turn an elapsed zero lag into a working one and call it a change.
    else if (old.type !== ref.type || old.lag !== ref.lag || (ref.lag !== 0 && old.lagKind !== ref.lagKind)) {
      ops.push({ op: 'updateLink', linkId: old.id, fields });
    }
  }
  if (added.length > 0) ops.push({ op: 'addLinks', links: added });
  return { ok: true, ops };
}

function editConstraint(task: PlanTask, text: string, env: EditEnv): EditResult {
  const s = text.trim();
  const [word = '', ...rest] = s.split(/\s+/);
  const entry = Object.entries(CONSTRAINT_ABBREVIATIONS).find(([, abbr]) => abbr === word.toUpperCase());
  if (!entry) {
    return fail(
      `constraint: '${word}' is not a constraint type (ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO, SO, FO)`,
    );
  }
  const type = entry[0] as PlanTask['constraintType'];
  if (type === 'asap' || type === 'alap') return patch(task, { constraintType: type, constraintDate: null });
  const typed = parsePlanDate(rest.join(' '));
  if (!typed) return fail(`constraint: ${entry[1]} needs a date (${DATE_HINT})`);
  const atFinish =
    type === 'finishNoEarlierThan' || type === 'finishNoLaterThan' || type === 'mustFinishOn' || type === 'finishOn';
  const at = dateTime(typed, (d) =>
    atFinish ? env.calendars.dayEnd(task.calendarId, d) : env.calendars.dayStart(task.calendarId, d),
  );
  return patch(task, { constraintType: type, constraintDate: at });
}

/** A percentage typed as "75" or "75 %". */
function percentOf(label: string, text: string): number | Error {
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  const value = m ? Number(m[1]) : Number.NaN;
  return value >= 0 && value <= 100 ? value : new Error(`${label}: '${text.trim()}' is not a percentage from 0 to 100`);
}

const isKey = <K extends string>(labels: Record<K, string>, text: string): text is K => Object.hasOwn(labels, text);

function editDuration(task: PlanTask, text: string, env: EditEnv): EditResult {
  const parsed = parseDurationText(text, env.calendars.units(task.calendarId));
  if (!parsed.ok) return parsed;
  const { minutes, elapsed } = parsed.value;
  // MS Project makes a task a milestone when its duration becomes 0, and a task again when it grows.
  return patch(task, { durationMinutes: minutes, elapsed, milestone: minutes === 0 });
}

function editFinish(task: PlanTask, text: string, env: EditEnv): EditResult {
  const typed = parsePlanDate(text);
  if (!typed) return fail(`finish: '${text.trim()}' is not a date (${DATE_HINT})`);
  if (!task.start) return fail('finish: the task has no start yet');
  const finish = dateTime(typed, (d) => env.calendars.dayEnd(task.calendarId, d));
  // ISO strings compare in time order; working time alone would call Friday 17:00 "equal" to Monday 08:00.
  if (finish < task.start) return fail(`finish: must not be before the start (${formatPlanDate(task.start)})`);
  const minutes = Math.max(0, env.calendars.workBetween(task.calendarId, task.start, finish));
  return patch(task, { durationMinutes: minutes, elapsed: false, milestone: minutes === 0 });
}

/** Turns the text typed into a cell into the ops that make it so. */
export function editCell(key: ColumnKey, task: PlanTask, text: string, env: EditEnv): EditResult {
  switch (key) {
    case 'name': {
      const name = text.trim();
      if (name === '') return fail('name: must not be empty');
      if (name.length > 500) return fail('name: must be at most 500 characters');
      return patch(task, { name });
    }
    case 'duration':
      return editDuration(task, text, env);
    case 'start': {
      const typed = parsePlanDate(text);
      if (!typed) return fail(`start: '${text.trim()}' is not a date (${DATE_HINT})`);
      if (!typed.time && task.start && datePart(task.start) === typed.date) return unchanged;
      const at = dateTime(typed, (d) => env.calendars.dayStart(task.calendarId, d));
      return patch(task, { constraintType: 'startNoEarlierThan', constraintDate: at });
    }
    case 'finish':
      if (task.finish && datePart(task.finish) === parsePlanDate(text)?.date && !parsePlanDate(text)?.time) {
        return unchanged;
      }
      return editFinish(task, text, env);
    case 'predecessors':
      return editPredecessors(task, text, env);
    case 'constraint':
      return editConstraint(task, text, env);
    case 'percentComplete': {
      const value = percentOf('% complete', text);
      return value instanceof Error ? fail(value.message) : patch(task, { percentComplete: value });
    }
    case 'physicalPercentComplete': {
      const value = percentOf('physical % complete', text);
      return value instanceof Error ? fail(value.message) : patch(task, { physicalPercentComplete: value });
    }
    case 'fixedCost': {
      const amount = parseAmount(text, env.currency);
      if (!amount.ok) return fail(`fixed cost: ${amount.message.charAt(0).toLowerCase()}${amount.message.slice(1)}`);
      return patch(task, { fixedCostMinor: amount.minor });
    }
    case 'fixedCostAccrual':
      return isKey(ACCRUAL_LABELS, text)
        ? patch(task, { fixedCostAccrual: text })
        : fail(`accrual: '${text}' is not one`);
    case 'evMethod':
      if (text === '') return patch(task, { evMethod: null });
      return isKey(EV_METHOD_LABELS, text) ? patch(task, { evMethod: text }) : fail(`EV method: '${text}' is not one`);
    case 'remaining': {
      if (text.trim() === '') return patch(task, { remainingDurationMinutes: null });
      const parsed = parseDurationText(text, env.calendars.units(task.calendarId));
      if (!parsed.ok) return fail(parsed.error.replace(/^duration:/, 'remaining:'));
      const derived = Math.round(task.durationMinutes * (1 - task.percentComplete / 100));
      // Confirming the shown (derived) value must not pin it.
      if (task.remainingDurationMinutes === null && parsed.value.minutes === derived) return unchanged;
      return patch(task, { remainingDurationMinutes: parsed.value.minutes });
    }
    case 'actualStart':
    case 'actualFinish': {
      const label = key === 'actualStart' ? 'actual start' : 'actual finish';
      const value = optionalDate(label, text, (d) =>
        key === 'actualStart' ? env.calendars.dayStart(task.calendarId, d) : env.calendars.dayEnd(task.calendarId, d),
      );
      if (value instanceof Error) return fail(value.message);
      return patch(task, { [key]: value });
    }
    case 'responsible':
      // The member editor hands over a user id, or '' for nobody.
      return patch(task, { responsibleId: text.trim() === '' ? null : text.trim() });
    default:
      return fail(`${key}: cannot be edited`);
  }
}

/** A new task from a name typed into the empty row at the bottom: at the level of the task above, one day long. */
export function createFromBlankRow(name: string, env: EditEnv): EditResult {
  const trimmed = name.trim();
  if (trimmed === '') return unchanged;
  if (trimmed.length > 500) return fail('name: must be at most 500 characters');
  const last = env.tasks[env.tasks.length - 1];
  const minutes = env.calendars.units(null).hoursPerDay * 60;
  const task = { id: env.newId(), parentId: last?.parentId ?? null, name: trimmed, durationMinutes: minutes };
  return { ok: true, ops: [{ op: 'insertTasks', beforeId: null, tasks: [task], links: [] }] };
}
