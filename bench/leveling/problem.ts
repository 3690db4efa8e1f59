import type { PlanResources } from '../../src/core/resources/model.js';
import type { Plan } from '../../src/core/schedule/model.js';
import { generatePlan, prng } from '../schedule/generate.js';

/**
 * The leveling benchmarks' problem: the network of bench/schedule/generate.ts with its FS links
 * only, leads as 0 (SS, FF and SF links are dropped: with effort-driven tasks TaskJuggler's
 * rewriting of them through the successor's length, tjp-writer.ts, no longer holds), the 5-day
 * calendar, and every non-milestone task worked by one of `resourceCount` people at 100 %, drawn
 * from a fixed seed.
 */
export function levelingProblem(taskCount: number, resourceCount: number): { plan: Plan; resources: PlanResources } {
  const generated = generatePlan(taskCount);
  const plan: Plan = {
    ...generated,
    links: generated.links
      .filter((l) => l.type === 'FS')
      .map((l) => ({
        ...l,
        lag: { kind: 'working', minutes: Math.max(0, l.lag?.kind === 'working' ? l.lag.minutes : 0) },
      })),
  };
  const random = prng(7);
  const parents = new Set(plan.tasks.map((t) => t.parentId));
  const resources = Array.from({ length: resourceCount }, (_, k) => ({
    id: `r${k}`,
    code: `r${k}`,
    name: `Resource ${k}`,
    kind: 'person' as const,
    calendarId: null,
    maxUnits: [],
    rates: [],
  }));
  const assignments = plan.tasks
    .filter((t) => !parents.has(t.id) && !t.milestone && t.durationMinutes > 0)
    .map((t, i) => ({
      id: `a${i}`,
      taskId: t.id,
      resourceId: `r${Math.floor(random() * resourceCount)}`,
      units: 1,
      workMinutes: t.durationMinutes,
      actualWorkMinutes: 0,
      remainingWorkMinutes: null,
      levelingDelayMinutes: 0,
    }));
  return { plan, resources: { resources, assignments } };
}
