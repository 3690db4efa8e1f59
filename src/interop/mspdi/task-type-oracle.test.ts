import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationOf, onAssignmentChange, onDurationChange } from '../../core/resources/task-type.js';
import { type OracleTask, oracleTasks } from '../../test-support/mspdi-assignments.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';

/*
 * MS Project's own files against our task type rules: for every task with assignments, the file's
 * duration, each assignment's units and work, and the task's type must agree with the rules, the
 * third computed from the other two within a minute. Tasks the plain rules do not describe are
 * counted apart with the reason (contoured work, delayed assignments, assignments on another
 * calendar than the task's, material or cost resources only, summaries, milestones, elapsed durations).
 */

const DIR = oraclePath('mspdi');

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return xmlFiles(path);
    return name.endsWith('.xml') && statSync(path).size < 20_000_000 ? [path] : [];
  });
}

/** Why the plain rules do not describe a task as filed, or null when they do. */
function skipReason(t: OracleTask): string | null {
  if (t.summary) return 'summary task';
  if (t.milestone) return 'milestone';
  if (t.elapsed) return 'elapsed duration';
  const work = t.assignments.filter((a) => a.resourceType === 'work');
  if (work.length === 0) return 'material or cost resources only';
  if (work.some((a) => a.contour !== 0)) return 'contoured work';
  if (work.some((a) => a.delayMinutes !== 0)) return 'delayed assignment';
  // MS Project works each assignment on its resource's calendar: one that starts later than the
  // task (a night-shift or 24-hour resource) does not span the task's working minutes.
  if (work.some((a) => a.start !== undefined && t.start !== undefined && a.start !== t.start)) {
    return 'assignment on another calendar than the task (starts later)';
  }
  if (work.every((a) => a.units === 0)) return 'zero units';
  return null;
}

describe.skipIf(!oracleHas('mspdi'))(`task type rules against MS Project's files ${ORACLE_TAG}`, () => {
  const tasks = oracleHas('mspdi')
    ? xmlFiles(DIR).flatMap((path) => {
        try {
          return oracleTasks(path, relative(DIR, path));
        } catch {
          return [];
        }
      })
    : [];

  it('every task with work assignments lasts as long as its longest assignment (work / units), and moves by its type', () => {
    const skipped = new Map<string, number>();
    const wrong: string[] = [];
    let checked = 0;
    let assignments = 0;
    const files = new Set<string>();
    const types = new Map<string, number>();
    for (const t of tasks) {
      const reason = skipReason(t);
      if (reason) {
        skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
        continue;
      }
      checked++;
      files.add(t.file);
      const kind = `${t.taskType}${t.effortDriven ? ' effort-driven' : ''}${t.assignments.length > 1 ? ' (several)' : ''}`;
      types.set(kind, (types.get(kind) ?? 0) + 1);
      const work = t.assignments.filter((a) => a.resourceType === 'work');
      assignments += work.length;
      // Duration from units and work.
      const duration = durationOf(work, t.durationMinutes);
      if (Math.abs(duration - t.durationMinutes) > 1) {
        wrong.push(
          `${t.file} task ${t.uid} "${t.name}": duration ${t.durationMinutes}m, assignments give ${duration}m`,
        );
        continue;
      }
      // The rules move the file's values consistently: the same duration keeps every assignment's
      // work (units for fixed work); an assignment's own work gives back the file's duration.
      const same = onDurationChange(t, work, t.durationMinutes);
      const longest = work.reduce(
        (m, a, i) => (a.workMinutes / a.units > m.span ? { i, span: a.workMinutes / a.units } : m),
        {
          i: 0,
          span: -1,
        },
      );
      const again = onAssignmentChange(t, work, longest.i, { workMinutes: work[longest.i]?.workMinutes ?? 0 });
      if (Math.abs(again.durationMinutes - t.durationMinutes) > 1) {
        wrong.push(`${t.file} task ${t.uid}: its longest assignment's work gives ${again.durationMinutes}m`);
      }
      const single = work.length === 1 ? same.assignments[0] : undefined;
      if (single && Math.abs(single.workMinutes - (work[0]?.workMinutes ?? 0)) > 1 && t.taskType !== 'fixedWork') {
        wrong.push(
          `${t.file} task ${t.uid}: duration × units = ${single.workMinutes}m, file work ${work[0]?.workMinutes}m`,
        );
      }
    }
    const summary = `checked ${checked} tasks (${assignments} assignments) in ${files.size} files, by type ${JSON.stringify(Object.fromEntries(types))}; skipped ${JSON.stringify(
      Object.fromEntries(skipped),
    )}`;
    console.info(`[task-type oracle] ${summary}`);
    expect(checked).toBeGreaterThan(50);
    expect(wrong, summary).toEqual([]);
  });
});
