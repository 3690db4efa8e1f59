import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { formatLocalDate, formatLocalDateTime } from '../../core/schedule/time.js';
import { p6CalendarDay, xerTable } from '../../test-support/plan-file-seeds.js';
import { readXer } from './xer-reader.js';

// Monday-Friday 08:00-16:00, lines separated by DEL as P6 writes them, one holiday (serial 45299 = 2024-01-08).
const DEL = '\x7f';
const CLNDR = `(0||CalendarData()(${DEL}(0||DaysOfWeek()(${[1, 2, 3, 4, 5, 6, 7]
  .map((n) => p6CalendarDay(n, n >= 2 && n <= 6))
  .join(DEL)}))${DEL}(0||VIEW(ShowTotal|N)())${DEL}(0||Exceptions()(${DEL}(0||0(d|45299)()))))`;

const XER = [
  'ERMHDR\t8.1\t2024-01-01\tProject\tadmin',
  xerTable(
    'PROJECT',
    ['proj_id', 'proj_short_name', 'clndr_id', 'plan_start_date', 'last_recalc_date', 'plan_end_date'],
    [['1', 'DEMO', '10', '2024-01-08 08:00', '2024-01-10 00:00', '']],
  ),
  xerTable(
    'CALENDAR',
    ['clndr_id', 'clndr_name', 'day_hr_cnt', 'week_hr_cnt', 'clndr_data'],
    [['10', 'Std', '8', '40', CLNDR]],
  ),
  xerTable(
    'SCHEDOPTIONS',
    ['proj_id', 'sched_float_type', 'sched_calendar_on_relationship_lag', 'sched_progress_override'],
    [['1', 'FT_FF', 'rcal_Successor', 'N']],
  ),
  xerTable(
    'PROJWBS',
    ['wbs_id', 'proj_id', 'seq_num', 'proj_node_flag', 'wbs_short_name', 'wbs_name', 'parent_wbs_id'],
    [
      ['100', '1', '1', 'Y', 'DEMO', 'Demo', ''],
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
      'status_code',
      'task_code',
      'task_name',
      'target_drtn_hr_cnt',
      'remain_drtn_hr_cnt',
      'act_start_date',
      'act_end_date',
      'cstr_type',
      'cstr_date',
    ],
    [
      [
        '1',
        '1',
        '101',
        '10',
        'TT_Task',
        'TK_Complete',
        'A100',
        'Survey',
        '16',
        '0',
        '2024-01-02 08:00',
        '2024-01-03 16:00',
        '',
        '',
      ],
      ['2', '1', '101', '10', 'TT_Task', 'TK_Active', 'A110', 'Draw', '32', '16', '2024-01-04 08:00', '', '', ''],
      [
        '3',
        '1',
        '101',
        '10',
        'TT_FinMile',
        'TK_NotStart',
        'A120',
        'Approved',
        '0',
        '0',
        '',
        '',
        'CS_MSOA',
        '2024-01-15 08:00',
      ],
    ],
  ),
  xerTable(
    'TASKPRED',
    ['task_pred_id', 'task_id', 'pred_task_id', 'proj_id', 'pred_proj_id', 'pred_type', 'lag_hr_cnt'],
    [
      ['1', '2', '1', '1', '1', 'PR_FS', '0'],
      ['2', '3', '2', '1', '1', 'PR_FS', '8'],
    ],
  ),
  '%E',
].join('\n');

describe('readXer', () => {
  const { plan, report } = readXer(XER);

  it('reads calendars with P6 notation, DEL separators and serial-day holidays', () => {
    const cal = plan.calendars[0];
    expect(cal?.week[1]).toEqual([{ startMinute: 480, endMinute: 960 }]);
    expect(cal?.week[0]).toEqual([]);
    expect(cal?.exceptions.map((e) => formatLocalDate(e.fromDay))).toEqual(['2024-01-08']);
  });

  it('reads the WBS (without the project node), activities by Activity ID, links and options', () => {
    expect(plan.tasks.map((t) => [t.id, t.parentId])).toEqual([
      ['DES', null],
      ['A100', 'DES'],
      ['A110', 'DES'],
      ['A120', 'DES'],
    ]);
    expect(plan.tasks[3]).toMatchObject({
      milestone: true,
      milestoneKind: 'finish',
      constraint: { type: 'startNoEarlierThan' },
    });
    expect(plan.tasks[2]).toMatchObject({ durationMinutes: 32 * 60, remainingDurationMinutes: 16 * 60 });
    expect(plan.links[1]).toEqual({
      predecessorId: 'A110',
      successorId: 'A120',
      type: 'FS',
      lag: { kind: 'working', minutes: 480 },
    });
    expect(plan.options).toMatchObject({
      flavour: 'p6',
      totalFloat: 'finish',
      lagCalendar: 'successor',
      progress: 'retainedLogic',
    });
    expect(report.format).toBe('xer');
  });

  it('schedules remaining work from the data date (P6 rules)', () => {
    const r = schedulePlan(plan);
    const at = (i: number, a: Float64Array) => formatLocalDateTime(a[i] as number);
    // Finished: early dates at the data date. In progress: 16 h left from the data date.
    expect(at(1, r.earlyStart)).toBe('2024-01-10T00:00:00');
    expect(at(2, r.earlyStart)).toBe('2024-01-10T08:00:00');
    expect(at(2, r.earlyFinish)).toBe('2024-01-11T16:00:00');
    // 8 h lag would put the milestone at 16:00 on the 12th; its constraint holds it to the 15th.
    expect(at(3, r.earlyStart)).toBe('2024-01-15T08:00:00');
  });

  it('reports links to activities the file does not hold, with examples, instead of dropping them silently', () => {
    const broken = XER.replace(
      '%R\t2\t3\t2\t1\t1\tPR_FS\t8',
      '%R\t2\t3\t2\t1\t1\tPR_FS\t8\n%R\t3\t3\t77\t1\t1\tPR_FS\t0\n%R\t4\t78\t1\t1\t1\tPR_FS\t0',
    );
    expect(broken).not.toBe(XER);
    const read = readXer(broken);
    expect(read.plan.links).toHaveLength(2);
    expect(read.report.notes).toContainEqual({
      kind: 'not_carried',
      what: 'links to activities missing from the file',
      count: 2,
      examples: ['77->3', '1->78'],
    });
  });

  it('rejects text that is not XER', () => {
    expect(() => readXer('hello')).toThrow(/not a Primavera XER file/);
  });
});
