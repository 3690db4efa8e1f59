/**
 * Plan view benchmark (issue 4, point 4): how fast the browser opens and scrolls a big plan.
 * Seeds plans of 10,000 and 100,000 tasks (summaries of 50, finish-to-start chains, cross links)
 * through the API into a real server on SQLite, then opens /projects/{id}/plan in Debian's
 * Chromium (headless, 1280×800) and reads the page's own performance marks:
 *   gantry:plan-data  — tasks and links have arrived
 *   gantry:plan-ready — the grid rows and Gantt bars for them are on screen
 * both in ms since navigation start (bundle, session, project, tasks, links, first render). Then it
 * scrolls the grid with the mouse wheel for 3 s and records every animation frame's interval.
 * Before that, it times a one-task edit through the API (reschedule, write, answer) nine times.
 *
 *   npm run build && npx tsx bench/plan-view/run.ts            # 10k ×3 runs, 100k ×1
 *   npx tsx bench/plan-view/run.ts 10000 5                       # one size, five runs
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, signIn } from '../../e2e/support/browser.js';
import { ensureWebBuild } from '../../e2e/support/web-build.js';
import { startTestServer, TEST_ADMIN } from '../../src/test-support/server.js';
import { seedPlan } from './seed.js';

interface Run {
  dataMs: number;
  readyMs: number;
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  longFrames: number;
  domRows: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number;

async function measure(page: Page, url: string): Promise<Run> {
  // tsx names functions with an `__name` helper that does not exist inside the page.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('gantry:plan-ready').length > 0, null, {
    timeout: 120_000,
  });
  const marks = await page.evaluate(() => ({
    data: performance.getEntriesByName('gantry:plan-data')[0]?.startTime ?? Number.NaN,
    ready: performance.getEntriesByName('gantry:plan-ready')[0]?.startTime ?? Number.NaN,
    rows: document.querySelectorAll('[data-row-id]').length,
  }));
  const grid = await page.getByTestId('wbs-grid').boundingBox();
  if (!grid) throw new Error('no grid on the page');
  await page.mouse.move(grid.x + grid.width / 2, grid.y + grid.height / 2);
  await page.evaluate(() => {
    const w = window as unknown as { frameLog: number[] };
    w.frameLog = [];
    let last = performance.now();
    const tick = (now: number) => {
      w.frameLog.push(now - last);
      last = now;
      if (w.frameLog.length < 100_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(16);
  }
  const frames = await page.evaluate(() => (window as unknown as { frameLog: number[] }).frameLog.slice(1));
  return {
    dataMs: marks.data,
    readyMs: marks.ready,
    frames: frames.length,
    medianFrameMs: median(frames),
    p95FrameMs: percentile(frames, 0.95),
    longFrames: frames.filter((f) => f > 50).length,
    domRows: marks.rows,
  };
}

/** Lengthens the second-to-last task nine times, as a planner would, and gives the median round trip in ms. */
async function editLatency(
  client: Awaited<ReturnType<Awaited<ReturnType<typeof startTestServer>>['login']>>,
  projectId: string,
) {
  const plan = await client.get(`/api/projects/${projectId}/tasks`);
  let version = plan.body.plan.version as number;
  const target = plan.body.tasks[plan.body.tasks.length - 2].id as string;
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const t = performance.now();
    const res = await client.patch(`/api/projects/${projectId}/tasks/${target}`, {
      version,
      durationMinutes: 480 * (2 + k),
    });
    times.push(performance.now() - t);
    version = res.body.plan.version;
  }
  return median(times);
}

async function main() {
  const sizes = process.argv[2] ? [Number(process.argv[2])] : [10_000, 100_000];
  const runsArg = process.argv[3] ? Number(process.argv[3]) : undefined;
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await ensureWebBuild();
  const server = await startTestServer({ demo: false });
  const browser = await launchBrowser();
  try {
    const admin = await server.login(TEST_ADMIN.email, TEST_ADMIN.password);
    for (const size of sizes) {
      const t0 = performance.now();
      const projectId = await seedPlan(admin, size);
      console.log(
        `\n${size.toLocaleString('en')} tasks seeded through the API in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
      console.log(
        `  one-task edit through the API (reschedule + write + answer): median ${(await editLatency(admin, projectId)).toFixed(0)} ms of 9`,
      );
      const runs: Run[] = [];
      const count = runsArg ?? (size > 20_000 ? 1 : 3);
      for (let i = 0; i < count; i++) {
        const context = await newContext(browser);
        const page = await context.newPage();
        await signIn(page, server.url, TEST_ADMIN.email, TEST_ADMIN.password);
        const run = await measure(page, `${server.url}/projects/${projectId}/plan`);
        runs.push(run);
        console.log(
          `  run ${i + 1}: data ${run.dataMs.toFixed(0)} ms, ready ${run.readyMs.toFixed(0)} ms; scrolling ${run.frames} frames, median ${run.medianFrameMs.toFixed(1)} ms, p95 ${run.p95FrameMs.toFixed(1)} ms, ${run.longFrames} over 50 ms; ${run.domRows} rows in the DOM`,
        );
        await context.close();
      }
      console.log(
        `  median of ${runs.length}: opens (plan-ready) in ${median(runs.map((r) => r.readyMs)).toFixed(0)} ms, scroll frame median ${median(runs.map((r) => r.medianFrameMs)).toFixed(1)} ms / p95 ${median(runs.map((r) => r.p95FrameMs)).toFixed(1)} ms`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
