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
import { calendarId, type TaskId, taskId } from '../../core/schedule/model.js';
import { epochDayFromCivil } from '../../core/schedule/time.js';
import type { ReportCollector } from '../import-report.js';
import { ALWAYS_DAY, checkResourceCounts, dayOf, isoCurrency, minorOf, uniqueCodes } from '../plan-resources-bounds.js';
import {
  bool,
  child,
  children,
  dateTime,
  isElapsedFormat,
  num,
  text,
  type XmlNode,
  xsdDurationMinutes,
} from './mspdi-values.js';

/*
 * The resource side of an MS Project file (issue 11): resources, their availability and cost rate
 * table A, and assignments with work and costs. MSPDI money is in hundredths of the currency (minor
 * units for two-decimal currencies) except the rates, which are per hour in whole units.
 */

/** MSPDI task Type: 0 fixed units, 1 fixed duration, 2 fixed work. */
const TASK_TYPES: readonly TaskType[] = ['fixedUnits', 'fixedDuration', 'fixedWork'];
/** MS Project's "no resource" on assignments of tasks without one. */
const NO_RESOURCE = '-65535';
/** MS Project's latest date, which stands for "no end". */
const OPEN_END_DAY = epochDayFromCivil(2049, 12, 31);

function kindOf(r: XmlNode): ResourceKind {
  const type = num(r, 'Type') ?? 1;
  if (type === 2 || bool(r, 'IsCostResource')) return 'cost';
  if (type === 0) return 'material';
  return bool(r, 'IsGeneric') ? 'role' : 'person';
}

/**
 * Maximum units over time. Availability periods are MS Project's table: outside them the resource is
 * not available, so a gap (and the time before the first dated period or after the last) is a 0 step.
 */
function maxUnitsOf(r: XmlNode): UnitsStep[] {
  const periods = children(child(r, 'AvailabilityPeriods'), 'AvailabilityPeriod')
    .map((p) => ({
      from: dateTime(p, 'AvailableFrom'),
      to: dateTime(p, 'AvailableTo'),
      units: Math.max(0, num(p, 'AvailableUnits') ?? 1),
    }))
    .sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  if (periods.length === 0) {
    const max = num(r, 'MaxUnits');
    return max === undefined || max === 1 ? [] : [{ fromDay: ALWAYS_DAY, units: Math.max(0, max) }];
  }
  const steps: UnitsStep[] = [];
  const push = (fromDay: number, units: number) => {
    const last = steps.at(-1);
    if (last && last.fromDay >= fromDay) steps[steps.length - 1] = { fromDay: last.fromDay, units };
    else if (!last || last.units !== units) steps.push({ fromDay, units });
  };
  if (periods[0]?.from != null) push(ALWAYS_DAY, 0);
  for (const p of periods) {
    push(p.from === null ? ALWAYS_DAY : Math.max(ALWAYS_DAY, dayOf(p.from)), p.units);
    if (p.to !== null) push(dayOf(p.to) + 1, 0);
  }
  // MS Project writes "until 2049-12-31" for an open end: nothing to close.
  const last = steps.at(-1);
  if (last && last.units === 0 && last.fromDay > OPEN_END_DAY) steps.pop();
  return steps;
}

/** Cost rate table A (RateTable 0), or the resource's own rates when the file has no table. */
function ratesOf(r: XmlNode): RateStep[] {
  const table = children(child(r, 'Rates'), 'Rate').filter((x) => (num(x, 'RateTable') ?? 0) === 0);
  const step = (x: XmlNode, fromDay: number): RateStep => ({
    fromDay,
    standardPerHourMinor: minorOf(num(x, 'StandardRate')),
    overtimePerHourMinor: minorOf(num(x, 'OvertimeRate')),
    perUseMinor: Math.max(0, Math.round(num(x, 'CostPerUse') ?? 0)),
  });
  if (table.length === 0) {
    const only = step(r, ALWAYS_DAY);
    return only.standardPerHourMinor + only.overtimePerHourMinor + only.perUseMinor === 0 ? [] : [only];
  }
  return table
    .map((x) => {
      const from = dateTime(x, 'RatesFrom');
      return step(x, from === null ? ALWAYS_DAY : Math.max(ALWAYS_DAY, dayOf(from)));
    })
    .sort((a, b) => a.fromDay - b.fromDay);
}

/**
 * Reads resources and assignments. `taskIds` are the tasks the plan carries; assignments to others,
 * to the Null resource (UID 0) or to no resource are left out with a note. Null when the file has
 * neither resources, assignments nor task rules to carry.
 */
export function readMspdiResources(
  project: XmlNode,
  taskIds: ReadonlySet<string>,
  calendarIds: ReadonlySet<string>,
  report: ReportCollector,
): PlanResources | null {
  const resourceNodes = children(child(project, 'Resources'), 'Resource');
  const assignmentNodes = children(child(project, 'Assignments'), 'Assignment');
  checkResourceCounts('MS Project XML', resourceNodes.length, assignmentNodes.length);
  const currency = isoCurrency(text(project, 'CurrencyCode'));
  const read: FileResource[] = [];
  for (const r of resourceNodes) {
    const uid = text(r, 'UID');
    if (uid === undefined) continue;
    if (uid === '0' || bool(r, 'IsNull')) {
      if (uid !== '0') report.add('not_carried', 'blank (null) resource rows', uid);
      continue;
    }
    const kind = kindOf(r);
    const cal = text(r, 'CalendarUID');
    const email = text(r, 'EmailAddress');
    const label = text(r, 'MaterialLabel');
    read.push({
      id: uid,
      code: text(r, 'Initials') ?? '',
      name: text(r, 'Name') ?? `Resource ${uid}`,
      kind,
      ...(email ? { email } : {}),
      ...(kind === 'material' && label ? { materialUnit: label } : {}),
      calendarId:
        cal !== undefined && calendarIds.has(cal) && kind !== 'material' && kind !== 'cost' ? calendarId(cal) : null,
      maxUnits: kind === 'material' || kind === 'cost' ? [] : maxUnitsOf(r),
      rates: kind === 'cost' ? [] : ratesOf(r),
      ...(currency ? { currency } : {}),
    });
    if (bool(r, 'IsInactive')) report.add('info', 'inactive resources carried as resources', uid);
  }
  const resources = uniqueCodes(read);
  const known = new Set(resources.map((r) => r.id));

  const assignments: FileAssignment[] = [];
  for (const a of assignmentNodes) {
    const uid = text(a, 'UID') ?? String(assignments.length + 1);
    const task = text(a, 'TaskUID') ?? '';
    const resource = text(a, 'ResourceUID') ?? '';
    if (resource === NO_RESOURCE) continue; // MS Project's placeholder on tasks with no resource: nothing to carry
    if (resource === '0') {
      report.add('not_carried', 'assignments to the Null resource (UID 0)', uid);
      continue;
    }
    if (!known.has(resource)) {
      report.add('not_carried', 'assignments to resources missing from the file', uid);
      continue;
    }
    if (!taskIds.has(task)) {
      report.add('not_carried', 'assignments to tasks that were not carried over', uid);
      continue;
    }
    const work = Math.max(0, xsdDurationMinutes(text(a, 'Work')) ?? 0);
    const actual = Math.max(0, xsdDurationMinutes(text(a, 'ActualWork')) ?? 0);
    const remaining = xsdDurationMinutes(text(a, 'RemainingWork'));
    const delayFormat = num(a, 'LevelingDelayFormat');
    if ((num(a, 'LevelingDelay') ?? 0) !== 0 && isElapsedFormat(delayFormat))
      report.add('approximated', 'elapsed leveling delays kept as working minutes', uid);
    const cost = num(a, 'Cost');
    const actualCost = num(a, 'ActualCost');
    const remainingCost = num(a, 'RemainingCost');
    assignments.push({
      id: uid,
      taskId: taskId(task),
      resourceId: resource,
      units: Math.max(0, num(a, 'Units') ?? 1),
      workMinutes: Math.round(work),
      actualWorkMinutes: Math.round(actual),
      remainingWorkMinutes: remaining === undefined ? null : Math.max(0, Math.round(remaining)),
      levelingDelayMinutes: Math.max(0, Math.round((num(a, 'LevelingDelay') ?? 0) / 10)),
      ...(cost !== undefined ? { budgetCostMinor: Math.max(0, Math.round(cost)) } : {}),
      ...(actualCost !== undefined ? { actualCostMinor: Math.max(0, Math.round(actualCost)) } : {}),
      ...(remainingCost !== undefined ? { remainingCostMinor: Math.max(0, Math.round(remainingCost)) } : {}),
    });
    if ((num(a, 'WorkContour') ?? 0) !== 0) report.add('not_carried', 'assignment work contours (flat work kept)', uid);
  }
  if (assignmentNodes.some((a) => children(a, 'TimephasedData').length > 0))
    report.add('not_carried', 'timephased assignment data (totals kept)');

  const taskRules: FileTaskRules[] = [];
  for (const node of children(child(project, 'Tasks'), 'Task')) {
    const uid = text(node, 'UID');
    if (uid === undefined || !taskIds.has(uid)) continue;
    const taskType = TASK_TYPES[num(node, 'Type') ?? 0] ?? 'fixedUnits';
    const effortDriven = bool(node, 'EffortDriven');
    if (taskType !== 'fixedUnits' || effortDriven)
      taskRules.push({ taskId: taskId(uid) as TaskId, taskType, effortDriven });
  }
  if (resources.length === 0 && assignments.length === 0 && taskRules.length === 0) return null;
  return { resources, assignments, ...(taskRules.length > 0 ? { taskRules } : {}) };
}
