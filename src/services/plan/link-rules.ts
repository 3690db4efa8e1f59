import type { NewLink } from '../../contracts/index.js';
import { invalidField } from '../../core/errors.js';
import type { LinkRow } from '../../store/schema.js';
import type { ServiceContext } from '../context.js';
import type { PlanDraft } from './plan-change.js';

/** Link rows for new links, checked against the draft: both tasks exist, no self-link, no second link of one type between a pair. */
export function newLinkRows(ctx: ServiceContext, draft: PlanDraft, links: readonly NewLink[]): LinkRow[] {
  const tasks = new Set(draft.tasks.map((t) => t.id));
  const pairs = new Set(draft.links.map((l) => `${l.predecessor_id}>${l.successor_id}:${l.type}`));
  const ids = new Set(draft.links.map((l) => l.id));
  return links.map((l, i) => {
    const at = `links[${i}]`;
    if (!tasks.has(l.predecessorId))
      throw invalidField(`${at}.predecessorId`, `no task ${l.predecessorId} in this plan`);
    if (!tasks.has(l.successorId)) throw invalidField(`${at}.successorId`, `no task ${l.successorId} in this plan`);
    if (l.predecessorId === l.successorId) throw invalidField(`${at}.successorId`, 'a task cannot depend on itself');
    const pair = `${l.predecessorId}>${l.successorId}:${l.type}`;
    if (pairs.has(pair)) throw invalidField(at, `these two tasks are already linked ${l.type}`);
    pairs.add(pair);
    if (l.lagKind === 'percent' && (l.lag < -100 || l.lag > 10000)) {
      throw invalidField(`${at}.lag`, 'a percentage lag must lie between -100 and 10000');
    }
    const id = l.id ?? ctx.newId();
    if (ids.has(id)) throw invalidField(`${at}.id`, `a link ${id} already exists`);
    ids.add(id);
    return {
      id,
      project_id: draft.project.id,
      predecessor_id: l.predecessorId,
      successor_id: l.successorId,
      type: l.type,
      lag_kind: l.lagKind,
      lag: l.lag,
    };
  });
}
