import type {
  FileAssignment,
  FileResource,
  FileTaskRules,
  PlanResources,
  RateStep,
  ResourceKind,
  TaskType,
  UnitsStep,
} from '../../core/resources/model.js';
import { calendarId, taskId } from '../../core/schedule/model.js';
import { parseLocalDateTime } from '../../core/schedule/time.js';
import type { ReportCollector } from '../import-report.js';
import { ALWAYS_DAY, checkResourceCounts, dayOf, isoCurrency, minorOf, uniqueCodes } from '../plan-resources-bounds.js';
import type { XerTable } from './xer-tables.js';

/*
 * The resource side of a P6 XER file (issue 11): RSRC (the resources), RSRCRATE (their max units and
 * price per unit over time) and TASKRSRC (assignments). P6 counts quantities in hours, so work is
 * hours × 60 and units are "units per hour" (1 = 100 %); costs are in the resource's currency.
 */

type Row = Readonly<Record<string, string>>;

const KINDS: Readonly<Record<string, ResourceKind>> = {
  RT_Labor: 'person',
  RT_Equip: 'equipment',
  RT_Mat: 'material',
};

/** P6 duration types as MS Project task types: which of duration, units and work stays put. */
const DURATION_TYPES: Readonly<Record<string, TaskType>> = {
  DT_FixedQty: 'fixedWork', // Fixed Units: the quantity (work) stays
  DT_FixedRate: 'fixedUnits', // Fixed Units/Time
  DT_FixedDrtn: 'fixedDuration', // Fixed Duration and Units/Time
  DT_FixedDUR2: 'fixedDuration', // Fixed Duration and Units
};

const number = (v: string | undefined): number => {
  const n = v === undefined || v === '' ? Number.NaN : Number(v);
  return Number.isFinite(n) ? n : 0;
};
const minutes = (hoursText: string | undefined): number => Math.max(0, Math.round(number(hoursText) * 60));
const fromDayOf = (v: string | undefined): number => {
  const at = v ? parseLocalDateTime(v) : null;
  return at === null ? ALWAYS_DAY : Math.max(ALWAYS_DAY, dayOf(at));
};

/** Max units and rates of one resource from its RSRCRATE rows (P6's "Units & Prices" tab). */
function stepsOf(rates: readonly Row[], overtimeFactor: number): { maxUnits: UnitsStep[]; rates: RateStep[] } {
  const sorted = [...rates].sort((a, b) => fromDayOf(a.start_date) - fromDayOf(b.start_date));
  const maxUnits: UnitsStep[] = [];
  const steps: RateStep[] = [];
  for (const r of sorted) {
    const fromDay = fromDayOf(r.start_date);
    const units = Math.max(0, number(r.max_qty_per_hr));
    if (r.max_qty_per_hr !== undefined && r.max_qty_per_hr !== '' && maxUnits.at(-1)?.units !== units) {
      // Before the first step a resource has 100 %: a first step of 100 % says nothing.
      if (maxUnits.length > 0 || units !== 1) maxUnits.push({ fromDay, units });
    }
    const standard = minorOf(number(r.cost_per_qty));
    steps.push({
      fromDay,
      standardPerHourMinor: standard,
      overtimePerHourMinor: overtimeFactor > 0 ? Math.round(standard * overtimeFactor) : 0,
      perUseMinor: 0,
    });
  }
  return { maxUnits, rates: steps };
}

/**
 * Reads resources, assignments and duration types. `codeByTaskId` maps the P6 task_id of every
 * activity the plan carries to its plan id (the Activity ID). Null when the file has none of them.
 */
export function readXerResources(
  tables: ReadonlyMap<string, XerTable>,
  activities: readonly Row[],
  codeByTaskId: ReadonlyMap<string, string>,
  calendarIds: ReadonlySet<string>,
  report: ReportCollector,
): PlanResources | null {
  const rows = (name: string): readonly Row[] => tables.get(name)?.rows ?? [];
  const rsrc = rows('RSRC');
  const taskRsrc = rows('TASKRSRC');
  checkResourceCounts('XER', rsrc.length, taskRsrc.length);
  // P6 stores every cost and price in the base currency (exchange rate 1), whatever the resource's
  // own currency shows them in.
  const base = rows('CURRTYPE').find((c) => Number(c.base_exch_rate) === 1);
  const currency = isoCurrency(base?.curr_short_name);
  const units = new Map(rows('UMEASURE').map((u) => [u.unit_id ?? '', u.unit_abbrev || u.unit_name || '']));
  const ratesByResource = new Map<string, Row[]>();
  for (const r of rows('RSRCRATE')) {
    const list = ratesByResource.get(r.rsrc_id ?? '') ?? [];
    list.push(r);
    ratesByResource.set(r.rsrc_id ?? '', list);
  }

  const read: FileResource[] = [];
  for (const r of rsrc) {
    const id = r.rsrc_id;
    if (!id) {
      report.add('not_carried', 'resources without an id');
      continue;
    }
    let kind = KINDS[r.rsrc_type ?? ''];
    if (!kind) {
      report.add('approximated', `resource type ${r.rsrc_type || '(none)'} read as labor`, id);
      kind = 'person';
    }
    const work = kind !== 'material';
    const steps = stepsOf(ratesByResource.get(id) ?? [], r.ot_flag === 'Y' ? number(r.ot_factor) : 0);
    const unit = kind === 'material' ? units.get(r.unit_id ?? '') : undefined;
    read.push({
      id,
      code: r.rsrc_short_name ?? '',
      name: r.rsrc_name || r.rsrc_short_name || `Resource ${id}`,
      kind,
      ...(r.email_addr ? { email: r.email_addr } : {}),
      ...(unit ? { materialUnit: unit } : {}),
      calendarId: work && r.clndr_id && calendarIds.has(r.clndr_id) ? calendarId(r.clndr_id) : null,
      maxUnits: work ? steps.maxUnits : [],
      rates: steps.rates,
      ...(currency ? { currency } : {}),
    });
    if (r.parent_rsrc_id) report.add('info', 'resource hierarchy flattened (parents kept as resources)', id);
  }
  const resources = uniqueCodes(read);
  const known = new Set(resources.map((r) => r.id));

  const assignments: FileAssignment[] = [];
  for (const a of taskRsrc) {
    const id = a.taskrsrc_id ?? String(assignments.length + 1);
    const task = codeByTaskId.get(a.task_id ?? '');
    if (!a.rsrc_id) {
      report.add('not_carried', 'role assignments without a resource', id);
      continue;
    }
    if (!known.has(a.rsrc_id)) {
      report.add('not_carried', 'assignments to resources missing from the file', id);
      continue;
    }
    if (task === undefined) {
      report.add('not_carried', 'assignments to activities that were not carried over', id);
      continue;
    }
    assignments.push({
      id,
      taskId: taskId(task),
      resourceId: a.rsrc_id,
      units: Math.max(0, number(a.target_qty_per_hr)),
      workMinutes: minutes(a.target_qty),
      actualWorkMinutes: minutes(String(number(a.act_reg_qty) + number(a.act_ot_qty))),
      remainingWorkMinutes: a.remain_qty === undefined || a.remain_qty === '' ? null : minutes(a.remain_qty),
      levelingDelayMinutes: 0,
      budgetCostMinor: minorOf(number(a.target_cost)),
      actualCostMinor: minorOf(number(a.act_reg_cost) + number(a.act_ot_cost)),
      remainingCostMinor: minorOf(number(a.remain_cost)),
    });
  }

  const taskRules: FileTaskRules[] = [];
  for (const t of activities) {
    const code = codeByTaskId.get(t.task_id ?? '');
    const taskType = DURATION_TYPES[t.duration_type ?? ''];
    if (code !== undefined && taskType !== undefined && taskType !== 'fixedUnits')
      taskRules.push({ taskId: taskId(code), taskType, effortDriven: false });
  }
  if (resources.length === 0 && assignments.length === 0 && taskRules.length === 0) return null;
  return { resources, assignments, ...(taskRules.length > 0 ? { taskRules } : {}) };
}
