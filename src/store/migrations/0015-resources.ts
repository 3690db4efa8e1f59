import { type Kysely, sql } from 'kysely';

/*
 * Resources (issue 11): the organisation's pool, assignments of resources to tasks, people
 * requested by project managers, and the PMO's capacity settings.
 *
 * - resources: people (optionally a user), generic roles, equipment, material and cost resources.
 *   Skills, personal calendar exceptions, maximum units over time and cost rates over time are JSON
 *   in text: each is read and written whole with its resource (the capacity view reads the whole
 *   pool anyway), and their shapes are the contracts' (`contracts/resources.ts`).
 * - assignments: plan data like tasks and links (written by plan ops, versioned by the plan, kept in
 *   scenarios and undo). `units` is a fraction (1 = 100 %); work in minutes. `staffing_history` is a
 *   JSON list of the resources an assignment had before (a generic role replaced by a person), with
 *   who replaced it and when. The task's foreign key cascades; the resource's does not: a resource
 *   still assigned cannot be deleted, only deactivated.
 * - resource_requests: a PM asks the PMO for a resource (usually a named person for a generic role);
 *   the PMO fulfils (which staffs the assignment) or declines, with a note.
 * - resource_settings: one row ('organisation'): the weight at which each lifecycle state's demand is
 *   counted in capacity views (proposed projects at 50 % by default), and the look-ahead for the
 *   "unstaffed generic assignments" health metric.
 * - tasks gain MS Project's task type, effort-driven flag, priority (0–1000) and leveling delay
 *   (working minutes on the task's calendar, as leveling stored it; 0 when not leveled).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // person, role, equipment, material, cost
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.unique().references('users.id').onDelete('set null'))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department', 'text', (c) => c.notNull().defaultTo(''))
    // A person's generic role (the role they can staff); null for roles and things.
    .addColumn('role_id', 'text', (c) => c.references('resources.id').onDelete('set null'))
    .addColumn('material_unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('calendar_id', 'text', (c) => c.references('calendars.id'))
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('exceptions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('max_units', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('rates', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    // committed, proposed
    .addColumn('booking', 'text', (c) => c.notNull().defaultTo('committed'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('resources_kind').on('resources').columns(['kind', 'name']).execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id'))
    .addColumn('units', 'double precision', (c) => c.notNull())
    .addColumn('work_minutes', 'integer', (c) => c.notNull())
    .addColumn('actual_work_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('remaining_work_minutes', 'integer')
    .addColumn('leveling_delay_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('staffing_history', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('assignments_project').on('assignments').columns(['project_id', 'task_id']).execute();
  await db.schema.createIndex('assignments_resource').on('assignments').columns(['resource_id']).execute();

  await db.schema
    .createTable('resource_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    // The assignment to staff (usually a generic role's); null for a request for the project at large.
    .addColumn('assignment_id', 'text', (c) => c.references('assignments.id').onDelete('set null'))
    // What is asked for: a role (any person filling it) or a named resource.
    .addColumn('resource_id', 'text', (c) => c.notNull().references('resources.id'))
    .addColumn('units', 'double precision', (c) => c.notNull())
    // YYYY-MM-DD, inclusive.
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // open, fulfilled, declined, withdrawn
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fulfilled_by_resource_id', 'text', (c) => c.references('resources.id'))
    .addColumn('answer_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('resource_requests_status')
    .on('resource_requests')
    .columns(['status', 'project_id'])
    .execute();

  await db.schema
    .createTable('resource_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // JSON object: lifecycle state -> weight 0..1 at which its projects' demand counts.
    .addColumn('state_weights', 'text', (c) => c.notNull())
    .addColumn('unstaffed_weeks', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .alterTable('tasks')
    .addColumn('task_type', 'text', (c) => c.notNull().defaultTo(sql`'fixedUnits'`))
    .execute();
  await db.schema
    .alterTable('tasks')
    .addColumn('effort_driven', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('tasks')
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(500))
    .execute();
  await db.schema
    .alterTable('tasks')
    .addColumn('leveling_delay_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
