import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDayRules, recurrenceDays } from '../../core/schedule/calendar-rules.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { WorkCalendar } from '../../core/schedule/work-calendar.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';
import { compareWithStored } from '../stored-comparison.js';
import { readMspdi } from './mspdi-reader.js';

/*
 * Fidelity against MS Project (issue 3, point 10): the MSPDI files of ../shared/oracle/mspdi carry
 * MS Project's own early/late dates and slack. We reschedule from the inputs only and compare:
 * dates within one working minute on the task's calendar (MPXJ's rule: 17:00 equals 08:00 the
 * next working morning), total and free slack within one minute.
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
const isMspdi = (text: string) => text.includes('schemas.microsoft.com/project');
const text = (path: string) => readFileSync(path, 'utf8');
const name = (path: string) => relative(ORACLE, path);

/** Files the issue names: every MSPDI file with predecessor links, and the calendar and duration files. */
const required = all.filter((f) => /PredecessorLink/.test(text(f)) || /calendar|duration|caltest/i.test(name(f)));

/** Tasks whose stored values no schedule can reproduce, with the reason. */
const EXCEPTIONS: Readonly<Record<string, { tasks: readonly string[]; reason: string }>> = {
  'mspdiduration.xml': {
    tasks: ['1', '2', '3', '4'],
    reason:
      'the file stores late finishes of 2009-04-21 17:00 for these four but 2009-04-23 17:00 for task 5 and ' +
      '2009-04-24 08:00 for the elapsed tasks, all open ends on the one calendar: no single project finish ' +
      'reproduces both, so the stored values contradict each other (tasks 5-10 match)',
  },
};

/** Files in the folder that are not MS Project XML at all. */
const NOT_MSPDI_REASON = 'Primavera P6 XML (PMXML) file kept in the mspdi folder; not MSPDI';

describe.skipIf(!present)(`MSPDI fidelity against MS Project ${ORACLE_TAG}`, () => {
  it('finds the files the issue names', () => {
    expect(required.length).toBeGreaterThanOrEqual(30);
    expect(required.map(name)).toContain('legacy/sample.xml');
    expect(required.map(name)).toContain('mspdirelations.xml');
  });

  it.each(required.map((f) => ({ file: name(f), path: f })))(
    '$file: every task matches (listed exceptions aside)',
    ({ file, path }) => {
      const xml = text(path);
      if (!isMspdi(xml)) {
        console.log(`${file}: skipped, ${NOT_MSPDI_REASON}`);
        return;
      }
      const { plan, stored } = readMspdi(xml);
      const result = schedulePlan(plan);
      const comparison = compareWithStored(plan, result, stored);
      const excepted = new Set(EXCEPTIONS[file]?.tasks ?? []);
      const mismatches = comparison.mismatches.filter((m) => !excepted.has(m.taskId));
      const failing = new Set(mismatches.map((m) => m.taskId)).size;
      console.log(
        `${file}: ${comparison.tasksCompared - failing - excepted.size}/${comparison.tasksCompared - excepted.size} tasks match` +
          (excepted.size > 0 ? ` (${excepted.size} excepted: ${EXCEPTIONS[file]?.reason})` : ''),
      );
      expect(mismatches).toEqual([]);
    },
  );

  it('reads every calendar of the calendar files into working time', () => {
    for (const path of required.filter((f) => /calendar|caltest/i.test(name(f)) && isMspdi(text(f)))) {
      const { plan } = readMspdi(text(path));
      expect(plan.calendars.length).toBeGreaterThan(0);
      for (const c of plan.calendars) {
        const cal = new WorkCalendar(compileDayRules(c));
        // Every calendar has some working time in any given year.
        expect(cal.workBetween(Date.UTC(2020, 0, 1) / 60000, Date.UTC(2021, 0, 1) / 60000)).toBeGreaterThan(0);
      }
    }
  });

  it('expands recurring exceptions to exactly the occurrences MS Project counted, ending on its last date', () => {
    const recurring = required.filter((f) => /recurring/i.test(name(f)));
    expect(recurring.length).toBeGreaterThan(0);
    for (const path of recurring) {
      const { plan } = readMspdi(text(path));
      const exceptions = plan.calendars.flatMap((c) => c.exceptions).filter((e) => e.recurrence);
      expect(exceptions.length).toBeGreaterThan(20);
      for (const e of exceptions) {
        const days = recurrenceDays(e.recurrence as NonNullable<typeof e.recurrence>, e.fromDay, e.toDay, Infinity);
        expect({ name: e.name, count: days.length, last: days.at(-1) }).toEqual({
          name: e.name,
          count: e.occurrences,
          last: e.toDay,
        });
      }
    }
  });

  it('reads and schedules every other MS Project file in the folder without error', () => {
    let tasks = 0;
    let matching = 0;
    for (const path of all.filter((f) => !required.includes(f) && isMspdi(text(f)))) {
      const { plan, stored } = readMspdi(text(path));
      const c = compareWithStored(plan, schedulePlan(plan), stored);
      tasks += c.tasksCompared;
      matching += c.tasksMatching;
    }
    // Informational: these files exercise costs, baselines and timephased data, not scheduling;
    // the misses are split tasks and multi-resource actuals, which the model does not carry.
    console.log(`other MSPDI files: ${matching}/${tasks} tasks match (${((100 * matching) / tasks).toFixed(1)} %)`);
    expect(tasks).toBeGreaterThan(1000);
  });
});
