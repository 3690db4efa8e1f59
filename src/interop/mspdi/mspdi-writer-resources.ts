import type { PlanResources, RateStep, ResourceKind, UnitsStep } from '../../core/resources/model.js';
import { epochDayFromCivil, formatLocalDate } from '../../core/schedule/time.js';
import { flag, type XmlOut, xsdDuration } from './mspdi-writer-values.js';

/*
 * Resources and assignments from a plan's PlanResources (issue 11), as MS Project writes them and
 * readMspdiResources reads them back: the kind as Type/IsGeneric/IsCostResource, initials as the
 * code, max units over time as availability periods, cost rate table A with its dates, and
 * assignments with units, work and costs (MSPDI costs are hundredths, rates whole units per hour).
 */

const ALWAYS = epochDayFromCivil(1984, 1, 1);
const OPEN_END = '2049-12-31T23:59:00';
const dayStart = (day: number) => `${formatLocalDate(day)}T00:00:00`;
const dayEnd = (day: number) => `${formatLocalDate(day)}T23:59:00`;
/** Money in major units with at most two decimals, as MSPDI rates are written. */
const major = (minor: number) => Number((minor / 100).toFixed(2));

const TYPES: Readonly<Record<ResourceKind, number>> = { person: 1, role: 1, equipment: 1, material: 0, cost: 2 };

/** Max units steps as availability periods: each non-zero step until the next one (0 steps are the gaps). */
function availability(steps: readonly UnitsStep[]): XmlOut[] | undefined {
  if (steps.length === 0) return undefined;
  const periods: XmlOut[] = [];
  steps.forEach((s, i) => {
    if (s.units <= 0) return;
    const next = steps[i + 1];
    periods.push({
      AvailableFrom: s.fromDay <= ALWAYS ? undefined : dayStart(s.fromDay),
      AvailableTo: next ? dayEnd(next.fromDay - 1) : OPEN_END,
      AvailableUnits: s.units,
    });
  });
  return periods;
}

/** Cost rate table A: one Rate per step, each until the next. */
function rateTable(rates: readonly RateStep[]): XmlOut[] {
  return rates.map((r, i) => {
    const next = rates[i + 1];
    return {
      RatesFrom: dayStart(Math.max(ALWAYS, r.fromDay)),
      RatesTo: next ? dayEnd(next.fromDay - 1) : OPEN_END,
      RateTable: 0,
      StandardRate: major(r.standardPerHourMinor),
      StandardRateFormat: 2,
      OvertimeRate: major(r.overtimePerHourMinor),
      OvertimeRateFormat: 2,
      CostPerUse: r.perUseMinor,
    };
  });
}

/** The max units in force on a day (1 before the first step). */
function unitsAt(steps: readonly UnitsStep[], day: number): number {
  let units = 1;
  for (const s of steps) if (s.fromDay <= day) units = s.units;
  return units;
}

/**
 * Resource and Assignment elements. UIDs are 1..n in list order (0 is MS Project's Null resource);
 * `taskUid` and `calendarUid` map plan ids to the file's UIDs; `today` picks the rate and max units
 * shown as the resource's own. Assignments to tasks or resources not written are left out.
 */
export function planResourceElements(
  resources: PlanResources,
  taskUid: ReadonlyMap<string, number>,
  calendarUid: ReadonlyMap<string, number>,
  today: number,
): { resources: XmlOut[]; assignments: XmlOut[] } {
  const resourceUid = new Map(resources.resources.map((r, i) => [r.id, i + 1]));
  const out = resources.resources.map((r, i): XmlOut => {
    const rate = [...r.rates].reverse().find((x) => x.fromDay <= today) ?? r.rates[0];
    const work = TYPES[r.kind] === 1;
    return {
      UID: i + 1,
      ID: i + 1,
      Name: r.name,
      Type: TYPES[r.kind],
      IsNull: 0,
      Initials: r.code,
      MaterialLabel: r.kind === 'material' ? r.materialUnit : undefined,
      EmailAddress: r.email || undefined,
      MaxUnits: work ? unitsAt(r.maxUnits, today) : undefined,
      StandardRate: major(rate?.standardPerHourMinor ?? 0),
      StandardRateFormat: 2,
      OvertimeRate: major(rate?.overtimePerHourMinor ?? 0),
      OvertimeRateFormat: 2,
      CostPerUse: rate?.perUseMinor ?? 0,
      CalendarUID: work && r.calendarId ? calendarUid.get(r.calendarId) : undefined,
      IsGeneric: flag(r.kind === 'role'),
      IsCostResource: flag(r.kind === 'cost'),
      AvailabilityPeriods: work && r.maxUnits.length > 0 ? { AvailabilityPeriod: availability(r.maxUnits) } : undefined,
      Rates: r.rates.length > 0 ? { Rate: rateTable(r.rates) } : undefined,
    };
  });
  const assignments: XmlOut[] = [];
  for (const a of resources.assignments) {
    const task = taskUid.get(a.taskId);
    const resource = resourceUid.get(a.resourceId);
    if (task === undefined || resource === undefined) continue;
    const remaining = a.remainingWorkMinutes ?? Math.max(0, a.workMinutes - a.actualWorkMinutes);
    assignments.push({
      UID: assignments.length + 1,
      TaskUID: task,
      ResourceUID: resource,
      ActualCost: a.actualCostMinor,
      ActualWork: xsdDuration(a.actualWorkMinutes),
      Cost: a.budgetCostMinor,
      LevelingDelay: a.levelingDelayMinutes > 0 ? a.levelingDelayMinutes * 10 : 0,
      LevelingDelayFormat: 7,
      RemainingCost: a.remainingCostMinor,
      RemainingWork: xsdDuration(remaining),
      Units: a.units,
      Work: xsdDuration(a.workMinutes),
    });
  }
  return { resources: out, assignments };
}
