import { XMLBuilder } from 'fast-xml-parser';
import type { PlanResources } from '../../core/resources/model.js';
import type { Plan, ScheduleResult } from '../../core/schedule/model.js';
import type { EpochMinute } from '../../core/schedule/time.js';
import type { MspdiBaseline } from './mspdi-writer-baselines.js';
import { calendarElements, calendarUids } from './mspdi-writer-calendars.js';
import { planOutline } from './mspdi-writer-outline.js';
import { planResourceElements } from './mspdi-writer-resources.js';
import { taskElements } from './mspdi-writer-tasks.js';
import { flag, type XmlOut, xmlDateTime, xmlSafe, xmlTime, xsdDuration } from './mspdi-writer-values.js';

/** What an MSPDI export carries besides the plan: title, task notes, responsible person, status date, baselines. */
export interface MspdiExtras {
  readonly title?: string;
  /** Task id -> note text (the task's Notes field). */
  readonly notes?: ReadonlyMap<string, string>;
  /** Task id -> person name, written as the task's Contact field. */
  readonly responsible?: ReadonlyMap<string, string>;
  /** Minutes since the epoch; overrides the plan's status date when given (null clears it). */
  readonly statusDate?: EpochMinute | null;
  /** Saved baselines, written as each task's Baseline elements (numbers 0-10) so MS Project shows them. */
  readonly baselines?: readonly MspdiBaseline[];
  /**
   * Resources and assignments to write instead of the synthetic ones of duration drivers; their
   * calendars must be among the plan's. Task types and effort-driven flags come from its taskRules.
   */
  readonly resources?: PlanResources;
}

const NAMESPACE = 'http://schemas.microsoft.com/project';

/*
 * What MSPDI (and so readMspdi) cannot carry, checked against the reader:
 * - P6 rules: the reader always sets flavour 'msproject', total float 'smallest', lag calendar
 *   'successor' and no progress mode or must-finish-by; a per-link lag calendar has no field.
 * - P6 task features: level of effort, finish milestones (MS Project milestones sit at the start),
 *   a secondary constraint, and the soft "start on"/"finish on" (written as must start/finish on).
 * - Hours per day/week and days per month are project-wide in MSPDI: every calendar reads back
 *   with the default calendar's.
 * - Whole numbers only: percentage lags and % complete are rounded to whole percent, the critical
 *   slack limit to whole days (a remaining duration is written when a fractional % implies it).
 * - Names are trimmed by the reader; a plan without WBS codes reads back with computed outline numbers.
 */

/**
 * Tasks timed by resource work (duration drivers) get one work resource per driver calendar and
 * an assignment of 100 % units whose work is the driver's duration: MS Project then times the task
 * on that resource's calendar, and the reader rebuilds the same drivers. Two drivers of one task on
 * the same calendar are merged (the longer one sets the dates on one calendar anyway). A driver
 * of zero work is left out: MSPDI readers ignore assignments without work.
 */
function resourcesAndAssignments(
  plan: Plan,
  taskUid: ReadonlyMap<string, number>,
  calUids: ReadonlyMap<string, number>,
) {
  const resourceUid = new Map<string, number>();
  const resources: XmlOut[] = [];
  const assignments: XmlOut[] = [];
  for (const t of plan.tasks) {
    if (!t.durationDrivers || t.durationDrivers.length === 0 || t.manual) continue;
    const byCalendar = new Map<string, { work: number; remaining: number }>();
    for (const d of t.durationDrivers) {
      const prev = byCalendar.get(d.calendarId);
      byCalendar.set(d.calendarId, {
        work: Math.max(prev?.work ?? 0, d.durationMinutes),
        remaining: Math.max(prev?.remaining ?? 0, d.remainingDurationMinutes),
      });
    }
    for (const [calendarId, { work, remaining }] of byCalendar) {
      if (!(work > 0)) continue;
      let uid = resourceUid.get(calendarId);
      if (uid === undefined) {
        uid = resources.length + 1;
        resourceUid.set(calendarId, uid);
        // MS Project names a resource calendar after its resource, so the calendar's name is the best name back.
        const name = plan.calendars.find((c) => c.id === calendarId)?.name ?? `Resource ${uid}`;
        resources.push({
          UID: uid,
          ID: uid,
          Name: name,
          Type: 1,
          MaxUnits: '1.00',
          CalendarUID: calUids.get(calendarId),
        });
      }
      assignments.push({
        UID: assignments.length + 1,
        TaskUID: taskUid.get(t.id),
        ResourceUID: uid,
        RemainingWork: xsdDuration(remaining),
        Units: 1,
        Work: xsdDuration(work),
      });
    }
  }
  return { resources, assignments, resourceCalendarIds: new Set(resourceUid.keys()) };
}

/**
 * Project-wide settings from the default calendar: MSPDI has hours per day/week and days per month
 * once for every calendar, and the default start and finish times MS Project gives a typed date.
 */
function projectSettings(plan: Plan) {
  const c = plan.calendars.find((x) => x.id === plan.defaultCalendarId);
  // Monday first: the working day users think of as the normal one.
  const day = [1, 2, 3, 4, 5, 6, 0].map((d) => c?.week[d] ?? []).find((d) => d.length > 0) ?? [];
  return {
    minutesPerDay: Math.round((c?.hoursPerDay ?? 8) * 60),
    minutesPerWeek: Math.round((c?.hoursPerWeek ?? 40) * 60),
    daysPerMonth: Math.round(c?.daysPerMonth ?? 20),
    defaultStart: xmlTime(day[0]?.startMinute ?? 480),
    defaultFinish: xmlTime(day.at(-1)?.endMinute ?? 1020),
  };
}

/**
 * Writes a plan and its schedule as MS Project XML (MSPDI) that MS Project and readMspdi read:
 * calendars (week days, exceptions incl. recurring ones, work weeks), the WBS as outline levels,
 * tasks with durations, constraints, deadlines, progress, links with lags, and the scheduled dates,
 * slack and critical flags. Task UIDs are 1..n in plan order, calendar UIDs 1..m; UID 0 is the
 * project summary task. Pure: returns the XML text.
 */
export function writeMspdi(plan: Plan, result: ScheduleResult, extras: MspdiExtras = {}): string {
  const o = plan.options;
  const title = extras.title ?? plan.name ?? 'Project';
  const { minutesPerDay, minutesPerWeek, daysPerMonth, defaultStart, defaultFinish } = projectSettings(plan);
  const calUids = calendarUids(plan);
  const taskUid = new Map(plan.tasks.map((t, i) => [t.id as string, i + 1]));
  const outline = planOutline(plan);
  const { resources, assignments, resourceCalendarIds } = extras.resources
    ? {
        ...planResourceElements(extras.resources, taskUid, calUids, Math.floor(o.projectStart / 1440)),
        resourceCalendarIds: new Set(extras.resources.resources.flatMap((r) => (r.calendarId ? [r.calendarId] : []))),
      }
    : resourcesAndAssignments(plan, taskUid, calUids);
  // A task the plan times by its own calendar keeps its duration when its assignments come back in.
  const assigned = new Set((extras.resources?.assignments ?? []).map((a) => a.taskId as string));
  const ignoreResourceCalendar = new Set(
    plan.tasks.filter((t) => assigned.has(t.id) && !t.durationDrivers?.length).map((t) => t.id as string),
  );
  const currency = extras.resources?.resources.find((r) => r.currency)?.currency;
  const backward = o.direction === 'backward' && typeof o.projectFinish === 'number';
  const statusDate = extras.statusDate === undefined ? o.statusDate : extras.statusDate;
  const project: XmlOut = {
    '@_xmlns': NAMESPACE,
    SaveVersion: 14,
    Name: plan.name ?? title,
    Title: title,
    ScheduleFromStart: flag(!backward),
    StartDate: xmlDateTime(o.projectStart),
    FinishDate: xmlDateTime(backward ? o.projectFinish : result.projectFinish),
    // MSPDI holds whole days here; a fractional-day threshold is rounded.
    CriticalSlackLimit: Math.round((o.criticalFloatMinutes ?? 0) / minutesPerDay),
    CurrencyCode: currency,
    CalendarUID: calUids.get(plan.defaultCalendarId),
    DefaultStartTime: defaultStart,
    DefaultFinishTime: defaultFinish,
    MinutesPerDay: minutesPerDay,
    MinutesPerWeek: minutesPerWeek,
    DaysPerMonth: daysPerMonth,
    DurationFormat: 7,
    // The reader takes multiple critical paths as "critical = on the longest path".
    MultipleCriticalPaths: flag(o.critical === 'longestPath'),
    StatusDate: xmlDateTime(statusDate),
    NewTasksAreManual: 0,
    Calendars: { Calendar: calendarElements(plan, calUids, resourceCalendarIds) },
    Tasks: {
      Task: taskElements(
        {
          plan,
          result,
          outline,
          calendarUids: calUids,
          minutesPerDay,
          notes: extras.notes,
          responsible: extras.responsible,
          baselines: extras.baselines,
          taskRules: new Map((extras.resources?.taskRules ?? []).map((r) => [r.taskId as string, r])),
          ignoreResourceCalendar,
        },
        title,
        taskUid,
      ),
    },
    Resources: resources.length > 0 ? { Resource: resources } : undefined,
    Assignments: assignments.length > 0 ? { Assignment: assignments } : undefined,
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    tagValueProcessor: (_name: string, value: unknown) => (typeof value === 'string' ? xmlSafe(value) : value),
  });
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return declaration + (builder.build({ Project: project }) as string);
}
