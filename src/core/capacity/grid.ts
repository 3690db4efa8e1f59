import type { ResourceKind, ResourceSkill } from '../resources/model.js';
import type { PeriodIndex } from './periods.js';
import type { WorkProfile } from './work-profile.js';

/*
 * Capacity against demand as a grid of rows × periods. Every resource's capacity and demand is
 * summed per period first (one matrix), over-allocation is judged per resource on it, and group
 * rows (role, skill, department) are sums of their members' rows.
 */

/** How rows are grouped. */
export const CAPACITY_GROUPS = ['resource', 'role', 'skill', 'department'] as const;
/** One of CAPACITY_GROUPS. */
export type CapacityGroupBy = (typeof CAPACITY_GROUPS)[number];

/** A work resource as the grid sees it: capacity minutes per day of the view (PeriodIndex's days). */
export interface CapacityResource {
  readonly id: string;
  readonly name: string;
  readonly kind: ResourceKind;
  readonly roleId: string | null;
  readonly department: string;
  readonly skills: readonly ResourceSkill[];
  readonly capacityByDay: Float64Array;
}

/** Remaining work of one assignment, already weighted by its project's state, spread by `profile`. */
export interface DemandItem {
  readonly assignmentId: string;
  readonly resourceId: string;
  readonly projectId: string;
  readonly taskId: string;
  /** Weighted remaining work, minutes. */
  readonly minutes: number;
  readonly profile: WorkProfile;
}

/** Minutes of demand may exceed capacity by this much before it counts (float sums of shares). */
const TOLERANCE_MINUTES = 0.5;

/** Each resource's capacity and demand per period: row r, period p at r × periods + p. */
export interface ResourceMatrix {
  readonly periods: number;
  readonly resources: readonly CapacityResource[];
  readonly rowOf: ReadonlyMap<string, number>;
  readonly capacity: Float64Array;
  readonly demand: Float64Array;
}

/** Sums capacity and demand per resource and period; demand of resources not listed is left out. */
export function resourceMatrix(
  index: PeriodIndex,
  periods: number,
  resources: readonly CapacityResource[],
  demand: readonly DemandItem[],
): ResourceMatrix {
  const rowOf = new Map(resources.map((r, i) => [r.id, i]));
  const cap = new Float64Array(resources.length * periods);
  const dem = new Float64Array(resources.length * periods);
  const pod = index.periodOfDay;
  resources.forEach((r, i) => {
    const base = i * periods;
    const days = r.capacityByDay;
    for (let d = 0; d < index.days; d++) {
      const k = base + (pod[d] as number);
      cap[k] = (cap[k] as number) + (days[d] as number);
    }
  });
  for (const item of demand) {
    const row = rowOf.get(item.resourceId);
    if (row === undefined || item.minutes <= 0) continue;
    const base = row * periods;
    const share = item.profile.share;
    const offset = item.profile.firstDay - index.firstDay;
    const from = Math.max(0, -offset);
    const to = Math.min(share.length, index.days - offset);
    for (let i = from; i < to; i++) {
      const k = base + (pod[offset + i] as number);
      dem[k] = (dem[k] as number) + item.minutes * (share[i] as number);
    }
  }
  return { periods, resources, rowOf, capacity: cap, demand: dem };
}

/** Whether demand exceeds capacity (by more than rounding). */
export function isOverallocated(capacityMinutes: number, demandMinutes: number): boolean {
  return demandMinutes > capacityMinutes + TOLERANCE_MINUTES;
}

/** One group a resource belongs to; `supplies` is false where it brings demand but no capacity. */
export interface GroupMembership {
  readonly key: string;
  readonly name: string;
  readonly supplies: boolean;
}

/** Names of the rows no group value fits. */
export const NO_GROUP_NAMES: Readonly<Record<Exclude<CapacityGroupBy, 'resource'>, string>> = {
  role: 'No role',
  skill: 'No skill',
  department: 'No department',
};

/**
 * The rows a resource counts in. A generic role is a placeholder, not supply: grouped by role its
 * demand is its role's unstaffed demand and its capacity does not count; the same in skill and
 * department rows. Grouped by resource, every resource is its own row.
 */
export function groupsOf(
  r: CapacityResource,
  groupBy: CapacityGroupBy,
  nameOf: (resourceId: string) => string | undefined,
): GroupMembership[] {
  const supplies = r.kind !== 'role';
  switch (groupBy) {
    case 'resource':
      return [{ key: r.id, name: r.name, supplies: true }];
    case 'role': {
      const roleId = r.kind === 'role' ? r.id : r.roleId;
      if (roleId === null) return [{ key: '', name: NO_GROUP_NAMES.role, supplies }];
      return [{ key: roleId, name: (r.kind === 'role' ? r.name : nameOf(roleId)) ?? roleId, supplies }];
    }
    case 'skill':
      if (r.skills.length === 0) return [{ key: '', name: NO_GROUP_NAMES.skill, supplies }];
      return [...new Set(r.skills.map((s) => s.skill))].map((s) => ({ key: s, name: s, supplies }));
    case 'department':
      return r.department === ''
        ? [{ key: '', name: NO_GROUP_NAMES.department, supplies }]
        : [{ key: r.department, name: r.department, supplies }];
  }
}

/** A row of the grid: minutes per period, and where demand exceeds capacity. */
export interface CapacityRow {
  readonly key: string;
  readonly name: string;
  readonly capacityMinutes: number[];
  readonly demandMinutes: number[];
  readonly overallocated: boolean[];
  /** Per period, how many of the row's resources (generic roles aside) are over-allocated in it. */
  readonly overallocatedResources: number[];
  /** The resources the row sums (ids). */
  readonly resourceIds: string[];
}

/** The grid's rows, grouped; minutes rounded to whole minutes, judged before rounding. */
export function capacityRows(m: ResourceMatrix, groupBy: CapacityGroupBy): CapacityRow[] {
  const P = m.periods;
  const names = new Map(m.resources.map((r) => [r.id, r.name]));
  const groups = new Map<
    string,
    { name: string; cap: Float64Array; dem: Float64Array; over: number[]; ids: string[] }
  >();
  m.resources.forEach((r, i) => {
    for (const g of groupsOf(r, groupBy, (id) => names.get(id))) {
      let row = groups.get(g.key);
      if (!row) {
        row = { name: g.name, cap: new Float64Array(P), dem: new Float64Array(P), over: new Array(P).fill(0), ids: [] };
        groups.set(g.key, row);
      }
      row.ids.push(r.id);
      for (let p = 0; p < P; p++) {
        const c = m.capacity[i * P + p] as number;
        const d = m.demand[i * P + p] as number;
        if (g.supplies) row.cap[p] = (row.cap[p] as number) + c;
        row.dem[p] = (row.dem[p] as number) + d;
        // A placeholder's own load is unstaffed demand, not an over-allocated person.
        if (g.supplies && isOverallocated(c, d)) row.over[p] = (row.over[p] as number) + 1;
      }
    }
  });
  const rows: CapacityRow[] = [];
  for (const [key, g] of groups) {
    rows.push({
      key,
      name: g.name,
      capacityMinutes: Array.from(g.cap, Math.round),
      demandMinutes: Array.from(g.dem, Math.round),
      overallocated: Array.from(g.dem, (d, p) =>
        groupBy === 'resource' ? (g.over[p] as number) > 0 : isOverallocated(g.cap[p] as number, d),
      ),
      overallocatedResources: g.over,
      resourceIds: g.ids,
    });
  }
  // The "no role/skill/department" row last; otherwise by name.
  return rows.sort((a, b) =>
    a.key === '' || b.key === ''
      ? (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0)
      : a.name.localeCompare(b.name) || a.key.localeCompare(b.key),
  );
}
