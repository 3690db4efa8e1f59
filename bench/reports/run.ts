/**
 * Status reports benchmark: health's reporting facts and the reminder sweep over a portfolio.
 * Seeds `projects` approved projects (through the API) in one portfolio with a weekly cadence set
 * 26 weeks ago, and `reports` submitted reports each (straight into the table), then times,
 * median of 7 after one warm-up:
 *   facts   — reportingFacts.load for every project at once (a fixed number of queries)
 *   sweep   — the reminder sweep once everything is already sent (the hourly steady state)
 * and the first sweep, which claims and sends one overdue reminder per project.
 *
 *   npm run bench:reports                 # 1,000 projects × 20 reports on SQLite
 *   npm run bench:reports -- 300 10 --pg  # on PostgreSQL (GANTRY_TEST_PG_URL)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { HealthSubject } from '../../src/services/health/fact-source.js';
import { sweepReportReminders } from '../../src/services/reports/report-reminders.js';
import { reportingFacts } from '../../src/services/reports/reporting-facts.js';
import { startTestServer } from '../../src/test-support/server.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const projects = Number(args[0] ?? 1000);
const reports = Number(args[1] ?? 20);
const dialect = process.argv.includes('--pg') ? 'postgres' : 'sqlite';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const day = (d: Date) => d.toISOString().slice(0, 10);

const server = await startTestServer({ dialect, demo: false, jobWorkers: 0 });
try {
  const admin = await server.login('admin@test.gantry.local', 'admin-password-1');
  const me = (await admin.get('/api/me')).body.user.id as string;
  const portfolioId = (await admin.post('/api/portfolios', { name: 'Reporting bench' })).body.id as string;
  const now = new Date();
  const start = new Date(now.getTime() - 26 * 7 * 86_400_000);
  const t0 = performance.now();
  const subjects: HealthSubject[] = [];
  for (let i = 0; i < projects; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, projects - i) }, async (_, k) => {
        const body = { name: `Bench ${i + k}`, portfolioId, managerId: me, plannedStart: day(start) };
        const p = (await admin.post('/api/projects', body)).body;
        await admin.post(`/api/projects/${p.id}/transitions`, { to: 'approved', version: p.version });
        return p as { id: string; createdAt: string };
      }),
    );
    for (const p of batch)
      subjects.push({
        id: p.id,
        state: 'approved',
        portfolioId,
        plannedStart: day(start),
        plannedFinish: null,
        createdAt: p.createdAt,
      });
  }
  await admin.put(`/api/portfolios/${portfolioId}/reporting`, { cadence: 'weekly', startDate: day(start) });
  const db = server.gantry.ctx.store.db;
  await db
    .updateTable('reporting_settings')
    .set({ effective_from: day(start) })
    .execute();
  const at = now.toISOString();
  for (const s of subjects) {
    const rows = Array.from({ length: reports }, (_, w) => {
      const from = new Date(start.getTime() + w * 7 * 86_400_000);
      return {
        id: crypto.randomUUID(),
        project_id: s.id,
        period_start: day(from),
        period_end: day(new Date(from.getTime() + 6 * 86_400_000)),
        state: 'submitted',
        sections: '[]',
        rags: '{}',
        snapshot: null,
        submissions: '[]',
        comments: '[]',
        submitted_at: at,
        submitted_by: me,
        reviewed_at: null,
        reviewed_by: null,
        created_by: me,
        created_at: at,
        updated_at: at,
        version: 2,
      };
    });
    await db.insertInto('status_reports').values(rows).execute();
  }
  console.log(`seeded ${projects} projects × ${reports} reports in ${Math.round((performance.now() - t0) / 1000)} s`);

  const ctx = server.gantry.ctx;
  const facts: number[] = [];
  let owed = 0;
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    const out = await reportingFacts.load(ctx, db, subjects, now);
    if (i > 0) facts.push(performance.now() - t);
    owed = [...out.values()].filter((f) => (f.reporting?.overdueDays ?? 0) > 0).length;
  }
  const t1 = performance.now();
  const firstSent = await sweepReportReminders(ctx);
  const first = performance.now() - t1;
  const sweeps: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    const sent = await sweepReportReminders(ctx);
    if (sent !== 0) throw new Error(`a repeated sweep sent ${sent} reminders`);
    if (i > 0) sweeps.push(performance.now() - t);
  }
  const cpu = cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? '?';
  console.log(
    `Gantry reports benchmark: node ${process.version}, ${cpus().length}× ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${dialect}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `reporting facts, ${projects} projects (${owed} overdue): median ${median(facts).toFixed(1)} ms  [${facts.map((x) => x.toFixed(0)).join(' ')}]`,
  );
  console.log(`first sweep: ${firstSent} reminders sent in ${first.toFixed(0)} ms`);
  console.log(
    `repeated sweep (nothing to send): median ${median(sweeps).toFixed(1)} ms  [${sweeps.map((x) => x.toFixed(0)).join(' ')}]`,
  );
} finally {
  await server.close();
}
