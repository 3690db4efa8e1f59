import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { epochDayFromCivil } from '../../core/schedule/time.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';
import { xerTable } from '../../test-support/plan-file-seeds.js';
import { readXer } from './xer-reader.js';
import { readXerTables } from './xer-tables.js';

const CLNDR = '(0||CalendarData()())';
const XER = [
  'ERMHDR\t8.1\t2024-01-01\tProject\tadmin',
  xerTable(
    'CURRTYPE',
    ['curr_id', 'curr_short_name', 'base_exch_rate'],
    [
      ['1', 'GBP', '1'],
      ['2', 'AUST', '1.208'],
    ],
  ),
  xerTable('UMEASURE', ['unit_id', 'unit_abbrev', 'unit_name'], [['7', 'm3', 'Cubic metre']]),
  xerTable(
    'PROJECT',
    ['proj_id', 'proj_short_name', 'clndr_id', 'plan_start_date', 'last_recalc_date'],
    [['1', 'DEMO', '10', '2024-01-08 08:00', '2024-01-08 08:00']],
  ),
  xerTable('CALENDAR', ['clndr_id', 'clndr_name', 'day_hr_cnt', 'clndr_data'], [['10', 'Std', '8', CLNDR]]),
  xerTable(
    'TASK',
    ['task_id', 'proj_id', 'task_code', 'task_name', 'target_drtn_hr_cnt', 'remain_drtn_hr_cnt', 'duration_type'],
    [
      ['1', '1', 'A100', 'Dig', '16', '16', 'DT_FixedQty'],
      ['2', '1', 'A200', 'Pour', '8', '8', 'DT_FixedDUR2'],
      ['3', '1', 'A300', 'Cure', '8', '8', 'DT_FixedRate'],
      ['4', '2', 'B100', 'Elsewhere', '8', '8', ''],
    ],
  ),
  xerTable(
    'RSRC',
    [
      'rsrc_id',
      'rsrc_short_name',
      'rsrc_name',
      'rsrc_type',
      'clndr_id',
      'email_addr',
      'unit_id',
      'curr_id',
      'ot_flag',
      'ot_factor',
    ],
    [
      ['50', 'DIG', 'Digger', 'RT_Equip', '10', '', '', '1', 'N', ''],
      ['51', 'ENG', 'Engineer', 'RT_Labor', '10', 'eng@x.org', '', '1', 'Y', '1.5'],
      ['52', 'CON', 'Concrete', 'RT_Mat', '10', '', '7', '2', 'N', ''],
      ['53', 'ENG', 'Engineer two', 'RT_Labor', '99', '', '', '1', 'N', ''],
    ],
  ),
  xerTable(
    'RSRCRATE',
    ['rsrc_rate_id', 'rsrc_id', 'max_qty_per_hr', 'cost_per_qty', 'start_date'],
    [
      ['1', '51', '1', '40.5', '2020-01-01 00:00'],
      ['2', '51', '0.5', '42', '2024-03-01 00:00'],
      ['3', '50', '2', '100', ''],
    ],
  ),
  xerTable(
    'TASKRSRC',
    [
      'taskrsrc_id',
      'task_id',
      'rsrc_id',
      'remain_qty',
      'target_qty',
      'target_qty_per_hr',
      'act_reg_qty',
      'act_ot_qty',
      'target_cost',
      'act_reg_cost',
      'act_ot_cost',
      'remain_cost',
    ],
    [
      ['900', '1', '51', '12', '16', '1', '3', '1', '648.00', '121.5', '40.5', '486'],
      ['901', '2', '50', '4', '4', '0.5', '0', '0', '400', '0', '0', '400'],
      ['902', '2', '', '8', '8', '1', '0', '0', '0', '0', '0', '0'],
      ['903', '4', '51', '8', '8', '1', '0', '0', '324', '0', '0', '324'],
      ['904', '2', '77', '8', '8', '1', '0', '0', '0', '0', '0', '0'],
    ],
  ),
].join('\r\n');

describe('readXer: RSRC, RSRCRATE and TASKRSRC', () => {
  const { resources, report } = readXer(XER);
  const byId = new Map(resources?.resources.map((r) => [r.id, r]));

  it('reads resources: kind from the type, short name as code (unique), calendar, email, unit, base currency', () => {
    expect(resources?.resources.map((r) => [r.id, r.code, r.kind])).toEqual([
      ['50', 'DIG', 'equipment'],
      ['51', 'ENG', 'person'],
      ['52', 'CON', 'material'],
      ['53', 'ENG-53', 'person'],
    ]);
    expect(byId.get('51')).toMatchObject({ name: 'Engineer', email: 'eng@x.org', calendarId: '10', currency: 'GBP' });
    // A material has a unit, no calendar; costs are in P6's base currency whatever the resource's own.
    expect(byId.get('52')).toMatchObject({ materialUnit: 'm3', calendarId: null, currency: 'GBP' });
    expect(byId.get('53')?.calendarId).toBeNull();
  });

  it('turns RSRCRATE into max units steps and standard rates (overtime by the factor) from their dates', () => {
    expect(byId.get('51')?.maxUnits).toEqual([{ fromDay: epochDayFromCivil(2024, 3, 1), units: 0.5 }]);
    expect(byId.get('51')?.rates).toEqual([
      {
        fromDay: epochDayFromCivil(2020, 1, 1),
        standardPerHourMinor: 4050,
        overtimePerHourMinor: 6075,
        perUseMinor: 0,
      },
      {
        fromDay: epochDayFromCivil(2024, 3, 1),
        standardPerHourMinor: 4200,
        overtimePerHourMinor: 6300,
        perUseMinor: 0,
      },
    ]);
    expect(byId.get('50')?.maxUnits).toEqual([{ fromDay: epochDayFromCivil(1984, 1, 1), units: 2 }]);
  });

  it('reads assignments: hours as minutes, units per hour as the fraction, regular + overtime actuals, costs', () => {
    expect(resources?.assignments).toEqual([
      {
        id: '900',
        taskId: 'A100',
        resourceId: '51',
        units: 1,
        workMinutes: 960,
        actualWorkMinutes: 240,
        remainingWorkMinutes: 720,
        levelingDelayMinutes: 0,
        budgetCostMinor: 64800,
        actualCostMinor: 16200,
        remainingCostMinor: 48600,
      },
      expect.objectContaining({ id: '901', taskId: 'A200', resourceId: '50', units: 0.5, workMinutes: 240 }),
    ]);
  });

  it('leaves out role-only assignments, other projects’ activities and unknown resources, each with a note', () => {
    const notes = new Map(report.notes.map((n) => [n.what, n.examples]));
    expect(notes.get('role assignments without a resource')).toEqual(['902']);
    expect(notes.get('assignments to activities that were not carried over')).toEqual(['903']);
    expect(notes.get('assignments to resources missing from the file')).toEqual(['904']);
  });

  it('keeps the duration types as task types', () => {
    expect(resources?.taskRules).toEqual([
      { taskId: 'A100', taskType: 'fixedWork', effortDriven: false },
      { taskId: 'A200', taskType: 'fixedDuration', effortDriven: false },
    ]);
  });
});

const SP10 = oraclePath('p6', 'sp10-cost-loaded.xer');
describe.skipIf(!oracleHas('p6', 'sp10-cost-loaded.xer'))(`readXer resources on SP10 ${ORACLE_TAG}`, () => {
  // Read before the tests, not here: vitest runs a skipped suite's body to list its tests.
  let tables: ReturnType<typeof readXerTables>;
  let plan: ReturnType<typeof readXer>['plan'];
  let resources: ReturnType<typeof readXer>['resources'];
  let report: ReturnType<typeof readXer>['report'];
  beforeAll(() => {
    const text = readFileSync(SP10, 'latin1');
    tables = readXerTables(text);
    ({ plan, resources, report } = readXer(text));
  });

  it('carries every RSRC row and every TASKRSRC row (the file skips none)', () => {
    expect(tables.get('RSRC')?.rows.length).toBe(180);
    expect(resources?.resources).toHaveLength(180);
    expect(tables.get('TASKRSRC')?.rows.length).toBe(692);
    expect(resources?.assignments).toHaveLength(692);
    expect(report.notes.filter((n) => /assignments|resources without/.test(n.what))).toEqual([]);
    const codes = new Set(resources?.resources.map((r) => r.code.toLowerCase()));
    expect(codes.size).toBe(180);
  });

  it('sums the target costs to the file’s, to the cent, and every assignment sits on an activity of the plan', () => {
    const fileCents = (tables.get('TASKRSRC')?.rows ?? []).reduce((s, r) => s + Number(r.target_cost) * 100, 0);
    const ours = (resources?.assignments ?? []).reduce((s, a) => s + (a.budgetCostMinor ?? 0), 0);
    // Each row is rounded to whole cents once: the sums differ by under half a cent a row.
    expect(Math.abs(ours - fileCents)).toBeLessThanOrEqual(692 / 2);
    expect(ours).toBeGreaterThan(200_000_000_00);
    const ids = new Set(plan.tasks.map((t) => t.id as string));
    expect(resources?.assignments.every((a) => ids.has(a.taskId))).toBe(true);
  });

  it('still schedules the 3,994 activities', () => {
    expect(plan.tasks.filter((t) => !t.wbsCode).length).toBe(3994);
    expect(Number.isNaN(schedulePlan(plan).projectFinish)).toBe(false);
  });
});
