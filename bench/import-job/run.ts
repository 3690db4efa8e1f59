/**
 * Background import benchmark (hardening issue, point 5): a large MS Project file imported as a
 * job while other users keep reading. Generates a lean MSPDI of 200,000 tasks (about 49 MB, the
 * size of the file in the issue), starts the built server (dist, SQLite, demo data) in its own
 * process, uploads the file and follows the job's event stream to its end, while a second client
 * reads GET /api/projects every 50 ms from the moment the upload starts. Prints the job's phases
 * and duration, and p50/p99/max of those reads, plus the machine.
 *
 *   npm run bench:import-job              # 200,000 tasks
 *   npx tsx bench/import-job/run.ts 50000  # another size (after npm run build:server)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ImportJobAccepted, ImportResult, Job } from '../../src/contracts/index.js';
import { leanMspdi } from '../../src/test-support/mspdi-file.js';

const TASKS = Number(process.argv[2] ?? 200_000);
const SAMPLE_EVERY_MS = 50;
const ADMIN = { email: 'bench@gantry.local', password: 'bench-password-1' };

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number;
let uploadStarted = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/gantry.cjs', 'serve', '--port', String(port)], {
    env: {
      ...process.env,
      GANTRY_DATA_DIR: dataDir,
      GANTRY_ADMIN_EMAIL: ADMIN.email,
      GANTRY_ADMIN_PASSWORD: ADMIN.password,
      GANTRY_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await sleep(100);
  }
  throw new Error('the server did not start');
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/** Reads GET /api/projects every 50 ms until stopped; each read's latency in ms. */
function sampleReads(base: string, cookie: string) {
  const latencies: number[] = [];
  /** Reads of 100 ms or more: when they started (ms since sampling began) and how long they took. */
  const slow: [number, number][] = [];
  const t0 = performance.now();
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`${base}/api/projects`, { headers: { cookie } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET /api/projects answered ${res.status}`);
      const ms = performance.now() - started;
      latencies.push(ms);
      if (ms >= 100) slow.push([started - t0, ms]);
      await sleep(Math.max(0, SAMPLE_EVERY_MS - ms));
    }
  })();
  return {
    latencies,
    slow,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function followJob(base: string, cookie: string, id: string): Promise<Job | null> {
  const res = await fetch(`${base}/api/jobs/${id}/events`, { headers: { cookie } });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let last: Job | null = null;
  let shown = '';
  const t0 = uploadStarted;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return last;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('data: ')) continue;
      const job = JSON.parse(line.slice(6)) as Job;
      last = job;
      if (job.message !== shown) {
        shown = job.message;
        console.log(
          `  ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${(job.progress * 100).toFixed(0).padStart(3)} %  ${job.state}: ${job.message}`,
        );
      }
    }
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'gantry-bench-import-'));
let server: ChildProcess | null = null;
try {
  const tGen = performance.now();
  const xml = leanMspdi(TASKS, `Bench ${TASKS}`);
  console.log(
    `Generated ${TASKS.toLocaleString('en')} tasks, ${(xml.length / 1e6).toFixed(1)} MB, in ${Math.round(performance.now() - tGen)} ms`,
  );
  const port = await freePort();
  server = await startServer(dataDir, port);
  const base = `http://127.0.0.1:${port}`;
  const uploader = await login(base);
  const reader = await login(base);
  // Warm the read path (first compile of the route's queries) before measuring.
  for (let i = 0; i < 10; i++)
    await fetch(`${base}/api/projects`, { headers: { cookie: reader } }).then((r) => r.arrayBuffer());

  const reads = sampleReads(base, reader);
  const t0 = performance.now();
  uploadStarted = t0;
  console.log('Upload started (t = 0 s)');
  const form = new FormData();
  form.set('file', new Blob([xml]), 'bench.xml');
  const res = await fetch(`${base}/api/projects/import`, { method: 'POST', headers: { cookie: uploader }, body: form });
  const accepted = (await res.json()) as ImportJobAccepted;
  const uploadMs = performance.now() - t0;
  if (res.status !== 202) throw new Error(`import answered ${res.status}: ${JSON.stringify(accepted)}`);
  console.log(`Upload answered 202 in ${Math.round(uploadMs)} ms; job ${accepted.job.id}`);
  const end = await followJob(base, uploader, accepted.job.id);
  const totalMs = performance.now() - t0;
  await reads.stop();
  if (end?.state !== 'done') throw new Error(`job ended ${end?.state}: ${JSON.stringify(end?.error)}`);
  const ms = reads.latencies;
  const jobMs = Date.parse(end.finishedAt ?? '') - Date.parse(end.createdAt);
  const result = end.result as { projectId: string; report: ImportResult['report'] };
  console.log(
    `\nJob: ${result.report.taskCount.toLocaleString('en')} tasks, ${result.report.linkCount.toLocaleString('en')} links -> project ${result.projectId}`,
  );
  console.log(
    `Job duration (queued -> done): ${(jobMs / 1000).toFixed(1)} s; upload start -> done: ${(totalMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `GET /api/projects during upload and job: ${ms.length} reads, p50 ${percentile(ms, 0.5).toFixed(1)} ms, p99 ${percentile(ms, 0.99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms, over 100 ms: ${ms.filter((x) => x >= 100).length}`,
  );
  // Where the slow reads fell, to tell the upload from the job's phases (printed above with their times).
  console.log(
    `Slow reads (start s: ms): ${reads.slow.map(([at, d]) => `${(at / 1000).toFixed(1)}: ${Math.round(d)}`).join(', ')}`,
  );
} finally {
  server?.kill('SIGTERM');
  await sleep(500);
  rmSync(dataDir, { recursive: true, force: true });
  const cpu = cpus()[0];
  console.log(
    `\nMachine: ${cpu?.model ?? '?'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}
