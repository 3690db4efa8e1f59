import type { Generated } from 'kysely';

/** Row shapes of every table. Timestamps are ISO 8601 text and flags 0/1 integers, so one schema serves SQLite and PostgreSQL. */
export interface Database {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  login_failures: LoginFailureRow;
  login_locks: LoginLockRow;
  portfolios: PortfolioRow;
  projects: ProjectRow;
  project_members: ProjectMemberRow;
  audit_log: AuditRow;
  calendars: CalendarRow;
  plans: PlanRow;
  tasks: TaskRow;
  links: LinkRow;
  plan_history: PlanHistoryRow;
  scenarios: ScenarioRow;
  baselines: BaselineRow;
  baseline_tasks: BaselineTaskRow;
  jobs: JobRow;
  job_files: JobFileRow;
  outbox_events: OutboxEventTable;
  webhook_endpoints: WebhookEndpointRow;
  webhook_deliveries: WebhookDeliveryRow;
  webhook_attempts: WebhookAttemptRow;
  notifications: NotificationRow;
  notification_preferences: NotificationPreferenceRow;
  health_rule_sets: HealthRuleSetRow;
  health_overrides: HealthOverrideRow;
  health_snapshots: HealthSnapshotRow;
  health_stale: HealthStaleRow;
  schedule_quality: ScheduleQualityRow;
  corrective_actions: CorrectiveActionRow;
  decisions: DecisionRow;
  decision_links: DecisionLinkRow;
  reporting_settings: ReportingSettingsRow;
  status_reports: StatusReportRow;
  status_report_reminders: StatusReportReminderRow;
  resources: ResourceRow;
  assignments: AssignmentRow;
  resource_requests: ResourceRequestRow;
  resource_settings: ResourceSettingsRow;
  cost_categories: CostCategoryRow;
  expenses: ExpenseRow;
  timesheets: TimesheetRow;
  timesheet_lines: TimesheetLineRow;
  status_period_settings: StatusPeriodSettingsRow;
  closed_periods: ClosedPeriodRow;
  evm_snapshots: EvmSnapshotRow;
  project_budgets: ProjectBudgetRow;
  project_budget_lines: ProjectBudgetLineRow;
  budget_versions: BudgetVersionRow;
  budget_version_lines: BudgetVersionLineRow;
  portfolio_budgets: PortfolioBudgetRow;
  portfolio_budget_lines: PortfolioBudgetLineRow;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  active: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string;
  user_agent: string;
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** JSON array of token scopes ("read", "write", "admin"). */
  scopes: string;
}

/** One row per sign-in email, upserted to lock it while an attempt is counted and reserved. */
export interface LoginLockRow {
  email: string;
  at: string;
}

export interface LoginFailureRow {
  id: string;
  email: string;
  ip: string;
  at: string;
}

export interface PortfolioRow {
  id: string;
  name: string;
  description: string;
  owner_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ProjectRow {
  id: string;
  code: string;
  name: string;
  objective: string;
  in_scope: string;
  out_of_scope: string;
  client: string;
  sponsor: string;
  manager_id: string | null;
  portfolio_id: string | null;
  state: string;
  planned_start: string | null;
  planned_finish: string | null;
  budget_minor: number;
  currency: string;
  priority: number;
  /** JSON array of strings. */
  tags: string;
  /** An open request that the PMO approve this proposal (ISO timestamp, user id, note); null when none. */
  approval_requested_at: string | null;
  approval_requested_by: string | null;
  approval_note: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ProjectMemberRow {
  project_id: string;
  user_id: string;
  relation: string;
  added_at: string;
}

export interface AuditRow {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  project_id: string | null;
  /** JSON object: field -> {before, after}. */
  changes: string;
}

/** A working calendar; organisation-wide when project_id is null. */
export interface CalendarRow {
  id: string;
  project_id: string | null;
  name: string;
  /** JSON of contracts' CalendarFields (week, exceptions, work weeks, hours per day/week, days per month). */
  definition: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One project's plan settings. Dates here and in tasks are minutes since 1970-01-01T00:00 local time. */
export interface PlanRow {
  project_id: string;
  version: number;
  project_start: number;
  status_date: number | null;
  default_calendar_id: string;
  /** JSON of the engine's scheduling options besides the dates (flavour, float mode, lag calendar…). */
  options: string;
  project_finish: number | null;
  task_count: number;
  updated_at: string;
  /**
   * The version whose schedule the tasks' computed columns hold; behind `version` when edits wrote
   * only the rows whose inputs changed (migration 0010).
   */
  schedule_version: number;
}

/** One step of a user's undo history on a plan; JSON text in ops, inverse and image (see migration 0007). */
export interface PlanHistoryRow {
  id: string;
  project_id: string;
  user_id: string;
  /** The plan version the edit first produced: orders one user's steps. */
  seq: number;
  label: string;
  /** 'done' (undo takes it back) or 'undone' (redo applies it again). */
  state: string;
  ops: string;
  inverse: string;
  image: string;
  version_before: number;
  version_after: number;
  created_at: string;
  updated_at: string;
}

/** A user's private what-if branch of a plan; `steps` is JSON text (see migration 0009). */
export interface ScenarioRow {
  id: string;
  project_id: string;
  owner_id: string;
  name: string;
  /** The live plan version the scenario was opened on. */
  base_version: number;
  steps: string;
  op_count: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A task; `position` orders the WBS (gaps allowed), the early_/late_/float/critical/summary columns are the engine's results. */
export interface TaskRow {
  id: string;
  project_id: string;
  parent_id: string | null;
  position: number;
  name: string;
  notes: string;
  duration_minutes: number;
  elapsed: number;
  /** 0: no; 1: a milestone (MS Project's, or P6's start milestone); 2: P6's finish milestone. */
  milestone: number;
  calendar_id: string | null;
  constraint_type: string;
  constraint_date: number | null;
  deadline: number | null;
  actual_start: number | null;
  actual_finish: number | null;
  percent_complete: number;
  remaining_minutes: number | null;
  responsible_id: string | null;
  early_start: number | null;
  early_finish: number | null;
  late_start: number | null;
  late_finish: number | null;
  total_float: number | null;
  free_float: number | null;
  critical: number;
  summary: number;
  /** fixedUnits, fixedWork, fixedDuration (MS Project). */
  task_type: string;
  effort_driven: number;
  /** 0–1000, 500 by default (MS Project); leveling delays lower priorities first. */
  priority: number;
  /** Working minutes on the task's calendar that leveling delayed the task by; 0 when not leveled. */
  leveling_delay_minutes: number;
  /** Minor units of the project currency (migration 0017). */
  fixed_cost_minor: number;
  /** start, prorated, end. */
  fixed_cost_accrual: string;
  /** 0–100, entered (earned value's "physical" method). */
  physical_percent_complete: number;
  /** How the task earns value; null: the project's method. */
  ev_method: string | null;
}

/** A dependency between two tasks of one project. */
export interface LinkRow {
  id: string;
  project_id: string;
  predecessor_id: string;
  successor_id: string;
  type: string;
  lag_kind: string;
  lag: number;
}

/** A saved baseline (numbered 0-10 per project). */
export interface BaselineRow {
  id: string;
  project_id: string;
  number: number;
  name: string;
  saved_at: string;
  saved_by: string | null;
  project_start: number | null;
  project_finish: number | null;
  task_count: number;
  /** The plan's cost when saved and the project's cost per day (JSON array from phased_first_day); null before 0017. */
  cost_minor: number | null;
  phased_first_day: number | null;
  phased_cost: string | null;
}

/** One task's dates in a baseline. */
export interface BaselineTaskRow {
  baseline_id: string;
  task_id: string;
  name: string;
  wbs: string;
  milestone: number;
  start: number | null;
  finish: number | null;
  duration_minutes: number | null;
  /** Cost and work when saved, in total and per day (JSON arrays from phased_first_day); null before 0017. */
  cost_minor: number | null;
  work_minutes: number | null;
  phased_first_day: number | null;
  phased_cost: string | null;
  phased_work: string | null;
}

/** A background job; `input`, `result` and `error` are JSON text. */
export interface JobRow {
  id: string;
  kind: string;
  owner_id: string;
  project_id: string | null;
  state: string;
  progress: number;
  message: string;
  input: string;
  result: string | null;
  error: string | null;
  attempts: number;
  max_attempts: number;
  cancel_requested: number;
  locked_by: string | null;
  locked_until: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

/**
 * The uploaded file a job works on, kept apart from the row and deleted when the job ends. On
 * SQLite the content is stored as the uploaded bytes (a BLOB in the text column): encoding a 50 MB
 * string on the server's thread took most of a second, the worker decodes it instead.
 */
export interface JobFileRow {
  job_id: string;
  name: string;
  content: string | Uint8Array;
}

/** An event of the outbox as stored; `seq` is given by the database on insert. */
export interface OutboxEventTable {
  seq: Generated<number>;
  id: string;
  type: string;
  project_id: string | null;
  portfolio_id: string | null;
  actor_id: string | null;
  /** JSON of the event's versioned payload ({"v":1,...}). */
  payload: string;
  created_at: string;
  /** When the dispatcher fanned it out to deliveries and notifications; null until then. */
  dispatched_at: string | null;
}

/** An outbox event as read back. */
export interface OutboxEventRow extends Omit<OutboxEventTable, 'seq'> {
  seq: number;
}

/** A registered webhook receiver. */
export interface WebhookEndpointRow {
  id: string;
  url: string;
  description: string;
  /** JSON array of event types; ["*"] for every type. */
  event_types: string;
  project_id: string | null;
  portfolio_id: string | null;
  /** The signing secret, as given at creation (needed to sign; never returned after creation). */
  secret: string;
  active: number;
  disabled_reason: string | null;
  /** When its current run of failed attempts began; null while it answers. */
  failing_since: string | null;
  owner_id: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One event to deliver to one endpoint; `state` is pending, succeeded or failed (given up). */
export interface WebhookDeliveryRow {
  id: string;
  endpoint_id: string;
  event_seq: number;
  /** The event's project id, or '' for organisation-wide events: deliveries are ordered per (endpoint, project_key). */
  project_key: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  first_attempt_at: string | null;
  last_attempt_at: string | null;
  response_status: number | null;
  duration_ms: number | null;
  error: string | null;
  locked_by: string | null;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

/** One HTTP attempt of a delivery. */
export interface WebhookAttemptRow {
  id: string;
  delivery_id: string;
  at: string;
  response_status: number | null;
  duration_ms: number;
  error: string | null;
  response_excerpt: string;
  /** 1 when it followed a re-send by hand. */
  manual: number;
}

/** An in-app notification for one user. */
export interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  /** Where in the web app the notification leads (a path such as /projects/{id}). */
  link: string;
  project_id: string | null;
  event_seq: number | null;
  created_at: string;
  read_at: string | null;
}

/** A user's choice for one notification kind on one channel, stored only where it differs from the default. */
export interface NotificationPreferenceRow {
  user_id: string;
  kind: string;
  channel: string;
  enabled: number;
}

/** The organisation's health rules (id 'organisation') or a portfolio's ('portfolio:<id>'); `rules` is JSON. */
export interface HealthRuleSetRow {
  id: string;
  portfolio_id: string | null;
  rules: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** A PM's RAG for one dimension of one project, with the justification. */
export interface HealthOverrideRow {
  project_id: string;
  dimension: string;
  rag: string;
  justification: string;
  by_id: string;
  at: string;
}

/** One evaluation kept for the trend; `dimensions` is JSON of the dimensions with reasons. */
export interface HealthSnapshotRow {
  id: string;
  project_id: string;
  evaluated_at: string;
  overall: string;
  computed_overall: string;
  dimensions: string;
  /** What makes two evaluations the same (RAGs, rules fired): a new row only when it changes. */
  signature: string;
  /** better, worse or same against the snapshot before it. */
  trend: string;
}

/** A project whose health must be evaluated again, since when. */
export interface HealthStaleRow {
  project_id: string;
  since: string;
}

/** A corrective action; `finding`, `reevaluation` and `verification` are JSON, `due_date` YYYY-MM-DD. */
export interface CorrectiveActionRow {
  id: string;
  project_id: string;
  title: string;
  description: string;
  owner_id: string;
  due_date: string;
  status: string;
  finding_kind: string;
  finding: string;
  reevaluation: string | null;
  verification: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A decision in the log (never updated); `options` is a JSON array of strings. */
export interface DecisionRow {
  id: string;
  kind: string;
  title: string;
  context: string;
  options: string;
  decision: string;
  reasons: string;
  decided_by: string;
  decided_at: string;
  created_at: string;
}

/** What a decision is about; `project_id` is the project whose readers may read it (null: the PMO only). */
export interface DecisionLinkRow {
  decision_id: string;
  kind: string;
  item_id: string;
  project_id: string | null;
}

/** A project's failed DCMA checks (JSON [{id, key, name}]) for one plan version and baseline. */
export interface ScheduleQualityRow {
  project_id: string;
  plan_version: number;
  /** The first baseline's id and save time ('' when none): a new or re-saved baseline makes the row stale. */
  baseline_key: string;
  failed: string;
  assessed_at: string;
}

/** A reporting cadence and template, of a portfolio or a project (scope_type 'portfolio' | 'project'). */
export interface ReportingSettingsRow {
  scope_type: string;
  scope_id: string;
  /** none | weekly | fortnightly | monthly. */
  cadence: string;
  /** ISO date the periods are anchored on; null: the Monday on or after the project's planned start. */
  start_date: string | null;
  /** ISO date the cadence was last set: reports are owed for periods ending on or after it. */
  effective_from: string;
  /** JSON list of { key, title }. */
  sections: string;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** A project's status report for one period. */
export interface StatusReportRow {
  id: string;
  project_id: string;
  period_start: string;
  period_end: string;
  /** draft | submitted | reviewed | returned. */
  state: string;
  /** JSON list of { key, title, text }. */
  sections: string;
  /** JSON { dimension: { rag, reason } }. */
  rags: string;
  /** JSON of the figures frozen at the last submit; null before the first. */
  snapshot: string | null;
  /** JSON list of every submit's { at, byId, snapshot, rags }. */
  submissions: string;
  /** JSON list of { kind: review | return, text, at, byId }. */
  comments: string;
  submitted_at: string | null;
  submitted_by: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A reminder sent about a project's report for one period (kind due_soon | overdue). */
export interface StatusReportReminderRow {
  project_id: string;
  period_start: string;
  kind: string;
  sent_at: string;
}

/** A resource of the organisation's pool (see migration 0015); JSON text in the list columns. */
export interface ResourceRow {
  id: string;
  code: string;
  name: string;
  /** person, role, equipment, material, cost. */
  kind: string;
  user_id: string | null;
  email: string;
  department: string;
  role_id: string | null;
  material_unit: string;
  calendar_id: string | null;
  skills: string;
  exceptions: string;
  max_units: string;
  rates: string;
  currency: string;
  /** committed, proposed. */
  booking: string;
  active: number;
  notes: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A resource assigned to a task; plan data, versioned with the plan. */
export interface AssignmentRow {
  id: string;
  project_id: string;
  task_id: string;
  resource_id: string;
  /** A fraction: 1 = 100 %. */
  units: number;
  work_minutes: number;
  actual_work_minutes: number;
  remaining_work_minutes: number | null;
  leveling_delay_minutes: number;
  /** JSON list of StaffingChange. */
  staffing_history: string;
  /** Imported costs in minor units (migration 0016); null or absent when the file had none. */
  budget_cost_minor?: number | null;
  actual_cost_minor?: number | null;
  remaining_cost_minor?: number | null;
}

/** A project manager's request for a resource, answered by the PMO. */
export interface ResourceRequestRow {
  id: string;
  project_id: string;
  assignment_id: string | null;
  resource_id: string;
  units: number;
  from_date: string;
  to_date: string;
  note: string;
  /** open, fulfilled, declined, withdrawn. */
  status: string;
  fulfilled_by_resource_id: string | null;
  answer_note: string;
  requested_by: string;
  answered_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A cost category the PMO keeps (labour, material, ...). */
export interface CostCategoryRow {
  id: string;
  name: string;
  position: number;
  active: number;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Money spent on a project (YYYY-MM-DD date, minor units of the project currency). */
export interface ExpenseRow {
  id: string;
  project_id: string;
  task_id: string | null;
  date: string;
  amount_minor: number;
  category_id: string;
  note: string;
  /** submitted, approved, rejected. */
  status: string;
  entered_by: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A person's week of timesheet lines (week_start: the Monday, YYYY-MM-DD). */
export interface TimesheetRow {
  id: string;
  user_id: string;
  week_start: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Hours on one task in one timesheet week; `minutes` is a JSON array of seven whole numbers (Monday first). */
export interface TimesheetLineRow {
  id: string;
  timesheet_id: string;
  project_id: string;
  task_id: string;
  assignment_id: string | null;
  minutes: string;
  total_minutes: number;
  note: string;
  /** draft, submitted, approved, returned. */
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  comment: string;
  cost_minor: number | null;
}

/** How the PMO reports (one row, id 'organisation'): weekly or monthly periods. */
export interface StatusPeriodSettingsRow {
  id: string;
  /** week, month. */
  cadence: string;
  updated_at: string;
  version: number;
}

/** A status period the PMO closed (dates inclusive, YYYY-MM-DD). */
export interface ClosedPeriodRow {
  id: string;
  cadence: string;
  start: string;
  end: string;
  closed_at: string;
  closed_by: string;
}

/** A project's earned value frozen at a closed period's end; `figures` is the report summary as JSON. */
export interface EvmSnapshotRow {
  period_id: string;
  project_id: string;
  status_date: number;
  bac: number;
  pv: number;
  ev: number;
  ac: number;
  figures: string;
  created_at: string;
}

/** The PMO's capacity settings (one row, id 'organisation'). */
export interface ResourceSettingsRow {
  id: string;
  /** JSON object: lifecycle state -> weight 0..1. */
  state_weights: string;
  unstaffed_weeks: number;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** A project's working budget (minor units of the project currency); absent until its first write. */
export interface ProjectBudgetRow {
  project_id: string;
  /** draft, submitted. */
  status: string;
  contingency_minor: number;
  management_reserve_minor: number;
  submitted_by: string | null;
  submitted_at: string | null;
  submit_reason: string;
  returned_by: string | null;
  returned_at: string | null;
  return_comment: string;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

/** A line of a project's working budget (task_id null: the project as a whole). */
export interface ProjectBudgetLineRow {
  project_id: string;
  position: number;
  category_id: string;
  task_id: string | null;
  amount_minor: number;
  note: string;
}

/** An approved budget of a project, numbered from 1 (the original). */
export interface BudgetVersionRow {
  id: string;
  project_id: string;
  number: number;
  /** original, revision, change. */
  kind: string;
  change_request_id: string | null;
  reason: string;
  submitted_by: string | null;
  submitted_at: string | null;
  approved_by: string;
  approved_at: string;
  approval_note: string;
  currency: string;
  lines_minor: number;
  contingency_minor: number;
  management_reserve_minor: number;
  total_minor: number;
}

/** A line of an approved budget, with its WBS element's code and name at approval. */
export interface BudgetVersionLineRow {
  version_id: string;
  position: number;
  category_id: string;
  task_id: string | null;
  wbs: string | null;
  task_name: string | null;
  amount_minor: number;
  note: string;
}

/** A portfolio's budget header: its currency and version. */
export interface PortfolioBudgetRow {
  portfolio_id: string;
  currency: string;
  updated_by: string | null;
  updated_at: string;
  version: number;
}

/** An amount of a portfolio's budget for one year and cost category. */
export interface PortfolioBudgetLineRow {
  portfolio_id: string;
  year: number;
  category_id: string;
  amount_minor: number;
}
