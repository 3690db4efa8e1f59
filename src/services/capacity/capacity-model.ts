import { capacityByDay } from '../../core/capacity/capacity-by-day.js';
import {
  type CapacityResource,
  type DemandItem,
  type ResourceMatrix,
  resourceMatrix,
} from '../../core/capacity/grid.js';
import {
  type CapacityPeriod,
  type CapacityUnit,
  capacityPeriods,
  type PeriodIndex,
  periodIndex,
} from '../../core/capacity/periods.js';
import { workingMinutesByDay } from '../../core/capacity/work-profile.js';
import type { ProjectState } from '../../core/lifecycle.js';
import type { WorkCalendar } from '../../core/schedule/index.js';
import { findCalendars } from '../../store/repos/calendars-repo.js';
import { type CapacityProjectRow, capacityPlans, capacityProjects } from '../../store/repos/capacity-repo.js';
import { listResources } from '../../store/repos/resources-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { rowDate } from '../plan/plan-model.js';
import { capacitySettings } from '../resources/resource-settings.js';
import { demandOfPlans, type ProjectDemand } from './capacity-demand.js';
import { type CapacityPoolEntry, capacityPool, poolCalendarIds } from './capacity-pool.js';

/** A project of the view with the weight its demand counts at (0..1). */
export interface WeightedProject extends CapacityProjectRow {
  readonly weight: number;
}

/** Everything one capacity view is computed from. */
export interface CapacityModel {
  readonly periods: readonly CapacityPeriod[];
  readonly index: PeriodIndex;
  readonly pool: readonly CapacityPoolEntry[];
  readonly resources: readonly CapacityResource[];
  /** Weighted demand of the projects counted. */
  readonly demand: readonly DemandItem[];
  readonly matrix: ResourceMatrix;
  readonly projects: ReadonlyMap<string, WeightedProject>;
  readonly demandOf: ReadonlyMap<string, ProjectDemand>;
}

/** Today as an epoch day, in the plans' wall-clock time (as health reads "now"). */
export function todayOf(now: Date): number {
  return Math.floor((rowDate(now.toISOString().slice(0, 16)) as number) / 1440);
}

/**
 * Loads the pool, the counted projects' demand and the settings in a fixed number of queries and
 * computes the per-resource matrix over the periods. Demand comes from the portfolio's projects
 * when one is given, else from every project.
 */
export async function loadCapacityModel(
  ctx: ServiceContext,
  db: Executor,
  q: {
    unit: CapacityUnit;
    fromDay: number;
    toDay: number;
    portfolioId?: string | undefined;
    /** Only the resources assigned on this project (a manager's view of their project). */
    projectId?: string | undefined;
  },
): Promise<CapacityModel> {
  const [projectRows, resourceRows, settings] = await Promise.all([
    capacityProjects(db, q.portfolioId),
    listResources(db, { includeInactive: true }),
    capacitySettings(db),
  ]);
  const projectIds = projectRows.map((p) => p.id);
  const [plans, calendarRows] = await Promise.all([
    capacityPlans(db, projectIds),
    findCalendars(db, poolCalendarIds(resourceRows)),
  ]);
  const demandOf = await demandOfPlans(ctx, db, plans, todayOf(ctx.now()));
  const projects = new Map<string, WeightedProject>(
    projectRows.map((p) => [p.id, { ...p, weight: settings.stateWeights[p.state as ProjectState] ?? 1 }]),
  );
  const demand: DemandItem[] = [];
  const withDemand = new Set<string>();
  for (const [projectId, d] of demandOf) {
    const weight = projects.get(projectId)?.weight ?? 0;
    if (weight <= 0) continue;
    for (const item of d.items) {
      demand.push(weight === 1 ? item : { ...item, minutes: item.minutes * weight });
      withDemand.add(item.resourceId);
    }
  }
  // Inactive resources stay out unless work is still assigned to them.
  const onProject = q.projectId === undefined ? null : (demandOf.get(q.projectId)?.resourceIds ?? new Set<string>());
  const pool = capacityPool(
    resourceRows.filter((r) => (onProject ? onProject.has(r.id) : r.active === 1 || withDemand.has(r.id))),
    new Map(calendarRows.map((c) => [c.id, c])),
  );
  const periods = capacityPeriods(q.unit, q.fromDay, q.toDay);
  const index = periodIndex(periods);
  const dayMinutes = new Map<WorkCalendar, Float64Array>();
  const resources: CapacityResource[] = pool.map((r) => {
    let days = dayMinutes.get(r.calendar);
    if (!days) {
      days = workingMinutesByDay(r.calendar, index.firstDay, index.days);
      dayMinutes.set(r.calendar, days);
    }
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      roleId: r.roleId,
      department: r.department,
      skills: r.skills,
      capacityByDay: capacityByDay(days, index.firstDay, r.maxUnits),
    };
  });
  return {
    periods,
    index,
    pool,
    resources,
    demand,
    matrix: resourceMatrix(index, periods.length, resources, demand),
    projects,
    demandOf,
  };
}
