import type { Kysely } from 'kysely';

/*
 * Project health (PMO control room):
 * - health_rule_sets: the organisation's rules (id 'organisation', portfolio_id null) and each
 *   portfolio's replacements (id 'portfolio:<id>'), a JSON list; absent rows mean the defaults.
 * - health_overrides: the PM's current RAG per project and dimension, with the justification; its
 *   history is the audit log. It expires at the next status report (decided when evaluating).
 * - health_snapshots: evaluations kept for the trend, one row each time the result changed.
 * - schedule_quality: each project's DCMA checks that failed, for the plan version and baseline
 *   they were assessed on; kept by the background evaluation so the portfolio's health reads
 *   them in one query rather than rescheduling every plan.
 * - health_stale: projects whose health must be evaluated again (marked with the events that
 *   changed them, and for all projects on a schedule); a queue every node may drain. No foreign
 *   key: the mark is written in the fan-out's transaction, which every write waits behind, so it
 *   is a plain upsert; a mark of a project deleted since is cleared unevaluated.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('health_rule_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('portfolio_id', 'text', (c) => c.references('portfolios.id').onDelete('cascade'))
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createTable('health_overrides')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('rag', 'text', (c) => c.notNull())
    .addColumn('justification', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('health_overrides_pk', ['project_id', 'dimension'])
    .execute();
  await db.schema
    .createTable('health_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .addColumn('overall', 'text', (c) => c.notNull())
    .addColumn('computed_overall', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('trend', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('health_snapshots_project')
    .on('health_snapshots')
    .columns(['project_id', 'evaluated_at'])
    .execute();
  await db.schema
    .createTable('schedule_quality')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('plan_version', 'integer', (c) => c.notNull())
    .addColumn('baseline_key', 'text', (c) => c.notNull())
    .addColumn('failed', 'text', (c) => c.notNull())
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('health_stale')
    .addColumn('project_id', 'text', (c) => c.primaryKey())
    .addColumn('since', 'text', (c) => c.notNull())
    .execute();
}
