import type { Finding, Reevaluation } from '../../core/actions/corrective-action.js';
import { reevaluateHealthRule } from '../../core/actions/finding-evaluation.js';
import { DEFAULT_HEALTH_RULES } from '../../core/health/default-rules.js';
import type { ProjectFacts } from '../../core/health/facts.js';
import type { ServiceContext } from '../context.js';
import type { HealthSubject } from '../health/fact-source.js';
import { FACT_SOURCES } from '../health/fact-sources.js';

/*
 * Measures an action's finding again when it is marked done. Runs before the write's transaction:
 * the fact sources settle stored schedules on connections of their own, which a transaction
 * holding SQLite's only connection would wait for. The few milliseconds between measuring and
 * recording cannot hide a regression for long: "done" may be asked again at any time.
 */

/** A project as re-evaluation needs it. */
export interface FindingProject extends HealthSubject {}

/** The finding measured now, or null for findings nothing measures (variance, manual). */
export async function reevaluateFinding(
  ctx: ServiceContext,
  project: FindingProject,
  finding: Finding,
): Promise<Reevaluation | null> {
  const at = ctx.now().toISOString();
  switch (finding.kind) {
    case 'health': {
      const facts = await projectFacts(ctx, project);
      if (!facts) return { at, fires: null, value: null, threshold: null, message: 'the project has no plan' };
      const rule = DEFAULT_HEALTH_RULES.find((r) => r.id === finding.ruleId);
      return reevaluateHealthRule(facts, rule, at);
    }
    case 'dcma':
      return {
        at,
        fires: null,
        value: null,
        threshold: null,
        message: 'the schedule quality check is not available yet: the PMO accepts the action',
      };
    default:
      return null;
  }
}

/** One project's health facts, from every fact source (null when it has no plan). */
async function projectFacts(ctx: ServiceContext, project: FindingProject): Promise<ProjectFacts | null> {
  const now = ctx.now();
  const sections = await Promise.all(FACT_SOURCES.map((s) => s.load(ctx, ctx.store.db, [project], now)));
  const merged = Object.assign({}, ...sections.map((m) => m.get(project.id) ?? {}));
  if (merged.tasks === undefined) return null;
  return { projectId: project.id, state: project.state, ...merged } as ProjectFacts;
}
