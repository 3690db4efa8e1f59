import type { CreateProjectBody } from '../contracts/index.js';
import type { ProjectState } from '../core/lifecycle.js';
import type { Actor } from '../core/permissions.js';
import type { SystemRole } from '../core/roles.js';
import type { ServiceContext } from './context.js';
import { addWorkingDays, lastWorkingDayBefore, startForDay } from './demo-dates.js';
import { DEMO_SLIP_DAYS, demoPlanWorkingDays, loadDemoPlan } from './demo-plan.js';
import { settleOutbox } from './events/fan-out.js';
import { putMember } from './member-service.js';
import { createPortfolio } from './portfolio-service.js';
import { createProject, transitionProject } from './project-service.js';
import { loadDemoPool } from './resources/demo-pool.js';
import { createUserUnchecked } from './user-service.js';
import { unversioned } from './write-pipeline.js';

/** The password of every demo account (documented in README.md). */
export const DEMO_PASSWORD = 'gantry-demo';

/** Demo accounts: one or more in every role. */
export const DEMO_USERS: readonly { email: string; name: string; role: SystemRole }[] = [
  { email: 'pmo@demo.gantry.local', name: 'Priya Okafor', role: 'pmo' },
  { email: 'marco@demo.gantry.local', name: 'Marco Rossi', role: 'project_manager' },
  { email: 'aiko@demo.gantry.local', name: 'Aiko Tanaka', role: 'project_manager' },
  { email: 'lena@demo.gantry.local', name: 'Lena Fischer', role: 'team_member' },
  { email: 'sam@demo.gantry.local', name: 'Sam Carter', role: 'team_member' },
  { email: 'olivia@demo.gantry.local', name: 'Olivia Grant', role: 'stakeholder' },
];

// The path each target state is reached by, through the lifecycle's allowed moves.
const PATHS: Record<string, ProjectState[]> = {
  proposed: [],
  approved: ['approved'],
  planning: ['approved', 'planning'],
  executing: ['approved', 'planning', 'executing'],
  closing: ['approved', 'planning', 'executing', 'closing'],
  closed: ['approved', 'planning', 'executing', 'closing', 'closed'],
  on_hold: ['approved', 'planning', 'on_hold'],
  cancelled: ['cancelled'],
};

type DemoProject = Omit<CreateProjectBody, 'managerId' | 'portfolioId' | 'plannedStart' | 'plannedFinish'> & {
  manager: number;
  portfolio: 0 | 1;
  state: ProjectState;
  /**
   * Which working day of its plan the last working day before today is: a project under way is
   * that far into its plan; a negative day starts it that many working days from now.
   */
  day: number;
};

// Working days of the plan as baselined, and as it turns out once Core services slips.
const PLANNED = demoPlanWorkingDays();
const DONE = PLANNED + DEMO_SLIP_DAYS;
const UNDER_WAY: readonly ProjectState[] = ['executing', 'closing', 'closed'];

const PROJECTS: DemoProject[] = [
  {
    code: 'PRJ-0001',
    name: 'Customer portal relaunch',
    objective: 'Self-service portal that halves call-centre volume',
    inScope: 'Account pages, invoices, support tickets',
    outOfScope: 'Mobile apps',
    client: 'Retail division',
    sponsor: 'Chief Digital Officer',
    day: 23,
    budgetMinor: 185_000_000,
    currency: 'EUR',
    priority: 5,
    tags: ['digital', 'customer'],
    manager: 1,
    portfolio: 0,
    state: 'executing',
  },
  {
    code: 'PRJ-0002',
    name: 'ERP finance module',
    objective: 'Move general ledger and payables to the new ERP',
    inScope: 'GL, AP, reporting',
    outOfScope: 'Payroll',
    client: 'Finance',
    sponsor: 'CFO',
    day: -15,
    budgetMinor: 240_000_000,
    currency: 'EUR',
    priority: 4,
    tags: ['erp', 'finance'],
    manager: 2,
    portfolio: 0,
    state: 'planning',
  },
  {
    code: 'PRJ-0003',
    name: 'Data platform',
    objective: 'One governed analytics platform for all divisions',
    inScope: 'Ingestion, warehouse, catalogue',
    outOfScope: 'Machine learning',
    client: 'Group IT',
    sponsor: 'CIO',
    day: -60,
    budgetMinor: 120_000_000,
    currency: 'EUR',
    priority: 3,
    tags: ['data'],
    manager: 1,
    portfolio: 0,
    state: 'proposed',
  },
  {
    code: 'PRJ-0004',
    name: 'Field service mobile app',
    objective: 'Technicians close work orders on site',
    inScope: 'Android and iOS app, offline mode',
    outOfScope: 'Scheduling engine',
    client: 'Service division',
    sponsor: 'COO',
    day: -40,
    budgetMinor: 64_000_000,
    currency: 'EUR',
    priority: 3,
    tags: ['digital', 'mobile'],
    manager: 2,
    portfolio: 0,
    state: 'on_hold',
  },
  {
    code: 'PRJ-0005',
    name: 'Warehouse automation',
    objective: 'Automated picking in the central warehouse',
    inScope: 'Conveyors, picking robots, WMS integration',
    outOfScope: 'Regional depots',
    client: 'Logistics',
    sponsor: 'COO',
    day: DONE + 5,
    budgetMinor: 410_000_000,
    currency: 'EUR',
    priority: 4,
    tags: ['operations'],
    manager: 1,
    portfolio: 1,
    state: 'closing',
  },
  {
    code: 'PRJ-0006',
    name: 'Data centre consolidation',
    objective: 'Close two data centres, move workloads to one',
    inScope: 'Servers, storage, network',
    outOfScope: 'Desktop support',
    client: 'Group IT',
    sponsor: 'CIO',
    day: 250,
    budgetMinor: 290_000_000,
    currency: 'EUR',
    priority: 3,
    tags: ['infrastructure'],
    manager: 2,
    portfolio: 1,
    state: 'closed',
  },
  {
    code: 'PRJ-0007',
    name: 'Office network refresh',
    objective: 'Replace end-of-life switches and Wi-Fi in 14 offices',
    inScope: 'Switches, access points, cabling',
    outOfScope: 'Telephony',
    client: 'Facilities',
    sponsor: 'CIO',
    day: 33,
    budgetMinor: 38_500_000,
    currency: 'EUR',
    priority: 2,
    tags: ['infrastructure', 'network'],
    manager: 1,
    portfolio: 1,
    state: 'executing',
  },
  {
    code: 'PRJ-0008',
    name: 'Solar roof programme',
    objective: 'Cut grid electricity use by 30 % at three sites',
    inScope: 'Panels, inverters, metering',
    outOfScope: 'Battery storage',
    client: 'Facilities',
    sponsor: 'Head of Sustainability',
    day: -80,
    budgetMinor: 92_000_000,
    currency: 'EUR',
    priority: 2,
    tags: ['sustainability'],
    manager: 2,
    portfolio: 1,
    state: 'approved',
  },
];

/** A demo project placed in time: charter dates matching its plan, and the status date of work under way. */
export interface DemoCharter {
  readonly project: DemoProject;
  readonly plannedStart: string;
  readonly plannedFinish: string;
  /** YYYY-MM-DD, null for projects not started. */
  readonly statusDate: string | null;
}

/**
 * The demo projects as of `today` (YYYY-MM-DD): executing ones part-way through their plans with
 * the status date on the last working day, the closing one just finished, the closed one a year
 * ago, the others starting in the coming weeks and months.
 */
export function demoCharters(today: string): DemoCharter[] {
  const lastWorkingDay = lastWorkingDayBefore(today);
  return PROJECTS.map((project) => {
    const plannedStart = startForDay(today, project.day);
    const finished = addWorkingDays(plannedStart, DONE - 1);
    const underway = UNDER_WAY.includes(project.state);
    return {
      project,
      plannedStart,
      plannedFinish: addWorkingDays(plannedStart, PLANNED - 1),
      // ISO dates compare as text; a project finished before today reports on its last day.
      statusDate: underway ? [finished, lastWorkingDay].sort()[0]! : null,
    };
  });
}

/** Loads the demo organisation: users in every role, two portfolios, eight projects across the lifecycle, placed around today. */
export async function loadDemoData(ctx: ServiceContext): Promise<void> {
  const users = [];
  for (const u of DEMO_USERS)
    users.push(await createUserUnchecked(ctx, null, { ...u, password: DEMO_PASSWORD, active: true }));
  const pmo: Actor = { userId: users[0]!.id, role: 'pmo' };
  const portfolios = [
    await createPortfolio(unversioned(ctx, pmo), {
      name: 'Digital Transformation',
      description: 'Customer-facing and back-office digital initiatives.',
    }),
    await createPortfolio(unversioned(ctx, pmo), {
      name: 'Infrastructure Renewal',
      description: 'Sites, networks and data centres.',
    }),
  ];
  for (const { project: p, plannedStart, plannedFinish, statusDate } of demoCharters(
    ctx.now().toISOString().slice(0, 10),
  )) {
    const { manager, portfolio, state, day: _day, ...charter } = p;
    let project = await createProject(unversioned(ctx, pmo), {
      ...charter,
      plannedStart,
      plannedFinish,
      managerId: users[manager]!.id,
      portfolioId: portfolios[portfolio]!.id,
    });
    const req = unversioned(ctx, pmo);
    await putMember(req, project.id, users[3]!.id, { relation: 'team_member' });
    if (p.portfolio === 1) await putMember(req, project.id, users[4]!.id, { relation: 'team_member' });
    if (p.portfolio === 0) await putMember(req, project.id, users[5]!.id, { relation: 'stakeholder' });
    await loadDemoPlan(ctx, pmo, project.id, users[3]!.id, statusDate);
    // Last: a closed or cancelled project's team and plan no longer change.
    for (const to of PATHS[state] ?? []) {
      project = await transitionProject({ ...req, version: project.version }, project.id, { to, reason: 'Demo data' });
    }
  }
  const today = ctx.now().toISOString().slice(0, 10);
  await loadDemoPool(ctx, pmo, new Map(users.map((u) => [u.email, u.id])), today);
  // Setting up the demo is its history, not news: nobody is notified of it and no webhook exists yet.
  await settleOutbox(ctx);
}
