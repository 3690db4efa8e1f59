import { randomUUID } from 'node:crypto';
import type { NewLink, NewTask } from '../../src/contracts/index.js';
import type { TestClient } from '../../src/test-support/client.js';

/*
 * A portfolio for the health benchmarks: `projects` executing projects of `tasks` tasks each
 * (summaries of 20, children chained finish-to-start, a milestone closing each phase), baselined,
 * then given progress to a status date and, for every third project, a slip on an early task, so
 * the metrics have work to do and the dashboard shows every colour. Built through the API, four
 * projects at a time. Deterministic apart from ids.
 */

const START = '2027-01-04';

function planOf(size: number): { tasks: NewTask[]; links: NewLink[] } {
  const tasks: NewTask[] = [];
  const links: NewLink[] = [];
  let summary = '';
  let previous: string | null = null;
  for (let i = 0; i < size; i++) {
    const id = randomUUID();
    if (i % 20 === 0) {
      summary = id;
      tasks.push({ id, name: `Phase ${i / 20 + 1}` });
      continue;
    }
    const milestone = i % 20 === 19;
    tasks.push({
      id,
      name: milestone ? `Gate ${Math.ceil(i / 20)}` : `Task ${i + 1}`,
      parentId: summary,
      durationMinutes: milestone ? 0 : 480 * (1 + (i % 3)),
      milestone,
    });
    if (previous) links.push({ predecessorId: previous, successorId: id, type: 'FS', lagKind: 'working', lag: 0 });
    previous = id;
  }
  return { tasks, links };
}

async function must<T extends { status: number; body: unknown }>(what: string, r: Promise<T>): Promise<T> {
  const res = await r;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res;
}

async function seedProject(pmo: TestClient, n: number, tasks: number, portfolioId: string): Promise<void> {
  const p = (
    await must(
      'project',
      pmo.post('/api/projects', {
        name: `Health bench ${n}`,
        plannedStart: START,
        plannedFinish: '2028-07-31',
        portfolioId,
      }),
    )
  ).body as { id: string; version: number };
  const plan = planOf(tasks);
  const written = await must(
    'tasks',
    pmo.post(`/api/projects/${p.id}/tasks`, { version: 1, tasks: plan.tasks, links: plan.links }),
  );
  let planVersion = (written.body as { plan: { version: number } }).plan.version;
  await must('baseline', pmo.post(`/api/projects/${p.id}/baselines`, { name: 'Approved plan' }));
  let version = p.version;
  for (const to of ['approved', 'planning', 'executing']) {
    version = (await must(to, pmo.post(`/api/projects/${p.id}/transitions`, { to, version }))).body.version as number;
  }
  const progress = plan.tasks
    .filter((t) => t.parentId && !t.milestone)
    .slice(0, Math.floor(tasks / 6))
    .map((t, i) => ({ id: t.id as string, percentComplete: i % 4 === 3 ? 60 : 100 }));
  const done = await must(
    'progress',
    pmo.patch(`/api/projects/${p.id}/tasks`, { version: planVersion, tasks: progress }),
  );
  planVersion = (done.body as { plan: { version: number } }).plan.version;
  const status = await must(
    'status date',
    pmo.patch(`/api/projects/${p.id}/schedule`, { version: planVersion, statusDate: '2027-02-15T17:00' }),
  );
  planVersion = (status.body as { plan: { version: number } }).plan.version;
  if (n % 3 === 0) {
    // The first task not yet started: a slip there moves everything behind it.
    const slipDays = 2 + (n % 7) * 3;
    const first = plan.tasks.filter((t) => t.parentId && !t.milestone)[progress.length] as NewTask;
    await must(
      'slip',
      pmo.patch(`/api/projects/${p.id}/tasks/${first.id}`, {
        version: planVersion,
        durationMinutes: (first.durationMinutes ?? 480) + slipDays * 480,
      }),
    );
  }
}

/** Seeds `projects` projects of `tasks` tasks into a new portfolio; reports progress every 50. */
export async function seedHealthPortfolio(
  pmo: TestClient,
  projects: number,
  tasks: number,
  log: (line: string) => void = () => {},
): Promise<string> {
  const portfolio = await must('portfolio', pmo.post('/api/portfolios', { name: `Health bench ${Date.now()}` }));
  const portfolioId = (portfolio.body as { id: string }).id;
  let next = 0;
  const worker = async () => {
    for (let n = next++; n < projects; n = next++) {
      await seedProject(pmo, n, tasks, portfolioId);
      if ((n + 1) % 50 === 0) log(`seeded ${n + 1}/${projects} projects`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return portfolioId;
}
