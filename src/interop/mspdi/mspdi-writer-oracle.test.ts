import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDayRules } from '../../core/schedule/calendar-rules.js';
import type { Plan, ScheduleResult } from '../../core/schedule/model.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';
import { readMspdi } from './mspdi-reader.js';
import { writeMspdi } from './mspdi-writer.js';

/*
 * Export fidelity: every MS Project file of ../shared/oracle/mspdi, read, scheduled, written and
 * read again, must give back the same plan (the writer renumbers UIDs, so tasks and calendars are
 * compared by position) and exactly the same schedule. Calendars are compared by the working time
 * they give each day, so a different but equivalent way of writing them would still pass.
 */

const ORACLE = oraclePath('mspdi');
const present = oracleHas('mspdi');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.xml') ? [path] : [];
  });
}

const all = present ? files(ORACLE).sort() : [];
const mspdi = all.filter((f) => readFileSync(f, 'utf8').includes('schemas.microsoft.com/project'));

/** The plan with task and calendar ids replaced by their positions, calendars left out (compared apart). */
function byPosition(plan: Plan) {
  const task = new Map(plan.tasks.map((t, i) => [t.id as string, i]));
  const cal = new Map(plan.calendars.map((c, i) => [c.id as string, i]));
  const calOf = (id: string | null | undefined) => (id === null || id === undefined ? null : cal.get(id));
  return {
    name: plan.name,
    defaultCalendar: calOf(plan.defaultCalendarId),
    options: plan.options,
    calendarNames: plan.calendars.map((c) => [c.name, c.hoursPerDay, c.hoursPerWeek, c.daysPerMonth]),
    tasks: plan.tasks.map((t) => ({
      ...t,
      id: task.get(t.id),
      parentId: t.parentId === null ? null : task.get(t.parentId),
      calendarId: calOf(t.calendarId),
      ...(t.durationDrivers
        ? { durationDrivers: t.durationDrivers.map((d) => ({ ...d, calendarId: calOf(d.calendarId) })) }
        : {}),
    })),
    links: plan.links.map((l) => ({
      ...l,
      predecessorId: task.get(l.predecessorId),
      successorId: task.get(l.successorId),
    })),
  };
}

/** Working intervals of every day any calendar exception or work week touches, and the project's first years. */
function workingTime(plan: Plan): string[] {
  const startDay = Math.floor(plan.options.projectStart / 1440);
  const periods = plan.calendars.flatMap((c) => [...c.exceptions, ...(c.workWeeks ?? [])]);
  const firstDay = Math.min(startDay, ...periods.map((p) => p.fromDay)) - 7;
  const lastDay = Math.min(firstDay + 100 * 366, Math.max(startDay + 3 * 366, ...periods.map((p) => p.toDay)) + 7);
  return plan.calendars.map((c) => {
    const rules = compileDayRules(c);
    const days: string[] = [];
    for (let d = firstDay; d <= lastDay; d++) {
      days.push(
        rules.patterns[rules.patternOfDay(d)]?.map((iv) => `${iv.startMinute}-${iv.endMinute}`).join(',') ?? '',
      );
    }
    return days.join(' ');
  });
}

function dates(r: ScheduleResult) {
  return {
    projectStart: r.projectStart,
    projectFinish: r.projectFinish,
    earlyStart: [...r.earlyStart],
    earlyFinish: [...r.earlyFinish],
    lateStart: [...r.lateStart],
    lateFinish: [...r.lateFinish],
    totalFloat: [...r.totalFloatMinutes],
    freeFloat: [...r.freeFloatMinutes],
    critical: [...r.critical],
  };
}

describe.skipIf(!present)(`writeMspdi round trip over the MS Project files ${ORACLE_TAG}`, () => {
  it('finds the MS Project files', () => {
    expect(mspdi.length).toBeGreaterThanOrEqual(100);
  });

  it.each(mspdi.map((path) => ({ file: relative(ORACLE, path), path })))(
    '$file: read -> schedule -> write -> read gives the same plan and schedule',
    ({ path }) => {
      const first = readMspdi(readFileSync(path, 'utf8')).plan;
      const firstResult = schedulePlan(first);
      const again = readMspdi(writeMspdi(first, firstResult)).plan;
      const againResult = schedulePlan(again);

      expect(again.tasks).toHaveLength(first.tasks.length);
      expect(byPosition(again)).toEqual(byPosition(first));
      expect(workingTime(again)).toEqual(workingTime(first));
      expect(dates(againResult)).toEqual(dates(firstResult));
    },
  );
});
