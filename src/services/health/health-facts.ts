import type { ProjectFacts } from '../../core/health/facts.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { rowDate } from '../plan/plan-model.js';
import type { FactSection, HealthSubject } from './fact-source.js';
import { FACT_SOURCES } from './fact-sources.js';

// A project without a plan (none yet) is measured on an empty one: every plan metric is n/a.
const NO_WORK = { workBetween: () => 0, minutesPerDay: 480 };

/** Every project's facts from every registered source, in one pass per source. */
export async function loadFacts(
  ctx: ServiceContext,
  db: Executor,
  subjects: readonly HealthSubject[],
  now: Date,
): Promise<Map<string, ProjectFacts>> {
  const sections: ReadonlyMap<string, FactSection>[] = [];
  for (const source of FACT_SOURCES) sections.push(await source.load(ctx, db, subjects, now));
  const nowMinute = rowDate(now.toISOString().slice(0, 16)) as number;
  const out = new Map<string, ProjectFacts>();
  for (const s of subjects) {
    let facts: ProjectFacts = {
      projectId: s.id,
      state: s.state,
      plannedFinish: null,
      now: nowMinute,
      statusDate: null,
      projectStart: nowMinute,
      projectFinish: null,
      tasks: [],
      baseline: null,
      calendar: NO_WORK,
    };
    for (const section of sections) {
      const mine = section.get(s.id);
      if (mine) facts = { ...facts, ...mine };
    }
    out.set(s.id, facts);
  }
  return out;
}
