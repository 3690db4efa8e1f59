import { stringify } from 'csv-stringify/sync';
import type {
  CreateDecisionBody,
  Decision,
  DecisionKind,
  DecisionLink,
  DecisionListQuery,
  DecisionPage,
  PendingDecisionList,
} from '../../contracts/index.js';
import { CreateDecisionBody as CreateSchema } from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import * as repo from '../../store/repos/decisions-repo.js';
import { listProjects } from '../../store/repos/projects-repo.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, projectResource } from '../access.js';
import type { ServiceContext } from '../context.js';
import { findReadableProject } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';
import { type DraftLink, recordDecision } from './decision-record.js';

/*
 * The decisions log. The PMO reads all of it; anyone else reads the decisions about projects they
 * can read. Nothing in it changes once recorded: a decision revisited is a new decision.
 */

const CSV_LIMIT = 10_000;

function filterOf(actor: Actor, q: DecisionListQuery, limit: number, offset: number): repo.DecisionFilter {
  return {
    visibleTo: isAllowed(actor, 'decision.read') ? null : actor.userId,
    projectId: q.projectId,
    portfolioId: q.portfolioId,
    kind: q.kind,
    from: q.from,
    toExclusive: q.to ? nextDay(q.to) : undefined,
    q: q.q,
    limit,
    offset,
  };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A page of the decisions the caller may read, newest first. */
export async function listDecisions(ctx: ServiceContext, actor: Actor, q: DecisionListQuery): Promise<DecisionPage> {
  const { rows, total } = await repo.listDecisions(
    ctx.store.db,
    filterOf(actor, q, q.pageSize, (q.page - 1) * q.pageSize),
  );
  return { items: await withLinks(ctx.store.db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One decision; 404 when the caller may read none of what it is about. */
export async function getDecision(ctx: ServiceContext, actor: Actor, id: string): Promise<Decision> {
  const { rows } = await repo.listDecisions(ctx.store.db, {
    ...filterOf(actor, { page: 1, pageSize: 1 }, 1, 0),
    ids: [id],
  });
  const row = rows[0];
  if (!row) throw new DomainError('not_found', `Decision ${id} not found`, { entity: 'decision', id });
  return (await withLinks(ctx.store.db, [row]))[0] as Decision;
}

/** The decisions matching the filters as CSV (at most 10,000, newest first). */
export async function decisionsCsv(ctx: ServiceContext, actor: Actor, q: DecisionListQuery): Promise<string> {
  const { rows } = await repo.listDecisions(ctx.store.db, filterOf(actor, q, CSV_LIMIT, 0));
  const items = await withLinks(ctx.store.db, rows);
  return stringify(
    items.map((d) => [
      d.decidedAt,
      d.kind,
      d.title,
      d.decision,
      d.options.join('; '),
      d.reasons,
      d.context,
      d.decidedBy.name,
      d.links.map((l) => l.label).join('; '),
    ]),
    {
      header: true,
      columns: ['Decided at', 'Kind', 'Title', 'Decision', 'Options', 'Reasons', 'Context', 'Decided by', 'About'],
    },
  );
}

async function withLinks(ex: Executor, rows: readonly repo.DecisionView[]): Promise<Decision[]> {
  const links = await repo.linksOf(
    ex,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as DecisionKind,
    title: r.title,
    context: r.context,
    options: JSON.parse(r.options) as string[],
    decision: r.decision,
    reasons: r.reasons,
    decidedBy: { id: r.decided_by, name: r.decided_by_name },
    decidedAt: r.decided_at,
    links: links.filter((l) => l.decision_id === r.id).map(linkOf),
  }));
}

function linkOf(l: repo.DecisionLinkView): DecisionLink {
  const project = l.project_code ? `${l.project_code} ${l.project_name}` : 'a deleted project';
  const label =
    l.kind === 'project'
      ? project
      : l.kind === 'approval_request'
        ? `Approval request of ${project}`
        : l.kind === 'corrective_action'
          ? `Corrective action “${l.action_title ?? 'deleted'}”`
          : 'Status report';
  return { kind: l.kind as DecisionLink['kind'], id: l.item_id, projectId: l.project_id, label };
}

/**
 * Records a decision by hand: the PMO about anything, a manager about their own projects (at least
 * one). Linked items must belong to a linked project.
 */
export async function createDecision(req: WriteRequest, body: CreateDecisionBody): Promise<Decision> {
  const { ctx, actor } = req;
  const input = CreateSchema.parse(body);
  const event = await runWrite(req, {
    async load(trx) {
      const projects = [];
      for (const id of new Set(input.projectIds)) projects.push(await findReadableProject(trx, actor, id));
      return projects;
    },
    authorise(projects) {
      if (projects.length === 0) authorise(actor, 'decision.create');
      for (const p of projects) authorise(actor, 'decision.create', projectResource(actor, p));
    },
    async apply(trx, projects) {
      const ids = new Set(projects.map((p) => p.id));
      const links: DraftLink[] = projects.map((p) => ({ kind: 'project', itemId: p.id, projectId: p.id }));
      const actionProjects = new Map(
        (
          await repo.actionProjects(
            trx,
            input.items.filter((i) => i.kind === 'corrective_action').map((i) => i.id),
          )
        ).map((a) => [a.id, a.project_id]),
      );
      input.items.forEach((item, i) => {
        // A status report's project is not known here: it links without granting its readers anything.
        if (item.kind === 'status_report') {
          links.push({ kind: item.kind, itemId: item.id, projectId: null });
          return;
        }
        const projectId = item.kind === 'approval_request' ? item.id : actionProjects.get(item.id);
        if (!projectId || !ids.has(projectId)) {
          throw invalidField(`items.${i}.id`, 'must be an item of one of the linked projects (projectIds)');
        }
        links.push({ kind: item.kind, itemId: item.id, projectId });
      });
      return recordDecision(ctx, trx, actor.userId, {
        kind: 'manual',
        title: input.title,
        context: input.context,
        options: input.options,
        decision: input.decision,
        reasons: input.reasons,
        links,
        portfolioId: projects[0]?.portfolio_id ?? null,
      });
    },
    audit: (_p, e) => ({
      action: 'decision.record',
      entityType: 'decision',
      entityId: e.decisionId,
      projectId: e.projectId,
      before: null,
      after: { title: input.title, decision: input.decision, reasons: input.reasons, options: input.options },
    }),
    events: (_p, e) => [e],
  });
  return getDecision(ctx, actor, event.decisionId);
}

/** Decisions awaiting the PMO: managers' open requests for approval, oldest first, on projects the caller reads. */
export async function pendingDecisions(ctx: ServiceContext, actor: Actor): Promise<PendingDecisionList> {
  const { rows } = await listProjects(ctx.store.db, {
    viewerId: actor.userId,
    visibleTo: isAllowed(actor, 'project.read') ? null : actor.userId,
    approvalRequested: true,
    sort: 'code',
    limit: 500,
    offset: 0,
  });
  const items = rows
    .filter((r) => r.approval_requested_at !== null)
    .map((r) => ({
      kind: 'approval_request' as const,
      projectId: r.id,
      projectCode: r.code,
      projectName: r.name,
      portfolioName: r.portfolio_name,
      requestedAt: r.approval_requested_at as string,
      requestedBy: r.approval_requested_by
        ? { id: r.approval_requested_by, name: r.approval_requested_by_name ?? '' }
        : null,
      note: r.approval_note,
      projectVersion: r.version,
    }))
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  return { items };
}
