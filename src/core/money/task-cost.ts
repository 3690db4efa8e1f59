import { flatProfile } from '../capacity/work-profile.js';
import type { RateStep, ResourceKind } from '../resources/model.js';
import type { EpochDay, EpochMinute } from '../schedule/time.js';
import type { WorkCalendar } from '../schedule/work-calendar.js';
import { apportion } from './apportion.js';
import type { DailySeries } from './daily-series.js';

/** When a task's fixed cost is incurred (MS Project's Fixed Cost Accrual); prorated by default. */
export const FIXED_COST_ACCRUALS = ['start', 'prorated', 'end'] as const;
/** One of FIXED_COST_ACCRUALS. */
export type FixedCostAccrual = (typeof FIXED_COST_ACCRUALS)[number];

/** An assignment as costing needs it: its resource's kind and rates, its work (or a cost resource's amount). */
export interface CostedAssignment {
  readonly kind: ResourceKind;
  /** Work in minutes; a material's quantity × 60 (MS Project keeps material "work" in hours of units). */
  readonly workMinutes: number;
  /** The resource's standard rates, effective from a day on (per hour; per unit for material). */
  readonly rates: readonly RateStep[];
  /** A cost resource's amount on this task (minor units); ignored for other kinds. */
  readonly costMinor?: number | null;
}

/** A task with what its cost depends on: its span, calendar, assignments and fixed cost. */
export interface TaskCostInput {
  readonly start: EpochMinute;
  readonly finish: EpochMinute;
  readonly calendar: WorkCalendar;
  readonly assignments: readonly CostedAssignment[];
  readonly fixedCostMinor: number;
  readonly fixedCostAccrual: FixedCostAccrual;
}

/** A task's cost and work, in total and per day. */
export interface PhasedTaskCost {
  readonly costMinor: number;
  readonly workMinutes: number;
  readonly cost: DailySeries;
  readonly work: DailySeries;
}

/**
 * The rate step in force on a day: the last one starting on or before it; before the first step
 * the first one (a rate table's first row holds from the beginning), none at all: zero.
 */
export function rateOn(steps: readonly RateStep[], day: EpochDay): RateStep | null {
  if (steps.length === 0) return null;
  let found = steps[0]!;
  for (const s of steps) {
    if (s.fromDay > day) break;
    found = s;
  }
  return found;
}

/**
 * The cost of a task as MS Project builds it: work × the rate in force each day, plus each work or
 * material assignment's per-use cost on the first day, plus cost resources' amounts and the fixed
 * cost by its accrual. Work follows the task's working time day by day (a flat contour); the total
 * is rounded once to whole minor units and then spread over the days so that they add up to it.
 */
export function phasedTaskCost(input: TaskCostInput): PhasedTaskCost {
  const { calendar, start, finish } = input;
  const profile = flatProfile(calendar, start, finish);
  const days = profile.share.length;
  const exactCost = new Float64Array(days);
  const exactWork = new Float64Array(days);
  let cost = 0;
  let work = 0;
  for (const a of input.assignments) {
    if (a.kind === 'cost') {
      const amount = a.costMinor ?? 0;
      for (let i = 0; i < days; i++) exactCost[i]! += amount * profile.share[i]!;
      cost += amount;
      continue;
    }
    work += a.kind === 'material' ? 0 : a.workMinutes;
    for (let i = 0; i < days; i++) {
      const minutes = a.workMinutes * profile.share[i]!;
      if (a.kind !== 'material') exactWork[i]! += minutes;
      const rate = rateOn(a.rates, profile.firstDay + i);
      const amount = rate ? (minutes / 60) * rate.standardPerHourMinor : 0;
      exactCost[i]! += amount;
      cost += amount;
    }
    const perUse = rateOn(a.rates, profile.firstDay)?.perUseMinor ?? 0;
    exactCost[0]! += perUse;
    cost += perUse;
  }
  const fixed = input.fixedCostMinor;
  if (fixed !== 0) {
    if (input.fixedCostAccrual === 'start') exactCost[0]! += fixed;
    else if (input.fixedCostAccrual === 'end') exactCost[days - 1]! += fixed;
    else for (let i = 0; i < days; i++) exactCost[i]! += fixed * profile.share[i]!;
    cost += fixed;
  }
  const costMinor = Math.round(cost);
  const workMinutes = Math.round(work);
  return {
    costMinor,
    workMinutes,
    cost: { firstDay: profile.firstDay, values: apportion(costMinor, exactCost) },
    work: { firstDay: profile.firstDay, values: apportion(workMinutes, exactWork) },
  };
}
