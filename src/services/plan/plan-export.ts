import type { ExportQuery } from '../../contracts/index.js';
import type { Actor } from '../../core/permissions.js';
import { wbsOutline } from '../../core/plan/wbs-outline.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { writePlanCsv } from '../../interop/csv-writer.js';
import { writeMspdi } from '../../interop/mspdi/mspdi-writer.js';
import type { MspdiBaseline } from '../../interop/mspdi/mspdi-writer-baselines.js';
import { listBaselines, listBaselineTasks } from '../../store/repos/baselines-repo.js';
import { userNames } from '../../store/repos/plan-repo.js';
import type { Executor } from '../../store/transaction.js';
import type { ServiceContext } from '../context.js';
import { loadProjectFor } from '../project-service.js';
import { outlineNodes } from './plan-change.js';
import { exportPlanResources } from './plan-export-resources.js';
import { calendarsOf, enginePlan } from './plan-model.js';
import { readScheduledPlan } from './plan-schedule.js';

/** A file to download. */
export interface ExportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string;
}

/**
 * The plan as MS Project XML (re-imports with the same tasks, links, calendars and dates, and the
 * assignments with the pool resources they use) or CSV.
 */
export async function exportPlan(
  ctx: ServiceContext,
  actor: Actor,
  projectId: string,
  format: ExportQuery['format'],
): Promise<ExportFile> {
  const db = ctx.store.db;
  const project = await loadProjectFor(db, actor, projectId, 'project.read');
  const { plan, tasks, links, calendars } = await readScheduledPlan(ctx, projectId);
  const outline = wbsOutline(outlineNodes(tasks));
  const engine = enginePlan(plan, tasks, links, calendarsOf(calendars));
  // Only the calendars the plan uses: the organisation's others would come back in as project calendars.
  const used = new Set([
    engine.defaultCalendarId as string,
    ...tasks.flatMap((t) => (t.calendar_id ? [t.calendar_id] : [])),
  ]);
  const withCodes = {
    ...engine,
    calendars: engine.calendars.filter((c) => used.has(c.id)),
    name: project.name,
    tasks: engine.tasks.map((t, i) => ({ ...t, wbsCode: outline.wbs[i] as string })),
  };
  const result = schedulePlan(withCodes);
  const names = await userNames(
    db,
    tasks.flatMap((t) => (t.responsible_id ? [t.responsible_id] : [])),
  );
  const responsible = new Map(
    tasks.flatMap((t) =>
      t.responsible_id && names.has(t.responsible_id) ? [[t.id, names.get(t.responsible_id) as string]] : [],
    ),
  );
  const base = project.code.replace(/[^A-Za-z0-9_-]+/g, '-');
  if (format === 'csv') {
    const rows = new Map(tasks.map((t) => [t.id, { Responsible: responsible.get(t.id) ?? '', Notes: t.notes }]));
    return {
      fileName: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: writePlanCsv(withCodes, result, { rows, bom: true }),
    };
  }
  const notes = new Map(tasks.filter((t) => t.notes !== '').map((t) => [t.id, t.notes]));
  const baselines = await savedBaselines(db, projectId);
  const pool = await exportPlanResources(db, projectId, tasks);
  // Resource calendars ride along (MS Project keeps a calendar per resource); the plan's tasks do not use them.
  const planCalendars = new Set(withCodes.calendars.map((c) => c.id as string));
  const withResources = {
    ...withCodes,
    calendars: [...withCodes.calendars, ...pool.calendars.filter((c) => !planCalendars.has(c.id))],
  };
  return {
    fileName: `${base}.xml`,
    contentType: 'application/xml; charset=utf-8',
    body: writeMspdi(withResources, result, {
      title: project.name,
      notes,
      responsible,
      statusDate: plan.status_date,
      baselines,
      ...(pool.resources.resources.length > 0 || pool.resources.taskRules ? { resources: pool.resources } : {}),
    }),
  };
}

/** The project's saved baselines with each task's dates, for MS Project's Baseline fields. */
async function savedBaselines(db: Executor, projectId: string): Promise<MspdiBaseline[]> {
  const out: MspdiBaseline[] = [];
  for (const b of await listBaselines(db, projectId)) {
    const rows = await listBaselineTasks(db, b.id);
    out.push({
      number: b.number,
      project: { start: b.project_start, finish: b.project_finish, durationMinutes: null },
      tasks: new Map(
        rows.map((r) => [r.task_id, { start: r.start, finish: r.finish, durationMinutes: r.duration_minutes }]),
      ),
    });
  }
  return out;
}
