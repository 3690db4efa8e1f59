/** Row shapes of every table. Timestamps are ISO 8601 text and flags 0/1 integers, so one schema serves SQLite and PostgreSQL. */
export interface Database {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  login_failures: LoginFailureRow;
  portfolios: PortfolioRow;
  projects: ProjectRow;
  project_members: ProjectMemberRow;
  audit_log: AuditRow;
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
