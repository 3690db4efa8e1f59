import { randomUUID } from 'node:crypto';
import type { NewLink, NewTask } from '../../src/contracts/index.js';
import type { Store } from '../../src/store/db.js';
import { STANDARD_CALENDAR_ID } from '../../src/store/standard-calendar.js';
import { assignmentRow, resourceRow, seedCapacity } from '../../src/test-support/capacity-fixture.js';
import type { TestClient } from '../../src/test-support/client.js';

/*
 * The capacity benchmark's organisation: `resources` resources (5 % generic roles, the rest people
 * with a role, a department and skills; every 10th person on leave for two weeks, every 20th at 50 %
 * from the summer, people on three calendars) and `projects` executing projects of `tasks` tasks
 * (10 chains of finish-to-start tasks of 1–3 weeks, projects starting across the first half of 2027),
 * each task given one or two assignments spread over the pool (about 1.5 per task). Projects and
 * tasks go through the API, resources and assignments straight to the store (their own write routes
 * belong to other features). Deterministic apart from ids.
 */

const START_DAY = Date.UTC(2027, 0, 4) / 86_400_000;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function must<T extends { status: number; body: unknown }>(what: string, r: Promise<T>): Promise<T> {
  const res = await r;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res;
}

function planOf(size: number, rnd: () => number): { tasks: NewTask[]; links: NewLink[] } {
  const tasks: NewTask[] = [];
  const links: NewLink[] = [];
  const chains = 10;
  for (let c = 0; c < chains; c++) {
    let previous: string | null = null;
    for (let i = 0; i < size / chains; i++) {
      const id = randomUUID();
      tasks.push({ id, name: `Chain ${c + 1} task ${i + 1}`, durationMinutes: 2400 * (1 + Math.floor(rnd() * 3)) });
      if (previous) links.push({ predecessorId: previous, successorId: id, type: 'FS', lagKind: 'working', lag: 0 });
      previous = id;
    }
  }
  return { tasks, links };
}

/** Seeds the organisation; returns how many assignments it made. */
export async function seedCapacityOrganisation(
  admin: TestClient,
  store: Store,
  opts: { projects: number; tasks: number; resources: number },
  log: (line: string) => void,
): Promise<number> {
  const rnd = random(11);
  const day = ['08:00-12:00', '13:00-17:00'];
  const calendars = [STANDARD_CALENDAR_ID];
  for (const [name, week] of [
    ['Four-day week', { monday: ['07:00-12:00', '13:00-18:00'], tuesday: day, wednesday: day, thursday: day }],
    [
      'Mornings',
      {
        monday: ['08:00-12:00'],
        tuesday: ['08:00-12:00'],
        wednesday: ['08:00-12:00'],
        thursday: ['08:00-12:00'],
        friday: ['08:00-12:00'],
      },
    ],
  ] as const) {
    calendars.push((await must('calendar', admin.post('/api/calendars', { name, week }))).body.id as string);
  }

  const roles = Math.max(1, Math.round(opts.resources * 0.05));
  const resources = [];
  const roleIds: string[] = [];
  const skills = ['TypeScript', 'SQL', 'Design', 'Testing', 'Planning', 'Welding', 'Survey'];
  const departments = ['Engineering', 'Operations', 'Design', 'Field', ''];
  for (let r = 0; r < opts.resources; r++) {
    const id = randomUUID();
    const role = r < roles;
    if (role) roleIds.push(id);
    resources.push(
      resourceRow({
        id,
        code: `R${r + 1}`,
        name: role ? `Role ${r + 1}` : `Person ${r + 1}`,
        kind: role ? 'role' : 'person',
        role_id: role ? null : (roleIds[r % roles] as string),
        department: departments[r % departments.length] as string,
        calendar_id: r % 7 === 0 ? (calendars[1] as string) : r % 11 === 0 ? (calendars[2] as string) : null,
        skills: JSON.stringify([{ skill: skills[r % skills.length], level: 1 + (r % 5) }]),
        exceptions:
          r % 10 === 0
            ? JSON.stringify([
                {
                  name: 'Leave',
                  from: iso(START_DAY + 7 * (r % 40)),
                  to: iso(START_DAY + 7 * (r % 40) + 13),
                  working: [],
                },
              ])
            : '[]',
        max_units: r % 20 === 0 ? JSON.stringify([{ from: '2027-07-01', unitsPercent: 50 }]) : '[]',
      }),
    );
  }

  const assignments = [];
  for (let p = 0; p < opts.projects; p++) {
    const start = iso(START_DAY + 7 * Math.floor(rnd() * 26));
    const project = (
      await must('project', admin.post('/api/projects', { name: `Capacity bench ${p + 1}`, plannedStart: start }))
    ).body as { id: string; version: number };
    const plan = planOf(opts.tasks, rnd);
    await must(
      'tasks',
      admin.post(`/api/projects/${project.id}/tasks`, { version: 1, tasks: plan.tasks, links: plan.links }),
    );
    let version = project.version;
    for (const to of ['approved', 'planning', 'executing']) {
      version = (await must(to, admin.post(`/api/projects/${project.id}/transitions`, { to, version }))).body
        .version as number;
    }
    for (const t of plan.tasks) {
      const n = rnd() < 0.5 ? 1 : 2;
      for (let k = 0; k < n; k++) {
        const resource = resources[Math.floor(rnd() * resources.length)] as (typeof resources)[number];
        assignments.push(
          assignmentRow({
            id: randomUUID(),
            project_id: project.id,
            task_id: t.id as string,
            resource_id: resource.id,
            units: 1,
            work_minutes: t.durationMinutes ?? 0,
          }),
        );
      }
    }
    if ((p + 1) % 20 === 0) log(`  ${p + 1}/${opts.projects} projects`);
  }
  await seedCapacity(store, resources, assignments);
  return assignments.length;
}
