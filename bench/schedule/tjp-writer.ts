/**
 * Writes a Gantry plan as a TaskJuggler 3 project (.tjp) for the TaskJuggler benchmark.
 *
 * TaskJuggler has one kind of dependency: `depends A { onstart | onend gaplength G }` means "this
 * task starts no earlier than A's start (or end) plus G of working time", and G cannot be negative.
 * Every task here has a fixed working-time length, so the other link types become that form
 * exactly by moving the successor's or the predecessor's length into the gap:
 *
 *   FS lag L:  B.start >= A.end + L              (L < 0: B.start >= A.start + (dA + L))
 *   SS lag L:  B.start >= A.start + L
 *   FF lag L:  B.end >= A.end + L    <=>  B.start >= A.end + (L - dB)   (or A.start + (dA + L - dB))
 *   SF lag L:  B.end >= A.start + L  <=>  B.start >= A.start + (L - dB)
 *
 * Only when the gap is still negative from A's start (B may start before A starts) is there no
 * equivalent; the link then becomes `onstart` with no gap (B.start >= A.start), the closest
 * constraint TaskJuggler accepts, which can only make B later. Such links are counted as clamped.
 */
import type { Calendar, Link, Plan, Task, TaskId, WorkWeek } from '../../src/core/schedule/model.js';
import {
  type EpochMinute,
  formatLocalDate,
  formatLocalDateTime,
  MINUTES_PER_DAY,
} from '../../src/core/schedule/time.js';

/** A link as TaskJuggler holds it: successor start >= predecessor start or end + gapMinutes (working). */
export interface TjDependency {
  readonly predecessorId: TaskId;
  readonly successorId: TaskId;
  readonly onStart: boolean;
  readonly gapMinutes: number;
  /** exact: same link type; rewritten: exact by moving a length into the gap; clamped: approximated. */
  readonly fidelity: 'exact' | 'rewritten' | 'clamped';
}

/** The .tjp text and how each link was carried over. */
export interface TjpFile {
  readonly text: string;
  readonly dependencies: readonly TjDependency[];
  readonly exact: number;
  readonly rewritten: number;
  readonly clamped: number;
  /** Links folded into another link between the same two tasks (one `depends` per pair). */
  readonly merged: number;
}

/** Resources for the leveling benchmark: one resource per task at 100 %, `maxUnits` a fraction. */
export interface TjResources {
  readonly resources: readonly { readonly id: string; readonly name: string; readonly maxUnits: number }[];
  readonly assignments: readonly { readonly taskId: string; readonly resourceId: string }[];
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
const tjDateTime = (m: EpochMinute) => formatLocalDateTime(m).slice(0, 16).replace('T', '-');
const quantity = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}min`);

function unsupported(what: string): never {
  throw new Error(`tjp-writer: ${what} cannot be written to TaskJuggler by this benchmark`);
}

function workingHours(week: WorkWeek): string[] {
  return week.map((day, i) =>
    day.length === 0
      ? `  workinghours ${DAYS[i]} off`
      : `  workinghours ${DAYS[i]} ${day.map((iv) => `${clock(iv.startMinute)} - ${clock(iv.endMinute)}`).join(', ')}`,
  );
}

/** Holidays inside the project (TaskJuggler ignores the others and rejects years after 2035). */
function holidays(calendar: Calendar, fromDay: number, toDay: number): string[] {
  const inside = calendar.exceptions.filter((e) => e.toDay >= fromDay && e.fromDay <= toDay);
  return inside.map((e) => {
    if (e.working.length > 0 || e.recurrence) unsupported(`calendar exception with working time or recurrence`);
    const from = formatLocalDate(e.fromDay);
    const to = e.toDay === e.fromDay ? '' : ` - ${formatLocalDate(e.toDay + 1)}`;
    return `leaves holiday "${e.name ?? 'holiday'}" ${from}${to}`;
  });
}

/** Translates one link into TaskJuggler's only dependency form (see the file comment). */
export function tjDependency(link: Link, durationOf: (id: TaskId) => number): TjDependency {
  if (link.lag && link.lag.kind !== 'working') unsupported(`a ${link.lag.kind} lag`);
  if (link.lagCalendar) unsupported('a link with its own lag calendar');
  const lag = link.lag?.kind === 'working' ? link.lag.minutes : 0;
  const dA = durationOf(link.predecessorId);
  const dB = durationOf(link.successorId);
  const fromEnd = link.type === 'FS' || link.type === 'FF';
  let onStart = !fromEnd;
  let gap = link.type === 'FS' || link.type === 'SS' ? lag : lag - dB;
  let fidelity: TjDependency['fidelity'] = link.type === 'FS' || link.type === 'SS' ? 'exact' : 'rewritten';
  if (gap < 0 && !onStart) {
    onStart = true;
    gap += dA;
    fidelity = 'rewritten';
  }
  if (gap < 0) {
    gap = 0;
    fidelity = 'clamped';
  }
  // A milestone's start is its end. Said as `onend`: TaskJuggler's loop check walks a milestone both
  // ways and reports false loops through `onstart` dependencies on milestones.
  if (dA === 0) onStart = false;
  return { predecessorId: link.predecessorId, successorId: link.successorId, onStart, gapMinutes: gap, fidelity };
}

/**
 * The plan as a .tjp file: one project from the plan's start to `projectEnd` (TaskJuggler needs an
 * end), the default calendar as global working hours and holidays, the WBS as nested tasks with
 * `length` in hours, and the links as `depends`. With `reportFile`, a CSV task report of every
 * task's id, start and end is added (to check the dates once, outside the timed runs).
 */
export function writeTjp(plan: Plan, projectEnd: EpochMinute, reportFile?: string, resources?: TjResources): TjpFile {
  const calendar = plan.calendars.find((c) => c.id === plan.defaultCalendarId) ?? unsupported('a missing calendar');
  const hoursPerDay = calendar.hoursPerDay ?? 8;
  const byId = new Map<TaskId, Task>(plan.tasks.map((t) => [t.id, t]));
  const children = new Map<TaskId | null, Task[]>();
  for (const t of plan.tasks) {
    if (t.elapsed || t.manual || t.constraint || t.actualStart != null || t.levelOfEffort) {
      unsupported(`task ${t.id} (elapsed, manual, constrained, progressed or level-of-effort)`);
    }
    if (t.calendarId && t.calendarId !== plan.defaultCalendarId) unsupported(`task ${t.id} on its own calendar`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.id)) unsupported(`task id ${JSON.stringify(t.id)}`);
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  // TaskJuggler refers to a nested task by its full dotted path.
  const path = new Map<TaskId, string>();
  const pathOf = (id: TaskId): string => {
    let p = path.get(id);
    if (p === undefined) {
      const parent = byId.get(id)?.parentId ?? null;
      p = parent === null ? id : `${pathOf(parent)}.${id}`;
      path.set(id, p);
    }
    return p;
  };
  const durationOf = (id: TaskId) => byId.get(id)?.durationMinutes ?? unsupported(`link to unknown task ${id}`);
  const dependencies = plan.links.map((l) => tjDependency(l, durationOf));
  // TaskJuggler takes one dependency per pair of tasks; two links between the same pair become one
  // constraint, the later of the two, measured from A's start when their anchors differ (exact).
  const pairs = new Map<string, { pred: TaskId; succ: TaskId; onStart: boolean; gap: number }>();
  for (const d of dependencies) {
    const key = `${d.successorId} ${d.predecessorId}`;
    const seen = pairs.get(key);
    if (!seen) {
      pairs.set(key, { pred: d.predecessorId, succ: d.successorId, onStart: d.onStart, gap: d.gapMinutes });
    } else if (seen.onStart === d.onStart) {
      seen.gap = Math.max(seen.gap, d.gapMinutes);
    } else {
      const dA = durationOf(d.predecessorId);
      seen.gap = Math.max(seen.onStart ? seen.gap : seen.gap + dA, d.onStart ? d.gapMinutes : d.gapMinutes + dA);
      seen.onStart = dA !== 0;
    }
  }
  const depends = new Map<TaskId, string[]>();
  for (const p of pairs.values()) {
    const options = [p.onStart ? 'onstart' : '', p.gap > 0 ? `gaplength ${quantity(p.gap)}` : '']
      .filter(Boolean)
      .join(' ');
    const list = depends.get(p.succ) ?? [];
    list.push(options ? `${pathOf(p.pred)} { ${options} }` : pathOf(p.pred));
    depends.set(p.succ, list);
  }

  const out: string[] = [
    `project gantry "${plan.name ?? 'Gantry plan'}" ${tjDateTime(plan.options.projectStart)} - ${tjDateTime(projectEnd)} {`,
    '  timezone "UTC"',
    `  dailyworkinghours ${hoursPerDay}`,
    ...workingHours(calendar.week),
    '}',
    ...holidays(
      calendar,
      Math.floor(plan.options.projectStart / MINUTES_PER_DAY),
      Math.floor(projectEnd / MINUTES_PER_DAY),
    ),
  ];
  // Resources (leveling benchmark): each one works the global working hours at most `dailymax`.
  for (const r of resources?.resources ?? []) {
    out.push(
      `resource ${r.id} "${r.name}" {`,
      '  efficiency 1.0',
      `  limits { dailymax ${quantity(Math.round(hoursPerDay * 60 * r.maxUnits))} }`,
      '}',
    );
  }
  const allocations = new Map<string, string[]>();
  for (const a of resources?.assignments ?? [])
    allocations.set(a.taskId, [...(allocations.get(a.taskId) ?? []), a.resourceId]);
  const writeTask = (t: Task, indent: string) => {
    const kids = children.get(t.id);
    out.push(`${indent}task ${t.id} "${t.name.replaceAll('"', "'")}" {`);
    if (kids) {
      for (const k of kids) writeTask(k, `${indent}  `);
    } else {
      const allocated = allocations.get(t.id);
      if (allocated && !(t.milestone || t.durationMinutes === 0)) {
        // Fixed work at 100 %: TaskJuggler's effort on one resource of efficiency 1.
        out.push(`${indent}  effort ${quantity(t.durationMinutes)}`, `${indent}  allocate ${allocated.join(', ')}`);
      } else {
        out.push(
          t.milestone || t.durationMinutes === 0
            ? `${indent}  milestone`
            : `${indent}  length ${quantity(t.durationMinutes)}`,
        );
      }
      const deps = depends.get(t.id);
      if (deps) out.push(`${indent}  depends ${deps.join(', ')}`);
    }
    out.push(`${indent}}`);
  };
  for (const t of children.get(null) ?? []) writeTask(t, '');
  if (reportFile) {
    out.push(
      `taskreport dates "${reportFile}" {`,
      '  formats csv',
      '  columns id, start, end',
      '  timeformat "%Y-%m-%dT%H:%M"',
      '  hidetask 0',
      '}',
    );
  }
  const count = (f: TjDependency['fidelity']) => dependencies.filter((d) => d.fidelity === f).length;
  return {
    text: `${out.join('\n')}\n`,
    dependencies,
    exact: count('exact'),
    rewritten: count('rewritten'),
    clamped: count('clamped'),
    merged: dependencies.length - pairs.size,
  };
}
