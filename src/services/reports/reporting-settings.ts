import {
  DEFAULT_REPORT_SECTIONS,
  type PutReportingBody,
  type ReportingSettings,
  type TemplateSection,
} from '../../contracts/index.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { type Actor, isAllowed } from '../../core/permissions.js';
import { ORGANISATION } from '../../core/policy.js';
import { type Cadence, mondayOnOrAfter } from '../../core/reports/reporting-cadence.js';
import * as portfolios from '../../store/repos/portfolios-repo.js';
import type { ProjectView } from '../../store/repos/projects-repo.js';
import * as repo from '../../store/repos/status-reports-repo.js';
import type { ReportingSettingsRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { authorise, projectResource, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { projectEvent } from '../events/outbox.js';
import { findReadableProject, loadProjectFor } from '../project-service.js';
import { runWrite, type WriteRequest } from '../write-pipeline.js';

/*
 * The PMO's reporting cadence and template, per portfolio or per project: a project's own row
 * overrides its portfolio's; with neither, no reports are due and the default template applies.
 */

/** The settings that apply to a project, and where they come from. */
export interface EffectiveReporting {
  readonly cadence: Cadence;
  readonly startDate: string | null;
  /** ISO date the cadence was set; reports are owed from then. */
  readonly effectiveFrom: string;
  readonly sections: readonly TemplateSection[];
  readonly source: 'project' | 'portfolio' | 'default';
}

/** A row's own template; null: the project follows its portfolio's. */
const sectionsOf = (row: ReportingSettingsRow) => JSON.parse(row.sections) as TemplateSection[] | null;

/** The settings in force for a project with these rows (its own, its portfolio's). */
export function effectiveReporting(
  own: ReportingSettingsRow | undefined,
  portfolio: ReportingSettingsRow | undefined,
): EffectiveReporting {
  const row = own ?? portfolio;
  if (!row) {
    return {
      cadence: 'none',
      startDate: null,
      effectiveFrom: '9999-12-31',
      sections: DEFAULT_REPORT_SECTIONS,
      source: 'default',
    };
  }
  return {
    cadence: row.cadence as Cadence,
    startDate: row.start_date,
    effectiveFrom: row.effective_from,
    // A project may set its own cadence yet keep following the PMO's portfolio template.
    sections: sectionsOf(row) ?? (portfolio && sectionsOf(portfolio)) ?? DEFAULT_REPORT_SECTIONS,
    source: own ? 'project' : 'portfolio',
  };
}

/** The day a project's periods are counted from: the cadence's start date, else the Monday on or after its start. */
export function anchorOf(
  eff: EffectiveReporting,
  project: { planned_start: string | null; created_at: string },
): string {
  return eff.startDate ?? mondayOnOrAfter((project.planned_start ?? project.created_at).slice(0, 10));
}

/** The reporting settings of a project (its row and its portfolio's) in force now. */
export async function projectReporting(ex: Executor, project: ProjectView): Promise<EffectiveReporting> {
  const [own, portfolio] = await Promise.all([
    repo.findSettings(ex, 'project', project.id),
    project.portfolio_id ? repo.findSettings(ex, 'portfolio', project.portfolio_id) : Promise.resolve(undefined),
  ]);
  return effectiveReporting(own, portfolio);
}

function view(
  scope: 'portfolio' | 'project',
  scopeId: string,
  own: ReportingSettingsRow | undefined,
  eff: EffectiveReporting,
  mayConfigure: boolean,
): ReportingSettings {
  return {
    scope,
    scopeId,
    cadence: own ? (own.cadence as Cadence) : scope === 'project' ? 'inherit' : 'none',
    startDate: own?.start_date ?? null,
    sections: own ? sectionsOf(own) : scope === 'project' ? null : [...DEFAULT_REPORT_SECTIONS],
    version: own?.version ?? 0,
    effective: { cadence: eff.cadence, startDate: eff.startDate, sections: [...eff.sections], source: eff.source },
    allowedActions: mayConfigure ? ['reporting.configure'] : [],
  };
}

const portfolioNotFound = (id: string) =>
  new DomainError('not_found', `Portfolio ${id} not found`, { entity: 'portfolio', id });

async function loadPortfolio(ex: Executor, actor: Actor, id: string) {
  authorise(actor, 'portfolio.read');
  const visibleTo = isAllowed(actor, 'project.read') ? null : actor.userId;
  const row = await portfolios.findPortfolioView(ex, id, visibleTo);
  if (!row) throw portfolioNotFound(id);
  return row;
}

/** GET /portfolios/{id}/reporting. */
export async function getPortfolioReporting(ctx: ServiceContext, actor: Actor, id: string): Promise<ReportingSettings> {
  await loadPortfolio(ctx.store.db, actor, id);
  const own = await repo.findSettings(ctx.store.db, 'portfolio', id);
  return view('portfolio', id, own, effectiveReporting(own, undefined), isAllowed(actor, 'reporting.configure'));
}

/** GET /projects/{id}/reporting. */
export async function getProjectReporting(ctx: ServiceContext, actor: Actor, id: string): Promise<ReportingSettings> {
  const project = await loadProjectFor(ctx.store.db, actor, id, 'project.read');
  const own = await repo.findSettings(ctx.store.db, 'project', id);
  return view(
    'project',
    id,
    own,
    await projectReporting(ctx.store.db, project),
    isAllowed(actor, 'reporting.configure'),
  );
}

/** The row a PUT leaves (undefined: the project inherits again). */
function nextRow(
  scope: 'portfolio' | 'project',
  scopeId: string,
  before: ReportingSettingsRow | undefined,
  body: PutReportingBody,
  actorId: string,
  now: Date,
): ReportingSettingsRow | undefined {
  if (body.cadence === 'inherit') {
    if (scope === 'portfolio')
      throw invalidField('cadence', 'a portfolio has nothing to inherit from: choose a cadence');
    if (body.sections !== undefined)
      throw invalidField('sections', "inherit follows the portfolio's template too: send no sections with it");
    return undefined;
  }
  if (body.sections === null && scope === 'portfolio')
    throw invalidField('sections', 'a portfolio has no template to follow: list its sections');
  // Omitted: keep the template; a project's first row follows its portfolio's until given its own.
  const sections =
    body.sections !== undefined
      ? body.sections
      : before
        ? sectionsOf(before)
        : scope === 'project'
          ? null
          : DEFAULT_REPORT_SECTIONS;
  const keys = new Set<string>();
  sections?.forEach((s, i) => {
    if (keys.has(s.key)) throw invalidField(`sections.${i}.key`, `"${s.key}" is already the key of another section`);
    keys.add(s.key);
  });
  const startDate = body.startDate === undefined ? (before?.start_date ?? null) : body.startDate;
  const today = now.toISOString().slice(0, 10);
  // A new cadence or anchor owes reports from today on, not for the periods before it was set.
  const changed = !before || before.cadence !== body.cadence || before.start_date !== startDate;
  return {
    scope_type: scope,
    scope_id: scopeId,
    cadence: body.cadence,
    start_date: startDate,
    effective_from: changed ? today : before.effective_from,
    sections: JSON.stringify(sections),
    version: (before?.version ?? 0) + 1,
    updated_at: now.toISOString(),
    updated_by: actorId,
  };
}

async function saveRow(
  trx: Executor,
  scope: 'portfolio' | 'project',
  scopeId: string,
  before: ReportingSettingsRow | undefined,
  next: ReportingSettingsRow | undefined,
): Promise<void> {
  if (!next) {
    await repo.deleteSettings(trx, scope, scopeId);
    return;
  }
  if (!before) await repo.insertSettings(trx, next);
  else if (
    !(await repo.updateSettings(trx, { scopeType: scope, scopeId }, before.version, {
      ...next,
      version: before.version,
    }))
  ) {
    throw versionConflict('reporting settings', scopeId, before.version);
  }
}

const audited = (r: ReportingSettingsRow | undefined) =>
  r ? { cadence: r.cadence, startDate: r.start_date, sections: sectionsOf(r) } : { cadence: 'inherit' };

/** PUT /portfolios/{id}/reporting (PMO). */
export async function putPortfolioReporting(
  req: WriteRequest,
  id: string,
  body: PutReportingBody,
): Promise<ReportingSettings> {
  const { ctx, actor } = req;
  await runWrite(req, {
    guard: () => authorise(actor, 'reporting.configure', ORGANISATION),
    load: async (trx) => {
      await loadPortfolio(trx, actor, id);
      return repo.findSettings(trx, 'portfolio', id);
    },
    version: { entity: 'reporting settings', id, of: (before) => before?.version ?? 0 },
    async apply(trx, before) {
      const next = nextRow('portfolio', id, before, body, actor.userId, ctx.now());
      await saveRow(trx, 'portfolio', id, before, next);
      return next;
    },
    audit: (before, after) => ({
      action: 'reporting.update',
      entityType: 'reporting_settings',
      entityId: id,
      before: before ? audited(before) : null,
      after: audited(after),
    }),
    events: (_before, after) => [
      {
        type: 'reporting.changed',
        projectId: null,
        portfolioId: id,
        payload: { v: 1, portfolioId: id, cadence: after?.cadence },
      },
    ],
  });
  return getPortfolioReporting(ctx, actor, id);
}

/** PUT /projects/{id}/reporting (PMO): the project's own cadence and template (null: the portfolio's), or `inherit`. */
export async function putProjectReporting(
  req: WriteRequest,
  id: string,
  body: PutReportingBody,
): Promise<ReportingSettings> {
  const { ctx, actor } = req;
  await runWrite(req, {
    load: async (trx) => {
      const project = await findReadableProject(trx, actor, id);
      return { project, row: await repo.findSettings(trx, 'project', id) };
    },
    authorise: ({ project }) => authorise(actor, 'reporting.configure', projectResource(actor, project)),
    version: { entity: 'reporting settings', id, of: ({ row }) => row?.version ?? 0 },
    async apply(trx, { row }) {
      const next = nextRow('project', id, row, body, actor.userId, ctx.now());
      await saveRow(trx, 'project', id, row, next);
      return next;
    },
    audit: ({ row }, after) => ({
      action: 'reporting.update',
      entityType: 'reporting_settings',
      entityId: id,
      projectId: id,
      before: audited(row),
      after: audited(after),
    }),
    events: ({ project }, after) => [
      projectEvent('reporting.changed', project, { cadence: after?.cadence ?? 'inherit' }),
    ],
  });
  return getProjectReporting(ctx, actor, id);
}
