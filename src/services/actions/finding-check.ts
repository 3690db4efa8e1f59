import type { Finding, Reevaluation } from '../../core/actions/corrective-action.js';
import { reevaluateDcmaCheck, reevaluateHealthRule } from '../../core/actions/finding-evaluation.js';
import type { Actor } from '../../core/permissions.js';
import type { ServiceContext } from '../context.js';
import { ruleBook } from '../health/health-rules.js';
import { projectHealthNow } from '../health/health-service.js';
import { projectScheduleQuality } from '../quality/schedule-quality-service.js';

/*
 * Measures an action's finding again when it is marked done: the project's health with the rules
 * that apply to it now (the organisation's, or its portfolio's), or the DCMA assessment of its
 * plan now. Runs before the write's transaction: both settle or reschedule the plan on
 * connections of their own, which a transaction holding SQLite's only connection would wait for.
 * The moment between measuring and recording hides nothing for long: "done" may be asked again.
 */

/** A project as re-evaluation needs it. */
export interface FindingProject {
  readonly id: string;
  readonly portfolioId: string | null;
}

/** The finding measured now, or null for findings nothing measures (variance, manual). */
export async function reevaluateFinding(
  ctx: ServiceContext,
  actor: Actor,
  project: FindingProject,
  finding: Finding,
): Promise<Reevaluation | null> {
  const at = ctx.now().toISOString();
  switch (finding.kind) {
    case 'health': {
      const db = ctx.store.db;
      const [health, rules] = await Promise.all([projectHealthNow(ctx, db, project.id), ruleBook(db)]);
      const rule = rules(project.portfolioId).find((r) => r.id === finding.ruleId);
      return reevaluateHealthRule(health, rule, at);
    }
    case 'dcma': {
      const quality = await projectScheduleQuality(ctx, actor, project.id);
      return reevaluateDcmaCheck(
        quality.checks.find((c) => c.id === finding.checkId),
        at,
      );
    }
    default:
      return null;
  }
}
