import { readFileSync } from 'node:fs';
import { schedulePlan } from '../core/schedule/schedule.js';
import { readJsonPlan } from '../interop/json-plan.js';
import { writeMspdi } from '../interop/mspdi/mspdi-writer.js';
import { oracleHas, oraclePath } from './oracle.js';

/*
 * Small valid plan files in the three formats Gantry reads, for fuzzing the readers: generated
 * here so the fuzz runs without the outside oracle, plus a few small oracle files when present.
 */

/** A Gantry JSON plan: a summary, tasks in days and elapsed days, a milestone, four link kinds, a recurring holiday. */
export const JSON_SEED = JSON.stringify({
  format: 'gantry-plan',
  version: 1,
  name: 'Seed',
  projectStart: '2024-01-08T08:00',
  defaultCalendar: 'office',
  options: { statusDate: '2024-01-10T08:00' },
  calendars: [
    {
      id: 'office',
      hoursPerDay: 8,
      week: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, ['08:00-12:00', '13:00-17:00']]),
      ),
      exceptions: [
        {
          name: 'New Year',
          from: '2024-01-01',
          to: '2030-01-01',
          recurrence: { kind: 'yearlyByDate', month: 1, dayOfMonth: 1 },
        },
        { name: 'Shutdown', from: '2024-01-10', to: '2024-01-10' },
      ],
    },
  ],
  tasks: [
    { id: 'S', name: 'Build' },
    { id: 'a', name: 'Strip out', parent: 'S', duration: '2d', actualStart: '2024-01-08T08:00', percentComplete: 50 },
    {
      id: 'b',
      name: 'Rewire',
      parent: 'S',
      duration: '1.5d',
      constraint: { type: 'startNoEarlierThan', date: '2024-01-09T08:00' },
    },
    { id: 'c', name: 'Cure', duration: '2ed' },
    { id: 'm', name: 'Handover', duration: 0, milestone: true, deadline: '2024-01-19T17:00' },
  ],
  links: [
    { from: 'a', to: 'b', type: 'SS', lag: '4h' },
    { from: 'b', to: 'c', type: 'FF' },
    { from: 'c', to: 'm', lag: '50%' },
  ],
});

/** The JSON seed as MS Project XML, written by our own writer. */
export function mspdiSeed(): string {
  const { plan } = readJsonPlan(JSON_SEED);
  return writeMspdi(plan, schedulePlan(plan), { title: 'Seed' });
}

const DEL = '\x7f';
/** One weekday of a P6 calendar's data: working 08:00-16:00 or not (lines separated by DEL, as P6 writes them). */
export const p6CalendarDay = (n: number, working: boolean) =>
  `(0||${n}()(${working ? `${DEL}(0||0(s|08:00|f|16:00)())` : ''}))`;
const CLNDR = `(0||CalendarData()(${DEL}(0||DaysOfWeek()(${[1, 2, 3, 4, 5, 6, 7]
  .map((n) => p6CalendarDay(n, n >= 2 && n <= 6))
  .join(DEL)}))${DEL}(0||Exceptions()(${DEL}(0||0(d|45299)()))))`;
/** One XER table: its `%T` line, its `%F` field names and a `%R` line per row. */
export const xerTable = (name: string, fields: string[], rows: string[][]) =>
  [`%T\t${name}`, `%F\t${fields.join('\t')}`, ...rows.map((r) => `%R\t${r.join('\t')}`)].join('\n');

/** A P6 XER file: one project, a calendar with a holiday, a WBS node, three activities, two links. */
export const XER_SEED = [
  'ERMHDR\t8.1\t2024-01-01\tProject\tadmin',
  xerTable(
    'PROJECT',
    ['proj_id', 'proj_short_name', 'clndr_id', 'plan_start_date', 'last_recalc_date'],
    [['1', 'SEED', '10', '2024-01-08 08:00', '2024-01-10 00:00']],
  ),
  xerTable(
    'CALENDAR',
    ['clndr_id', 'clndr_name', 'day_hr_cnt', 'week_hr_cnt', 'clndr_data'],
    [['10', 'Std', '8', '40', CLNDR]],
  ),
  xerTable(
    'SCHEDOPTIONS',
    ['proj_id', 'sched_float_type', 'sched_calendar_on_relationship_lag'],
    [['1', 'FT_FF', 'rcal_Successor']],
  ),
  xerTable(
    'PROJWBS',
    ['wbs_id', 'proj_id', 'seq_num', 'proj_node_flag', 'wbs_short_name', 'wbs_name', 'parent_wbs_id'],
    [
      ['100', '1', '1', 'Y', 'SEED', 'Seed', ''],
      ['101', '1', '1', 'N', 'DES', 'Design', '100'],
    ],
  ),
  xerTable(
    'TASK',
    [
      'task_id',
      'proj_id',
      'wbs_id',
      'clndr_id',
      'task_type',
      'task_code',
      'task_name',
      'target_drtn_hr_cnt',
      'remain_drtn_hr_cnt',
      'act_start_date',
      'cstr_type',
      'cstr_date',
    ],
    [
      ['1', '1', '101', '10', 'TT_Task', 'A100', 'Survey', '16', '8', '2024-01-08 08:00', '', ''],
      ['2', '1', '101', '10', 'TT_Task', 'A110', 'Draw', '32', '32', '', 'CS_MSOA', '2024-01-09 08:00'],
      ['3', '1', '101', '10', 'TT_FinMile', 'A120', 'Done', '0', '0', '', '', ''],
    ],
  ),
  xerTable(
    'TASKPRED',
    ['task_pred_id', 'task_id', 'pred_task_id', 'proj_id', 'pred_proj_id', 'pred_type', 'lag_hr_cnt'],
    [
      ['1', '2', '1', '1', '1', 'PR_FS', '0'],
      ['2', '3', '2', '1', '1', 'PR_SS', '8'],
    ],
  ),
  '%E',
].join('\n');

/** Small oracle files, when the oracle is present (the fuzz runs on the generated seeds without it). */
export function oracleSeeds(): { mspdi: string[]; xer: string[] } {
  const read = (...p: string[]) => (oracleHas(...p) ? [readFileSync(oraclePath(...p), 'utf8')] : []);
  return {
    mspdi: [...read('mspdi', 'legacy', 'sample.xml'), ...read('mspdi', 'mspdirelations.xml')],
    xer: read('p6', 'ProjectDefaultCalendar.xer'),
  };
}
