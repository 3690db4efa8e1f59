import type { DecisionLinkRow, DecisionRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A decision with the name of who decided. */
export interface DecisionView extends DecisionRow {
  decided_by_name: string;
}

/** A decision's link with what the log shows of it. */
export interface DecisionLinkView extends DecisionLinkRow {
  project_code: string | null;
  project_name: string | null;
  action_title: string | null;
}

/** Filters of the decisions log; `visibleTo`: only decisions about projects that user manages or belongs to. */
export interface DecisionFilter {
  readonly visibleTo: string | null;
  readonly projectId?: string | undefined;
  readonly portfolioId?: string | undefined;
  readonly kind?: string | undefined;
  /** ISO instants: decided at or after `from`, before `toExclusive`. */
  readonly from?: string | undefined;
  readonly toExclusive?: string | undefined;
  readonly q?: string | undefined;
  readonly ids?: readonly string[] | undefined;
  readonly limit: number;
  readonly offset: number;
}

function filtered(ex: Executor, f: DecisionFilter) {
  let q = ex.selectFrom('decisions as d').innerJoin('users as u', 'u.id', 'd.decided_by');
  if (f.visibleTo) {
    const who = f.visibleTo;
    q = q.where('d.id', 'in', (eb) =>
      eb
        .selectFrom('decision_links as l')
        .innerJoin('projects as p', 'p.id', 'l.project_id')
        .leftJoin('project_members as m', (j) => j.onRef('m.project_id', '=', 'p.id').on('m.user_id', '=', who))
        .select('l.decision_id')
        .where((w) => w.or([w('p.manager_id', '=', who), w('m.user_id', 'is not', null)])),
    );
  }
  if (f.projectId) {
    const id = f.projectId;
    q = q.where('d.id', 'in', (eb) =>
      eb.selectFrom('decision_links').select('decision_id').where('project_id', '=', id),
    );
  }
  if (f.portfolioId) {
    const id = f.portfolioId;
    q = q.where('d.id', 'in', (eb) =>
      eb
        .selectFrom('decision_links as l')
        .innerJoin('projects as p', 'p.id', 'l.project_id')
        .select('l.decision_id')
        .where('p.portfolio_id', '=', id),
    );
  }
  if (f.ids) q = q.where('d.id', 'in', f.ids);
  if (f.kind) q = q.where('d.kind', '=', f.kind);
  if (f.from) q = q.where('d.decided_at', '>=', f.from);
  if (f.toExclusive) q = q.where('d.decided_at', '<', f.toExclusive);
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or(
        (['d.title', 'd.decision', 'd.context', 'd.reasons'] as const).map((c) =>
          eb(eb.fn('lower', [c]), 'like', like),
        ),
      ),
    );
  }
  return q;
}

/** Decisions by filter, newest first. */
export async function listDecisions(ex: Executor, f: DecisionFilter): Promise<{ rows: DecisionView[]; total: number }> {
  const q = filtered(ex, f);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('d')
    .select('u.name as decided_by_name')
    .orderBy('d.decided_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

/** The links of these decisions, with project codes and action titles. */
export async function linksOf(ex: Executor, decisionIds: readonly string[]): Promise<DecisionLinkView[]> {
  if (decisionIds.length === 0) return [];
  return ex
    .selectFrom('decision_links as l')
    .leftJoin('projects as p', 'p.id', 'l.project_id')
    .leftJoin('corrective_actions as ca', (j) =>
      j.onRef('ca.id', '=', 'l.item_id').on('l.kind', '=', 'corrective_action'),
    )
    .selectAll('l')
    .select(['p.code as project_code', 'p.name as project_name', 'ca.title as action_title'])
    .where('l.decision_id', 'in', decisionIds)
    .orderBy('l.kind')
    .orderBy('p.code')
    .execute();
}

export async function insertDecision(ex: Executor, row: DecisionRow, links: readonly DecisionLinkRow[]): Promise<void> {
  await ex.insertInto('decisions').values(row).execute();
  if (links.length > 0)
    await ex
      .insertInto('decision_links')
      .values([...links])
      .execute();
}

/** The projects of these corrective actions (to link a decision to an action the caller may name). */
export async function actionProjects(
  ex: Executor,
  actionIds: readonly string[],
): Promise<{ id: string; project_id: string }[]> {
  if (actionIds.length === 0) return [];
  return ex.selectFrom('corrective_actions').select(['id', 'project_id']).where('id', 'in', actionIds).execute();
}
