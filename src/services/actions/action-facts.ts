import { openActions } from '../../store/repos/corrective-actions-repo.js';
import type { FactSection, FactSource } from '../health/fact-source.js';
import { byProject } from '../health/plan-facts.js';
import { todayOf } from './action-view.js';

/**
 * Corrective actions' facts for health: each project's open actions and those overdue (due before
 * today, still open or in progress), in one query for any number of projects. Every project gets
 * the section, so a project with none measures 0 rather than "does not apply".
 */
export const actionFacts: FactSource = {
  name: 'actions',
  async load(_ctx, db, projects, now) {
    const rows = byProject(
      await openActions(
        db,
        projects.map((p) => p.id),
      ),
    );
    const today = todayOf(now);
    const out = new Map<string, FactSection>();
    for (const p of projects) {
      const open = rows.get(p.id) ?? [];
      const overdue = open
        .filter((r) => r.due_date < today)
        .map((r) => ({ id: r.id, title: r.title, due: r.due_date }));
      out.set(p.id, { actions: { open: open.length, overdue } });
    }
    return out;
  },
};
