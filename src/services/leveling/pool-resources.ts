import type { BackgroundLoad } from '../../core/leveling/model.js';
import type { PoolResource, TaskAssignment } from '../../core/resources/model.js';
import { type Calendar, type CalendarException, taskId, workCalendar } from '../../core/schedule/index.js';
import { parseLocalDateTime } from '../../core/schedule/time.js';
import type { AssignmentRow, ResourceRow, TaskRow } from '../../store/schema.js';

/*
 * Turning stored resources and assignments into what the leveler takes: each resource's effective
 * calendar (its base calendar, or the plan's default, with its personal exceptions on top) and its
 * maximum units over time; other projects' assignments as fixed load per day.
 */

const DAY = 1440;
const dayOf = (date: string): number => Math.floor((parseLocalDateTime(`${date}T00:00`) ?? 0) / DAY);
const minuteOf = (hm: string): number => {
  const [h, m] = hm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

interface WireException {
  readonly name?: string;
  readonly from: string;
  readonly to: string;
  readonly working: readonly { start: string; end: string }[];
}

/** The leveler's view of a stored resource; `calendars` holds the base calendars by id, `fallback` the plan's default. */
export function poolResourceOf(
  r: ResourceRow,
  calendars: ReadonlyMap<string, Calendar>,
  fallback: Calendar,
): PoolResource {
  const base = (r.calendar_id && calendars.get(r.calendar_id)) || fallback;
  const exceptions: CalendarException[] = (JSON.parse(r.exceptions) as WireException[]).map((e) => ({
    name: e.name ?? '',
    fromDay: dayOf(e.from),
    toDay: dayOf(e.to),
    working: e.working.map((w) => ({ startMinute: minuteOf(w.start), endMinute: minuteOf(w.end) })),
  }));
  const steps = (JSON.parse(r.max_units) as { from: string; unitsPercent: number }[])
    .map((s) => ({ fromDay: dayOf(s.from), units: s.unitsPercent / 100 }))
    .sort((a, b) => a.fromDay - b.fromDay);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as PoolResource['kind'],
    roleId: r.role_id,
    department: r.department,
    skills: JSON.parse(r.skills),
    // Later exceptions win: the personal ones go after the base calendar's own.
    calendar: { ...base, exceptions: [...base.exceptions, ...exceptions] },
    maxUnits: steps,
    booking: r.booking as PoolResource['booking'],
  };
}

/** The core's assignment of a stored one. */
export function taskAssignmentOf(a: AssignmentRow): TaskAssignment {
  return {
    id: a.id,
    taskId: taskId(a.task_id),
    resourceId: a.resource_id,
    units: a.units,
    workMinutes: a.work_minutes,
    actualWorkMinutes: a.actual_work_minutes,
    remainingWorkMinutes: a.remaining_work_minutes,
    levelingDelayMinutes: a.leveling_delay_minutes,
  };
}

/**
 * Fixed load other projects put on the pool: for each of their assignments to a leveled resource,
 * units × the resource's working minutes each day between the task's early start and finish
 * (finished tasks put none). Counted on the resource's calendar, since the other project's task
 * calendars are theirs to keep; `tasksOf` gives each project's scheduled task rows.
 */
export function backgroundLoad(
  resources: readonly PoolResource[],
  assignments: readonly AssignmentRow[],
  tasksOf: ReadonlyMap<string, readonly TaskRow[]>,
): BackgroundLoad {
  const out = new Map<string, Map<number, number>>();
  const byId = new Map(resources.map((r) => [r.id, { cal: workCalendar(r.calendar) }]));
  const taskIndex = new Map<string, TaskRow>();
  for (const rows of tasksOf.values()) for (const t of rows) taskIndex.set(t.id, t);
  for (const a of assignments) {
    const res = byId.get(a.resource_id);
    const t = taskIndex.get(a.task_id);
    if (!res || !t || t.actual_finish !== null || t.early_start === null || t.early_finish === null) continue;
    const days = out.get(a.resource_id) ?? new Map<number, number>();
    out.set(a.resource_id, days);
    for (let d = Math.floor(t.early_start / DAY); d * DAY < t.early_finish; d++) {
      const m = res.cal.workBetween(Math.max(t.early_start, d * DAY), Math.min(t.early_finish, (d + 1) * DAY));
      if (m > 0) days.set(d, (days.get(d) ?? 0) + a.units * m);
    }
  }
  return out;
}
