import type { CreateProjectBody } from '../contracts/index.js';
import type { ProjectState } from '../core/lifecycle.js';
import type { Actor } from '../core/permissions.js';
import type { SystemRole } from '../core/roles.js';
import type { ServiceContext } from './context.js';
import { loadDemoPlan } from './demo-plan.js';
import { putMember } from './member-service.js';
import { createPortfolio } from './portfolio-service.js';
import { createProject, transitionProject } from './project-service.js';
import { createUserUnchecked } from './user-service.js';

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

type DemoProject = Omit<CreateProjectBody, 'managerId' | 'portfolioId'> & {
  manager: number;
  portfolio: 0 | 1;
  state: ProjectState;
};

const PROJECTS: DemoProject[] = [
  {
    code: 'PRJ-0001',
    name: 'Customer portal relaunch',
    objective: 'Self-service portal that halves call-centre volume',
    inScope: 'Account pages, invoices, support tickets',
    outOfScope: 'Mobile apps',
    client: 'Retail division',
    sponsor: 'Chief Digital Officer',
    plannedStart: '2026-02-02',
    plannedFinish: '2026-12-18',
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
    plannedStart: '2026-04-01',
    plannedFinish: '2027-03-31',
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
    plannedStart: '2027-01-11',
    plannedFinish: '2027-10-29',
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
    plannedStart: '2026-09-01',
    plannedFinish: '2027-05-28',
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
    plannedStart: '2025-10-06',
    plannedFinish: '2026-11-30',
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
    plannedStart: '2025-01-13',
    plannedFinish: '2025-12-19',
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
    plannedStart: '2026-03-02',
    plannedFinish: '2026-10-30',
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
    plannedStart: '2027-03-01',
    plannedFinish: '2027-09-30',
    budgetMinor: 92_000_000,
    currency: 'EUR',
    priority: 2,
    tags: ['sustainability'],
    manager: 2,
    portfolio: 1,
    state: 'approved',
  },
];

/** Loads the demo organisation: users in every role, two portfolios, eight projects across the lifecycle. */
export async function loadDemoData(ctx: ServiceContext): Promise<void> {
  const users = [];
  for (const u of DEMO_USERS)
    users.push(await createUserUnchecked(ctx, null, { ...u, password: DEMO_PASSWORD, active: true }));
  const pmo: Actor = { userId: users[0]!.id, role: 'pmo' };
  const portfolios = [
    await createPortfolio(ctx, pmo, {
      name: 'Digital Transformation',
      description: 'Customer-facing and back-office digital initiatives.',
    }),
    await createPortfolio(ctx, pmo, {
      name: 'Infrastructure Renewal',
      description: 'Sites, networks and data centres.',
    }),
  ];
  for (const p of PROJECTS) {
    const { manager, portfolio, state, ...charter } = p;
    let project = await createProject(ctx, pmo, {
      ...charter,
      managerId: users[manager]!.id,
      portfolioId: portfolios[portfolio]!.id,
    });
    for (const to of PATHS[state] ?? []) {
      project = await transitionProject(ctx, pmo, project.id, { to, reason: 'Demo data', version: project.version });
    }
    await putMember(ctx, pmo, project.id, users[3]!.id, { relation: 'team_member' });
    if (p.portfolio === 1) await putMember(ctx, pmo, project.id, users[4]!.id, { relation: 'team_member' });
    if (p.portfolio === 0) await putMember(ctx, pmo, project.id, users[5]!.id, { relation: 'stakeholder' });
    await loadDemoPlan(ctx, pmo, project.id, users[3]!.id, ['executing', 'closing', 'closed'].includes(state));
  }
}
