import { randomUUID } from 'node:crypto';
import type { NewLink, NewTask } from '../../src/contracts/index.js';
import type { TestClient } from '../../src/test-support/client.js';

/**
 * Creates a project with `size` tasks: a summary per 50 tasks, its children chained
 * finish-to-start with durations of 1-5 days, every tenth child also linked from the same
 * child of the previous group. Deterministic, so runs compare.
 */
export async function seedPlan(client: TestClient, size: number): Promise<string> {
  const project = await client.post('/api/projects', { name: `Bench ${size}`, plannedStart: '2027-01-04' });
  if (project.status !== 201) throw new Error(`project: ${JSON.stringify(project.body)}`);
  const tasks: NewTask[] = [];
  const links: NewLink[] = [];
  let summary = '';
  let previous: string | null = null;
  let previousGroup: string[] = [];
  let group: string[] = [];
  for (let i = 0; i < size; i++) {
    const id = randomUUID();
    if (i % 50 === 0) {
      summary = id;
      previousGroup = group;
      group = [];
      previous = null;
      tasks.push({ id, name: `Phase ${i / 50 + 1}` });
      continue;
    }
    tasks.push({ id, name: `Task ${i + 1}`, parentId: summary, durationMinutes: 480 * (1 + (i % 5)) });
    if (previous) links.push({ predecessorId: previous, successorId: id, type: 'FS', lagKind: 'working', lag: 0 });
    const k = group.length;
    if (k % 10 === 0 && previousGroup[k]) {
      links.push({
        predecessorId: previousGroup[k] as string,
        successorId: id,
        type: 'FS',
        lagKind: 'working',
        lag: 0,
      });
    }
    group.push(id);
    previous = id;
  }
  const res = await client.post(`/api/projects/${project.body.id}/tasks`, { version: 1, tasks, links });
  if (res.status !== 200) throw new Error(`tasks: ${JSON.stringify(res.body).slice(0, 500)}`);
  return project.body.id;
}
