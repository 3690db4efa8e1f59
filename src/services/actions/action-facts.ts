import { overdueActions } from '../../store/repos/corrective-actions-repo.js';
import type { FactSection, FactSource } from '../health/fact-source.js';
import { byProject } from '../health/plan-facts.js';
import { todayOf } from './action-view.js';

/**
 * Corrective actions' facts for health: each project's overdue actions (due before today, still
 * open or in progress), in one query for any number of projects. Every project gets the section,
 * so a project with none measures 0 rather than "does not apply".
 */
export const actionFacts: FactSource = {
  name: 'actions',
  async load(_ctx, db, projects, now) {
    const rows = byProject(
      await overdueActions(
        db,
        projects.map((p) => p.id),
        todayOf(now),
      ),
    );
    const out = new Map<string, FactSection>();
    for (const p of projects) {
      const overdue = (rows.get(p.id) ?? []).map((r) => ({ id: r.id, title: r.title, due: r.due_date }));
      out.set(p.id, { actions: { overdue } });
    }
    return out;
  },
};
