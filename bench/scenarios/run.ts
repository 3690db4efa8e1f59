/**
 * Scenario benchmark: the time to answer a scenario's impact (its schedule, and the task and link
 * lists the plan view reads) on a 10,000-task plan holding a 20-op scenario, over HTTP on
 * embedded SQLite (a real server in this process, from source). The plan: 100 summaries of 99 chained tasks, each phase after the one before;
 * the scenario lengthens the first task of 20 phases, so most of the plan moves. Prints median and
 * p90 over the runs, and the machine with its load before and after.
 *
 *   npm run bench:scenarios            # 10,000 tasks
 *   npx tsx bench/scenarios/run.ts 50000
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { TestResponse } from '../../src/test-support/client.js';
import { startTestServer, TEST_ADMIN } from '../../src/test-support/server.js';
import { phasedPlan } from '../support/phased-plan.js';

const TASKS = Number(process.argv[2] ?? 10_000);
const ROUNDS = 21;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadBefore = load();

const server = await startTestServer({ demo: false, jobWorkers: 0 });
const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
const project = (await admin.post('/api/projects', { name: 'Bench', plannedStart: '2030-01-07' })).body;
const url = `/api/projects/${project.id}`;
const { id, tasks, links } = phasedPlan(TASKS, '0190ab00', true);
await must(admin.post(`${url}/tasks`, { version: 1, tasks, links }));

async function must<T = unknown>(request: Promise<TestResponse<T>>): Promise<T> {
  const res = await request;
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

async function measure(name: string, call: () => Promise<TestResponse>) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    await must(call());
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(times.length * p))] as number).toFixed(0);
  console.log(`${name.padEnd(40)} median ${at(0.5).padStart(5)} ms   p90 ${at(0.9).padStart(5)} ms`);
}

const scenario = await must<{ id: string; version: number }>(admin.post(`${url}/scenarios`, { name: 'Bench' }));
const ops = Array.from({ length: 20 }, (_, s) => ({
  op: 'updateTask',
  taskId: id(s * 100 + 1),
  fields: { durationMinutes: 960 },
}));
const edited = await must<{ version: number }>(
  admin.post(`${url}/scenarios/${scenario.id}/ops`, { version: scenario.version, ops }),
);
const impact = await must<{ movedCount: number; finishDeltaMinutes: number }>(
  admin.get(`${url}/scenarios/${scenario.id}/impact`),
);
console.log(
  `Scenario of ${ops.length} ops on ${tasks.length.toLocaleString('en')} tasks, ${links.length.toLocaleString('en')} links: ` +
    `${impact.movedCount.toLocaleString('en')} tasks moved, finish +${impact.finishDeltaMinutes} working minutes`,
);
await measure('GET /scenarios/{sid}/impact', () => admin.get(`${url}/scenarios/${scenario.id}/impact`));
await measure('GET /scenarios/{sid}/schedule', () => admin.get(`${url}/scenarios/${scenario.id}/schedule`));
// What the plan view reads after each edit in a scenario (beside the impact).
await measure('GET /scenarios/{sid}/tasks?format=columns', () =>
  admin.get(`${url}/scenarios/${scenario.id}/tasks?format=columns`),
);
await measure('GET /scenarios/{sid}/links', () => admin.get(`${url}/scenarios/${scenario.id}/links`));
let version = edited.version;
await measure('POST /scenarios/{sid}/ops + /undo (one op)', async () => {
  const added = await must<{ version: number }>(
    admin.post(`${url}/scenarios/${scenario.id}/ops`, {
      version,
      ops: [{ op: 'updateTask', taskId: id(2), fields: { durationMinutes: 240 } }],
    }),
  );
  const res = await admin.post(`${url}/scenarios/${scenario.id}/undo`, { version: added.version });
  version = (res.body as { version: number }).version;
  return res;
});
// What the view does after each edit in a scenario: send it, then read the tasks, links and impact
// of the scenario's new version (each read used to recompute the scenario's plan).
let step = 0;
await measure('one edit, then tasks + links + impact', async () => {
  const added = await must<{ version: number }>(
    admin.post(`${url}/scenarios/${scenario.id}/ops`, {
      version,
      ops: [{ op: 'updateTask', taskId: id(2), fields: { durationMinutes: 240 + 60 * (step++ % 7) } }],
    }),
  );
  version = added.version;
  await must(admin.get(`${url}/scenarios/${scenario.id}/tasks?format=columns`));
  await must(admin.get(`${url}/scenarios/${scenario.id}/links`));
  return admin.get(`${url}/scenarios/${scenario.id}/impact`);
});
await server.close();
const cpu = cpus()[0];
console.log(
  `\nMachine: ${cpu?.model ?? '?'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ` +
    `load ${loadBefore} before, ${load()} after`,
);
