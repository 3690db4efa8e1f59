/**
 * The server's side of opening a big plan (issue 9): seeds a plan of N tasks (as run.ts does) and
 * times each read the plan view makes, cold (first read after the seed: schedule derived) and
 * warm, with the bytes each answer carries.
 *
 *   npx tsx bench/plan-view/requests.ts 100000 5
 */
import { cpus, loadavg } from 'node:os';
import { startTestServer, TEST_ADMIN } from '../../src/test-support/server.js';
import { seedPlan } from './seed.js';

const size = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const server = await startTestServer({ demo: false, jobWorkers: 0 });
try {
  const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
  const projectId = await seedPlan(admin, size);
  const cookie = admin.sessionCookie ?? '';
  const paths = [
    `/api/projects/${projectId}/tasks?format=columns`,
    `/api/projects/${projectId}/links?format=columns`,
    `/api/projects/${projectId}/links`,
  ];
  for (const path of paths) {
    const times: number[] = [];
    const parse: number[] = [];
    let bytes = 0;
    let status = 0;
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      const res = await fetch(server.url + path, { headers: { cookie, accept: 'application/json' } });
      const text = await res.text();
      times.push(performance.now() - t);
      status = res.status;
      bytes = text.length;
      const p = performance.now();
      JSON.parse(text);
      parse.push(performance.now() - p);
    }
    console.log(
      `${path.replace(projectId, '{id}')}: ${status}, ${(bytes / 1e6).toFixed(2)} MB; first ${times[0]?.toFixed(0)} ms, then median ${median(times.slice(1)).toFixed(0)} ms; JSON.parse (node) ${median(parse).toFixed(0)} ms`,
    );
  }
} finally {
  await server.close();
}
