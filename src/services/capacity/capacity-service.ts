import type { CapacityCell, CapacityCellQuery, CapacityQuery, CapacityView } from '../../contracts/capacity.js';
import { cellItems } from '../../core/capacity/cell.js';
import { type CapacityRow, capacityRows, groupsOf, isOverallocated } from '../../core/capacity/grid.js';
import { type CapacityPeriod, type CapacityUnit, MAX_PERIODS, periodCount } from '../../core/capacity/periods.js';
import { DomainError, invalidField } from '../../core/errors.js';
import type { Actor } from '../../core/permissions.js';
import { formatLocalDate, parseLocalDateTime } from '../../core/schedule/index.js';
import { taskNames } from '../../store/repos/capacity-repo.js';
import { findPortfolioRow } from '../../store/repos/portfolios-repo.js';
import { requireAllowed } from '../access.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import { type CapacityModel, loadCapacityModel, todayOf } from './capacity-model.js';

/** Days of the default view of each unit, from today. */
const DEFAULT_SPAN_DAYS: Readonly<Record<CapacityUnit, number>> = { day: 41, week: 26 * 7 - 1, month: 364 };

const dayOf = (date: string): number => Math.floor((parseLocalDateTime(date) as number) / 1440);

function periodWire(p: CapacityPeriod) {
  return { start: formatLocalDate(p.startDay), end: formatLocalDate(p.endDay - 1), label: p.label };
}

/** The view's range: defaults from today, `to` not before `from`, at most MAX_PERIODS periods. */
function rangeOf(ctx: ServiceContext, q: CapacityQuery): { fromDay: number; toDay: number } {
  const fromDay = q.from ? dayOf(q.from) : todayOf(ctx.now());
  const toDay = q.to ? dayOf(q.to) : fromDay + DEFAULT_SPAN_DAYS[q.unit];
  if (toDay < fromDay) throw invalidField('to', 'must not be before from');
  const max = MAX_PERIODS[q.unit];
  if (periodCount(q.unit, fromDay, toDay) > max) {
    throw invalidField('to', `a ${q.unit} view holds at most ${max} periods; choose an earlier date or a larger unit`);
  }
  return { fromDay, toDay };
}

/**
 * Who may see what: a view across projects needs capacity.read (a portfolio that does not exist is
 * a 404); a project's view needs capacity.project.read on it (404 when the project is not theirs to
 * read). A project's view counts every project's demand, whatever portfolio is asked.
 */
async function authoriseView(ctx: ServiceContext, actor: Actor, q: Pick<CapacityQuery, 'projectId' | 'portfolioId'>) {
  const db = ctx.store.db;
  if (q.projectId !== undefined) {
    await loadProjectFor(db, actor, q.projectId, 'capacity.project.read');
    return { projectId: q.projectId, portfolioId: undefined };
  }
  requireAllowed(actor, 'capacity.read');
  if (q.portfolioId !== undefined && !(await findPortfolioRow(db, q.portfolioId))) {
    throw new DomainError('not_found', `Portfolio ${q.portfolioId} not found`, {
      entity: 'portfolio',
      id: q.portfolioId,
    });
  }
  return { projectId: undefined, portfolioId: q.portfolioId };
}

async function modelFor(ctx: ServiceContext, actor: Actor, q: CapacityQuery) {
  const scope = await authoriseView(ctx, actor, q);
  const range = rangeOf(ctx, q);
  const model = await loadCapacityModel(ctx, ctx.store.db, { unit: q.unit, ...range, ...scope });
  return { scope, range, model };
}

/** GET /api/capacity. */
export async function getCapacity(ctx: ServiceContext, actor: Actor, q: CapacityQuery): Promise<CapacityView> {
  const { scope, range, model } = await modelFor(ctx, actor, q);
  return {
    groupBy: q.groupBy,
    unit: q.unit,
    from: formatLocalDate(range.fromDay),
    to: formatLocalDate(range.toDay),
    portfolioId: scope.portfolioId ?? null,
    projectId: scope.projectId ?? null,
    periods: model.periods.map(periodWire),
    rows: capacityRows(model.matrix, q.groupBy),
  };
}

function cellRow(model: CapacityModel, q: CapacityCellQuery): CapacityRow {
  const row = capacityRows(model.matrix, q.groupBy).find((r) => r.key === q.key);
  if (!row)
    throw new DomainError('not_found', `No ${q.groupBy} row "${q.key}" in this view`, {
      entity: 'capacity row',
      id: q.key,
    });
  return row;
}

/** GET /api/capacity/cell: the tasks and projects behind one row's one period. */
export async function getCapacityCell(ctx: ServiceContext, actor: Actor, q: CapacityCellQuery): Promise<CapacityCell> {
  // A view of the one period holding `period`.
  const { scope, model } = await modelFor(ctx, actor, { ...q, from: q.period, to: q.period });
  const period = model.periods[0] as CapacityPeriod;
  const row = cellRow(model, q);
  const members = new Set(row.resourceIds);
  const names = new Map(model.resources.map((r) => [r.id, r.name]));
  const m = model.matrix;
  const resources = model.resources
    .filter((r) => members.has(r.id))
    .map((r) => {
      const i = m.rowOf.get(r.id) as number;
      const supplies = groupsOf(r, q.groupBy, (id) => names.get(id)).some((g) => g.supplies);
      const capacityMinutes = supplies ? (m.capacity[i] as number) : 0;
      const demandMinutes = m.demand[i] as number;
      return {
        id: r.id,
        name: r.name,
        capacityMinutes: Math.round(capacityMinutes),
        demandMinutes: Math.round(demandMinutes),
        overallocated: supplies && isOverallocated(capacityMinutes, demandMinutes),
      };
    });
  let otherProjectsMinutes = 0;
  const named = [];
  for (const item of cellItems(model.demand, members, period)) {
    // A manager sees the load their people carry elsewhere, but not what it is.
    if (scope.projectId !== undefined && item.projectId !== scope.projectId) otherProjectsMinutes += item.minutes;
    else named.push(item);
  }
  const taskName = new Map(
    (
      await taskNames(
        ctx.store.db,
        named.map((i) => i.taskId),
      )
    ).map((t) => [t.id, t.name]),
  );
  const items: CapacityCell['items'] = [];
  for (const item of named) {
    const project = model.projects.get(item.projectId);
    items.push({
      projectId: item.projectId,
      projectCode: project?.code ?? '',
      projectName: project?.name ?? '',
      taskId: item.taskId,
      taskName: taskName.get(item.taskId) ?? '',
      resourceId: item.resourceId,
      resourceName: names.get(item.resourceId) ?? '',
      minutes: Math.round(item.minutes),
      weightPercent: Math.round((project?.weight ?? 1) * 100),
    });
  }
  return {
    key: row.key,
    name: row.name,
    period: periodWire(period),
    capacityMinutes: row.capacityMinutes[0] as number,
    demandMinutes: row.demandMinutes[0] as number,
    overallocated: row.overallocated[0] as boolean,
    resources,
    items,
    otherProjectsMinutes: Math.round(otherProjectsMinutes),
  };
}
