import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../core/plan/apply-op.js';
import type { OpEnv, PlanDraft } from '../../core/plan/plan-draft.js';
import type { PlanOp } from '../../core/plan/plan-op.js';
import type { LinkType } from '../../core/schedule/model.js';
import type { CalendarRow, PlanRow } from '../../store/schema.js';
import { STANDARD_CALENDAR, STANDARD_CALENDAR_ID } from '../../store/standard-calendar.js';
import { type LoadedPlan, type PlanDiff, rescheduleAndDiff } from './plan-diff.js';
import { draftOf } from './plan-draft-rows.js';
import { incrementalDiff } from './plan-incremental.js';
import { type WarmPlan, warmPlanOf, withDraft } from './plan-warm.js';

/*
 * The everyday edit's fast path must give exactly what the full reschedule gives: every row, the
 * plan row, what is written and what is answered. Random plans (summaries, links of every type
 * with lags, tasks with progress), random edit sequences mixing what the fast path takes
 * (durations, names) with what it hands to the full path (progress, constraints, links,
 * structure), each step compared with a full reschedule of the same draft.
 */

const calendar: CalendarRow = {
  id: STANDARD_CALENDAR_ID,
  project_id: null,
  name: 'Standard',
  definition: JSON.stringify(STANDARD_CALENDAR),
  created_at: '',
  updated_at: '',
  version: 1,
};
const planRow: PlanRow = {
  project_id: 'p',
  version: 1,
  schedule_version: 1,
  project_start: Date.UTC(2030, 0, 7, 8) / 60_000,
  status_date: null,
  default_calendar_id: STANDARD_CALENDAR_ID,
  options: '{}',
  project_finish: null,
  task_count: 0,
  updated_at: '',
};
const now = new Date(0);
const id = (n: number) => `t${String(n).padStart(3, '0')}`;

const plans = fc.record({
  phases: fc.array(
    fc.array(fc.record({ days: fc.integer({ min: 0, max: 5 }), pct: fc.constantFrom(0, 0, 0, 40) }), {
      minLength: 1,
      maxLength: 6,
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  links: fc.array(
    fc.record({
      a: fc.nat(40),
      b: fc.nat(40),
      type: fc.constantFrom<LinkType>('FS', 'FS', 'SS', 'FF', 'SF'),
      lagDays: fc.integer({ min: -1, max: 2 }),
    }),
    { maxLength: 30 },
  ),
  summaryLink: fc.boolean(),
});

type Step = { kind: 'duration' | 'name' | 'progress' | 'constraint' | 'link' | 'indent'; at: number; value: number };
const steps = fc.array(
  fc.record({
    kind: fc.constantFrom<Step['kind']>(
      'duration',
      'duration',
      'duration',
      'duration',
      'name',
      'progress',
      'constraint',
      'link',
      'indent',
    ),
    at: fc.nat(40),
    value: fc.integer({ min: 0, max: 6 }),
  }),
  { minLength: 1, maxLength: 12 },
);

type PlanSpec = typeof plans extends fc.Arbitrary<infer T> ? T : never;

function initialOps(p: PlanSpec): PlanOp[] {
  const tasks: { id: string; name: string; parentId?: string; durationMinutes: number; percentComplete?: number }[] =
    [];
  const leaves: string[] = [];
  const phases: string[] = [];
  let n = 0;
  for (const phase of p.phases) {
    const pid = id(n++);
    phases.push(pid);
    tasks.push({ id: pid, name: `Phase ${pid}`, durationMinutes: 0 });
    for (const t of phase) {
      const tid = id(n++);
      leaves.push(tid);
      tasks.push({
        id: tid,
        name: `Task ${tid}`,
        parentId: pid,
        durationMinutes: t.days * 480,
        ...(t.pct ? { percentComplete: t.pct } : {}),
      });
    }
  }
  const seen = new Set<string>();
  const links = p.links.flatMap((l) => {
    const a = Math.min(l.a % leaves.length, l.b % leaves.length);
    const b = Math.max(l.a % leaves.length, l.b % leaves.length);
    const key = `${a}-${b}-${l.type}`;
    if (a === b || seen.has(key)) return [];
    seen.add(key);
    return [
      { predecessorId: leaves[a] as string, successorId: leaves[b] as string, type: l.type, lag: l.lagDays * 480 },
    ];
  });
  if (p.summaryLink && phases.length > 1)
    links.push({ predecessorId: phases[0] as string, successorId: phases[1] as string, type: 'FS', lag: 0 });
  return [{ op: 'insertTasks', tasks, links }];
}

function opOf(step: Step, draft: PlanDraft): PlanOp | null {
  const leaves = draft.tasks.filter((t) => !draft.tasks.some((c) => c.parentId === t.id));
  const task = leaves[step.at % leaves.length];
  if (!task) return null;
  switch (step.kind) {
    case 'duration':
      return { op: 'updateTask', taskId: task.id, fields: { durationMinutes: step.value * 240 } };
    case 'name':
      return { op: 'updateTask', taskId: task.id, fields: { name: `Renamed ${step.value}`, notes: `n${step.value}` } };
    case 'progress':
      return { op: 'updateTask', taskId: task.id, fields: { percentComplete: step.value * 10 } };
    case 'constraint':
      return {
        op: 'updateTask',
        taskId: task.id,
        fields: {
          constraintType: 'startNoEarlierThan',
          constraintDate: `2030-01-${String(8 + step.value).padStart(2, '0')}T08:00`,
        },
      };
    case 'link': {
      const other = leaves[(step.at + 1 + step.value) % leaves.length];
      if (!other || other.id === task.id) return null;
      const [a, b] = draft.tasks.indexOf(task) < draft.tasks.indexOf(other) ? [task, other] : [other, task];
      if (draft.links.some((l) => l.predecessorId === a.id && l.successorId === b.id && l.type === 'FS')) return null;
      return { op: 'addLinks', links: [{ predecessorId: a.id, successorId: b.id }] };
    }
    case 'indent':
      return { op: 'indentTasks', taskIds: [task.id] };
  }
}

/** What the two paths must agree on. */
function observable(d: PlanDiff) {
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
  return {
    plan: d.plan,
    tasks: d.tasks,
    links: d.links,
    inserted: ids(d.inserted),
    updated: ids(d.updated),
    edited: ids(d.edited),
    floatsOnly: [...d.floatsOnly].sort(),
    structureChanged: d.structureChanged,
  };
}

describe('incremental reschedule', () => {
  it('equals a full reschedule after random edit sequences (property)', () => {
    let fast = 0;
    fc.assert(
      fc.property(plans, steps, (p, list) => {
        let next = 0;
        const env: OpEnv = {
          calendars: new Map([[STANDARD_CALENDAR_ID, 8]]),
          people: new Set(),
          newId: () => `n${next++}`,
        };
        const empty: LoadedPlan = { plan: planRow, tasks: [], links: [], calendars: [calendar] };
        let diff = rescheduleAndDiff(empty, applyOps(draftOf(planRow, [], []), initialOps(p), env).draft, now);
        let loaded: LoadedPlan = {
          plan: diff.plan,
          tasks: diff.tasks,
          links: diff.links,
          calendars: [calendar],
          storedSchedule: true,
        };
        let warm: WarmPlan = withDraft(warmPlanOf(diff), loaded);
        for (const step of list) {
          const op = opOf(step, warm.draft as PlanDraft);
          if (!op) continue;
          let draft: PlanDraft;
          try {
            draft = applyOps(warm.draft as PlanDraft, [op], env).draft;
          } catch {
            continue; // an op this plan refuses (an indent with nothing above) changes nothing
          }
          const version = loaded.plan.version + 1;
          let full: PlanDiff;
          try {
            full = rescheduleAndDiff(loaded, draft, now, version);
          } catch {
            continue; // a cycle: refused by both paths before anything is written
          }
          const inc = incrementalDiff(loaded, warm, draft, now, version);
          if (inc) {
            fast++;
            expect(observable(inc)).toEqual(observable(full));
            expect(inc.draft?.tasks).toEqual(draftOf(full.plan, full.tasks, full.links).tasks);
          }
          diff = inc ?? full;
          loaded = {
            plan: diff.plan,
            tasks: diff.tasks,
            links: diff.links,
            calendars: [calendar],
            storedSchedule: true,
          };
          warm = withDraft(warmPlanOf(diff), loaded);
        }
      }),
      { numRuns: 150 },
    );
    // The property is about the fast path: make sure it was taken often.
    expect(fast).toBeGreaterThan(100);
  });
});
