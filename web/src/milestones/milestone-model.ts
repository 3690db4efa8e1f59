import type { PortfolioMilestone } from '../../../src/contracts/index.js';
import { MINUTES_PER_DAY } from '../../../src/core/schedule/time.js';
import { minuteOf } from './timeline-scale.js';

/** A milestone's status, as the API reports it. */
export type MilestoneStatus = PortfolioMilestone['status'];

/** The statuses in filter and legend order: the ones that need attention first. */
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['slipped', 'on_track', 'no_baseline', 'done'];

/** Human label of a status. */
export const STATUS_LABELS: Readonly<Record<MilestoneStatus, string>> = {
  slipped: 'Slipped',
  on_track: 'On track',
  no_baseline: 'No baseline',
  done: 'Done',
};

/** Mantine colour of a status: red needs action, green is fine, yellow is unmeasured, grey is behind us. */
export const STATUS_COLORS: Readonly<Record<MilestoneStatus, string>> = {
  slipped: 'red',
  on_track: 'green',
  no_baseline: 'yellow',
  done: 'gray',
};

/** Working minutes in one working day, the unit slips are shown in (MS Project's default day). */
export const MINUTES_PER_WORKING_DAY = 480;

/** A slip in working days: "+3d", "−1d" (a true minus sign), "0d", "+0.5d"; '—' when there is no baseline. */
export function formatSlip(slipMinutes: number | null): string {
  if (slipMinutes === null) return '—';
  const days = Math.round((slipMinutes / MINUTES_PER_WORKING_DAY) * 10) / 10;
  if (days === 0) return '0d';
  return `${days > 0 ? '+' : '\u2212'}${Math.abs(days)}d`;
}

/** One project's swimlane: the project and its milestones in date order. */
export interface ProjectLane {
  readonly projectId: string;
  readonly code: string;
  readonly name: string;
  readonly state: PortfolioMilestone['projectState'];
  readonly milestones: readonly PortfolioMilestone[];
}

/** A portfolio and its projects' lanes; `id` null gathers the projects in no portfolio. */
export interface PortfolioGroup {
  readonly id: string | null;
  readonly name: string;
  readonly lanes: readonly ProjectLane[];
}

/** Lanes grouped by portfolio (by name, "No portfolio" last), projects by code inside each. */
export function groupLanes(items: readonly PortfolioMilestone[]): PortfolioGroup[] {
  const groups = new Map<string | null, { name: string; lanes: Map<string, PortfolioMilestone[]> }>();
  for (const m of items) {
    let group = groups.get(m.portfolioId);
    if (!group) {
      group = { name: m.portfolioName ?? 'No portfolio', lanes: new Map() };
      groups.set(m.portfolioId, group);
    }
    const lane = group.lanes.get(m.projectId);
    if (lane) lane.push(m);
    else group.lanes.set(m.projectId, [m]);
  }
  return [...groups.entries()]
    .map(([id, g]) => ({
      id,
      name: g.name,
      lanes: [...g.lanes.values()]
        .map((ms) => {
          const first = ms[0] as PortfolioMilestone;
          return {
            projectId: first.projectId,
            code: first.projectCode,
            name: first.projectName,
            state: first.projectState,
            milestones: ms,
          };
        })
        .sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })),
    }))
    .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name)));
}

/** The figures on the summary cards. */
export interface MilestoneSummary {
  readonly shown: number;
  readonly projects: number;
  readonly slipped: number;
  /** The largest slip among them, in working minutes (0 when none slipped). */
  readonly worstSlipMinutes: number;
  /** Not done and dated from today up to 30 days ahead. */
  readonly dueSoon: number;
  readonly dueSoonCritical: number;
  /** Not done and dated before today. */
  readonly overdue: number;
  readonly noBaseline: number;
  readonly noBaselineProjects: number;
}

/** Counts for the summary cards; `today` is the viewer's local "YYYY-MM-DDTHH:mm". */
export function summarise(items: readonly PortfolioMilestone[], today: string): MilestoneSummary {
  const now = minuteOf(today) ?? 0;
  const dayStart = now - (now % MINUTES_PER_DAY);
  const horizon = dayStart + 31 * MINUTES_PER_DAY;
  let slipped = 0;
  let worst = 0;
  let dueSoon = 0;
  let dueSoonCritical = 0;
  let overdue = 0;
  let noBaseline = 0;
  const noBaselineProjects = new Set<string>();
  for (const m of items) {
    if (m.status === 'slipped') {
      slipped++;
      worst = Math.max(worst, m.slipMinutes ?? 0);
    }
    if (m.status === 'no_baseline') {
      noBaseline++;
      noBaselineProjects.add(m.projectId);
    }
    const date = minuteOf(m.date);
    if (m.status === 'done' || date === null) continue;
    if (date < dayStart) overdue++;
    else if (date < horizon) {
      dueSoon++;
      if (m.critical) dueSoonCritical++;
    }
  }
  return {
    shown: items.length,
    projects: new Set(items.map((m) => m.projectId)).size,
    slipped,
    worstSlipMinutes: worst,
    dueSoon,
    dueSoonCritical,
    overdue,
    noBaseline,
    noBaselineProjects: noBaselineProjects.size,
  };
}

/** Columns the milestone table sorts by. */
export const MILESTONE_SORT_FIELDS = ['date', 'project', 'milestone', 'baseline', 'slip', 'status'] as const;
/** One of MILESTONE_SORT_FIELDS. */
export type MilestoneSortField = (typeof MILESTONE_SORT_FIELDS)[number];

const STATUS_RANK: Readonly<Record<MilestoneStatus, number>> = { slipped: 0, no_baseline: 1, on_track: 2, done: 3 };

type Key = string | number | null;

function keyOf(m: PortfolioMilestone, field: MilestoneSortField): Key {
  switch (field) {
    case 'date':
      return m.date;
    case 'project':
      return m.projectCode;
    case 'milestone':
      return m.name.toLocaleLowerCase();
    case 'baseline':
      return m.baselineDate;
    case 'slip':
      return m.slipMinutes;
    case 'status':
      return STATUS_RANK[m.status];
  }
}

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/**
 * The milestones sorted by `sort` (a field, '-' prefixed for descending). Missing values (no date,
 * no baseline) go last either way; ties fall back to date, project and the server's order.
 */
export function sortMilestones(items: readonly PortfolioMilestone[], sort: string): PortfolioMilestone[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as MilestoneSortField;
  const indexed = items.map((m, i) => ({ m, i, k: keyOf(m, field) }));
  indexed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const c = compareKeys(a.k, b.k);
    return (descending ? -c : c) || a.i - b.i;
  });
  return indexed.map((x) => x.m);
}
