import { invalidField } from '../errors.js';
import type { DraftLink } from './plan-draft.js';
import type { LinkFieldValues, NewLinkInput } from './plan-op.js';

/*
 * Links of a draft: both tasks exist, no task depends on itself, at most one link of each type
 * between a pair (Primavera allows an SS and an FF between the same two), and a percentage lag
 * within what MS Project accepts. Cycles are left to the engine, which names the tasks in one.
 */

/** A percentage lag must lie within these bounds (percent of the predecessor's duration). */
const PERCENT_LAG = { min: -100, max: 10_000 } as const;

/** New links checked against the draft's tasks and links; `at` names the list in errors ("links"). */
export function newDraftLinks(
  taskIds: ReadonlySet<string>,
  existing: readonly DraftLink[],
  links: readonly NewLinkInput[],
  at: string,
  newId: () => string,
): DraftLink[] {
  const pairs = new Set(existing.map((l) => `${l.predecessorId}>${l.successorId}:${l.type}`));
  const ids = new Set(existing.map((l) => l.id));
  return links.map((l, i) => {
    const here = `${at}[${i}]`;
    const type = l.type ?? 'FS';
    if (!taskIds.has(l.predecessorId)) {
      throw invalidField(`${here}.predecessorId`, `no task ${l.predecessorId} in this plan`);
    }
    if (!taskIds.has(l.successorId)) throw invalidField(`${here}.successorId`, `no task ${l.successorId} in this plan`);
    if (l.predecessorId === l.successorId) throw invalidField(`${here}.successorId`, 'a task cannot depend on itself');
    const pair = `${l.predecessorId}>${l.successorId}:${type}`;
    if (pairs.has(pair)) throw invalidField(here, `these two tasks are already linked ${type}`);
    pairs.add(pair);
    const fields = { type, lagKind: l.lagKind ?? 'working', lag: l.lag ?? 0 };
    checkLag(fields, `${here}.lag`);
    const id = l.id ?? newId();
    if (ids.has(id)) throw invalidField(`${here}.id`, `a link ${id} already exists`);
    ids.add(id);
    return { id, predecessorId: l.predecessorId, successorId: l.successorId, ...fields };
  });
}

/** The link with `fields` applied, checked; `at` names the fields in errors. */
export function withLinkFields(link: DraftLink, fields: Partial<LinkFieldValues>, at: string): DraftLink {
  const next: DraftLink = {
    ...link,
    type: fields.type ?? link.type,
    lagKind: fields.lagKind ?? link.lagKind,
    lag: fields.lag ?? link.lag,
  };
  checkLag(next, `${at}.lag`);
  return next;
}

function checkLag(l: Pick<LinkFieldValues, 'lagKind' | 'lag'>, at: string): void {
  if (l.lagKind === 'percent' && (l.lag < PERCENT_LAG.min || l.lag > PERCENT_LAG.max)) {
    throw invalidField(at, 'a percentage lag must lie between -100 and 10000');
  }
}
