import type { Lag, Link } from '../schedule/model.js';
import { type QualityCheck, shareOutcome } from './check.js';
import type { QualityContext } from './context.js';

/*
 * Checks 1-4: the network's links. A link between summaries or to a level-of-effort task is not
 * schedule logic (summaries roll up, LOE spans what it hangs on), so none of these counts it.
 */

const lagSign = (lag: Lag | undefined): number =>
  lag === undefined ? 0 : Math.sign(lag.kind === 'percent' ? lag.percent : lag.minutes);

const index = (ctx: QualityContext, id: string) => ctx.indexOf.get(id as never);

/** Links that drive remaining work: both ends real tasks or milestones, the successor not complete. */
export function openLinks(ctx: QualityContext): { link: Link; successor: number }[] {
  const out: { link: Link; successor: number }[] = [];
  for (const link of ctx.plan.links) {
    const p = index(ctx, link.predecessorId);
    const s = index(ctx, link.successorId);
    if (p === undefined || s === undefined) continue;
    const pk = ctx.kinds[p];
    const sk = ctx.kinds[s];
    if (pk === 'summary' || pk === 'levelOfEffort' || sk === 'summary' || sk === 'levelOfEffort') continue;
    if (ctx.complete[s]) continue;
    out.push({ link, successor: s });
  }
  return out;
}

/** 1 Logic: incomplete tasks without a predecessor or without a successor, <= 5 %. */
export const logicCheck: QualityCheck = {
  id: 1,
  key: 'logic',
  name: 'Logic',
  threshold: { operator: '<=', value: 5 },
  measure: (ctx) => {
    const n = ctx.plan.tasks.length;
    const hasPred = new Uint8Array(n);
    const hasSucc = new Uint8Array(n);
    for (const link of ctx.plan.links) {
      const p = index(ctx, link.predecessorId);
      const s = index(ctx, link.successorId);
      if (p === undefined || s === undefined) continue;
      if (ctx.kinds[p] === 'summary' || ctx.kinds[s] === 'summary') continue;
      hasSucc[p] = 1;
      hasPred[s] = 1;
    }
    const missing = ctx.openTasks.filter((i) => !hasPred[i] || !hasSucc[i]);
    return shareOutcome(missing.length, ctx.openTasks.length, missing);
  },
};

/** 2 Leads: links with a negative lag, none allowed. */
export const leadsCheck: QualityCheck = {
  id: 2,
  key: 'leads',
  name: 'Leads',
  threshold: { operator: '<=', value: 0 },
  measure: (ctx) => {
    const links = openLinks(ctx);
    const leads = links.filter((l) => lagSign(l.link.lag) < 0);
    return shareOutcome(
      leads.length,
      links.length,
      leads.map((l) => l.successor),
    );
  },
};

/** 3 Lags: links with a positive lag, <= 5 %. */
export const lagsCheck: QualityCheck = {
  id: 3,
  key: 'lags',
  name: 'Lags',
  threshold: { operator: '<=', value: 5 },
  measure: (ctx) => {
    const links = openLinks(ctx);
    const lags = links.filter((l) => lagSign(l.link.lag) > 0);
    return shareOutcome(
      lags.length,
      links.length,
      lags.map((l) => l.successor),
    );
  },
};

/** 4 Relationship types: finish-to-start links, >= 90 %; the tasks flagged are the successors of the others. */
export const relationshipTypesCheck: QualityCheck = {
  id: 4,
  key: 'relationshipTypes',
  name: 'Relationship types',
  threshold: { operator: '>=', value: 90 },
  measure: (ctx) => {
    const links = openLinks(ctx);
    const fs = links.filter((l) => l.link.type === 'FS').length;
    return shareOutcome(
      fs,
      links.length,
      links.filter((l) => l.link.type !== 'FS').map((l) => l.successor),
    );
  },
};
