import type { PlanResources } from '../core/resources/model.js';
import type { Plan } from '../core/schedule/model.js';
import type { EpochMinute } from '../core/schedule/time.js';
import { formatLocalDateTime } from '../core/schedule/time.js';
import { calendarToJson } from './calendar-json.js';

interface Units {
  readonly hoursPerDay: number;
  readonly hoursPerWeek: number;
  readonly daysPerMonth: number;
}

function quantityText(minutes: number, elapsed: boolean, units: Units): string | number {
  const e = elapsed ? 'e' : '';
  const day = elapsed ? 1440 : units.hoursPerDay * 60;
  if (minutes !== 0 && minutes % day === 0) return `${minutes / day}${e}d`;
  if (minutes !== 0 && minutes % 60 === 0) return `${minutes / 60}${e}h`;
  return elapsed ? `${minutes}em` : minutes;
}

const dateTime = (m: EpochMinute | null | undefined) =>
  m === null || m === undefined ? null : formatLocalDateTime(m).slice(0, 16);

/** Writes a plan as a Gantry plan file (durations in days or hours where exact, else minutes). */
export function writeJsonPlan(plan: Plan, resources?: PlanResources): string {
  const cal = new Map(plan.calendars.map((c) => [c.id as string, c]));
  const units = (id: string | null | undefined): Units => {
    const c = cal.get(id ?? plan.defaultCalendarId) ?? cal.get(plan.defaultCalendarId);
    return {
      hoursPerDay: c?.hoursPerDay ?? 8,
      hoursPerWeek: c?.hoursPerWeek ?? 40,
      daysPerMonth: c?.daysPerMonth ?? 20,
    };
  };
  const o = plan.options;
  const json = {
    format: 'gantry-plan',
    version: 1,
    name: plan.name,
    projectStart: dateTime(o.projectStart),
    defaultCalendar: plan.defaultCalendarId,
    options: {
      ...(o.direction ? { direction: o.direction } : {}),
      ...(o.projectFinish != null ? { projectFinish: dateTime(o.projectFinish) } : {}),
      ...(o.mustFinishBy != null ? { mustFinishBy: dateTime(o.mustFinishBy) } : {}),
      ...(o.statusDate != null ? { statusDate: dateTime(o.statusDate) } : {}),
      ...(o.progress ? { progress: o.progress } : {}),
      ...(o.flavour ? { flavour: o.flavour } : {}),
      ...(o.totalFloat ? { totalFloat: o.totalFloat } : {}),
      ...(o.critical ? { critical: o.critical } : {}),
      ...(o.criticalFloatMinutes ? { criticalFloat: o.criticalFloatMinutes } : {}),
      ...(o.lagCalendar ? { lagCalendar: o.lagCalendar } : {}),
    },
    calendars: plan.calendars.map((c) => {
      const { name, hoursPerDay, hoursPerWeek, daysPerMonth, week, exceptions, workWeeks } = calendarToJson(c);
      return { id: c.id, name, hoursPerDay, hoursPerWeek, daysPerMonth, week, exceptions, workWeeks };
    }),
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.parentId ? { parent: t.parentId } : {}),
      ...(t.wbsCode ? { wbs: t.wbsCode } : {}),
      duration: quantityText(t.durationMinutes, t.elapsed === true, units(t.calendarId)),
      ...(t.milestone ? { milestone: t.milestoneKind ?? true } : {}),
      ...(t.calendarId ? { calendar: t.calendarId } : {}),
      ...(t.manual && t.manualStart != null
        ? {
            manual: {
              start: dateTime(t.manualStart),
              ...(t.manualFinish != null ? { finish: dateTime(t.manualFinish) } : {}),
            },
          }
        : {}),
      ...(t.constraint ? { constraint: { type: t.constraint.type, date: dateTime(t.constraint.date) } } : {}),
      ...(t.secondaryConstraint
        ? { secondaryConstraint: { type: t.secondaryConstraint.type, date: dateTime(t.secondaryConstraint.date) } }
        : {}),
      ...(t.deadline != null ? { deadline: dateTime(t.deadline) } : {}),
      ...(t.actualStart != null ? { actualStart: dateTime(t.actualStart) } : {}),
      ...(t.actualFinish != null ? { actualFinish: dateTime(t.actualFinish) } : {}),
      ...(t.percentComplete ? { percentComplete: t.percentComplete } : {}),
      ...(t.remainingDurationMinutes != null ? { remainingDuration: t.remainingDurationMinutes } : {}),
      ...(t.levelOfEffort ? { levelOfEffort: true } : {}),
      ...(t.priority !== undefined && t.priority !== 500 ? { priority: t.priority } : {}),
      ...(t.levelingDelayMinutes ? { levelingDelay: t.levelingDelayMinutes } : {}),
      ...(t.durationDrivers
        ? {
            drivers: t.durationDrivers.map((d) => ({
              calendar: d.calendarId,
              duration: d.durationMinutes,
              remainingDuration: d.remainingDurationMinutes,
            })),
          }
        : {}),
    })),
    links: plan.links.map((l) => ({
      from: l.predecessorId,
      to: l.successorId,
      type: l.type,
      ...(l.lag && (l.lag.kind === 'percent' ? l.lag.percent !== 0 : l.lag.minutes !== 0)
        ? {
            lag:
              l.lag.kind === 'percent'
                ? `${l.lag.percent}%`
                : quantityText(l.lag.minutes, l.lag.kind === 'elapsed', units(null)),
          }
        : {}),
      ...(l.lagCalendar ? { lagCalendar: l.lagCalendar } : {}),
    })),
    ...(resources
      ? {
          resources: resources.resources.map((r) => ({
            id: r.id,
            name: r.name,
            kind: r.kind,
            ...(r.calendarId ? { calendar: r.calendarId } : {}),
            // The file format keeps one maximum: the first step's (or 100 %).
            maxUnits: r.maxUnits[0]?.units ?? 1,
          })),
          assignments: resources.assignments.map((a) => ({ task: a.taskId, resource: a.resourceId, units: a.units })),
        }
      : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
