import { Server as HttpServer } from 'node:http';
import { type ServerType, serve } from '@hono/node-server';
import { pino } from 'pino';
import type { Config } from './config.js';
import { createApp } from './server/app.js';
import { EventDispatcher } from './server/events/event-dispatcher.js';
import { JobRunner } from './server/jobs/job-runner.js';
import { ReportReminderSweep } from './server/report-reminder-sweep.js';
import { ensureFirstAdmin, type FirstAdmin } from './services/bootstrap.js';
import { createContext, type ServiceContext } from './services/context.js';
import { loadDemoData } from './services/demo-data.js';
import { openStore, type Store } from './store/db.js';
import { migrateToLatest } from './store/migrate.js';
import { withStartupLock } from './store/startup-lock.js';
import { startWalCheckpointer } from './store/wal-checkpointer.js';
import { VERSION } from './version.js';

/** A running Gantry: where it listens, what start-up created, and how to stop it. */
export interface RunningGantry {
  readonly url: string;
  readonly port: number;
  readonly ctx: ServiceContext;
  readonly firstAdmin: FirstAdmin | null;
  readonly demoLoaded: boolean;
  close(): Promise<void>;
}

/** Opens the store named by the config and applies pending migrations. */
export async function openMigratedStore(config: Config, store?: Store): Promise<Store> {
  const s = store ?? openStore(config);
  await withStartupLock(s, () => migrateToLatest(s));
  return s;
}

/**
 * Wiring: config -> store (migrated) -> first admin and demo data on an empty database -> HTTP.
 * `store` lets tests hand in a database of their own (e.g. a PostgreSQL schema).
 */
export async function startGantry(config: Config, store?: Store): Promise<RunningGantry> {
  const logger = pino({ level: config.logLevel });
  const s = store ?? openStore(config);
  const base = createContext(s, logger);
  const runner =
    config.jobWorkers > 0 ? new JobRunner(base, { size: config.jobWorkers, logLevel: config.logLevel }) : null;
  const ctx: ServiceContext = runner ? { ...base, jobs: runner } : base;
  // One lock around all three: the process that finds the database empty seeds it whole before
  // another node looks, so a second node finds users and loads no second set of demo data.
  const { firstAdmin, demoLoaded } = await withStartupLock(s, async () => {
    await migrateToLatest(s);
    const admin = await ensureFirstAdmin(ctx, { email: config.adminEmail, password: config.adminPassword });
    const demo = admin !== null && config.demo;
    if (demo) await loadDemoData(ctx);
    return { firstAdmin: admin, demoLoaded: demo };
  });

  runner?.start();
  const checkpointer =
    s.location.dialect === 'sqlite' && s.location.file !== ':memory:'
      ? startWalCheckpointer(s.location.file, (message) =>
          logger.warn({ message }, 'checkpointing the SQLite log failed; SQLite checkpoints by itself past 40 MB'),
        )
      : null;
  // Delivering events is background work too: a node that runs no jobs leaves it to those that do.
  const dispatcher = config.jobWorkers > 0 ? new EventDispatcher(ctx) : null;
  const appCtx: ServiceContext = dispatcher ? { ...ctx, events: dispatcher } : ctx;
  // Reminders are background work as well; the sweep is idempotent, so every such node may run it.
  const reminders = config.jobWorkers > 0 ? new ReportReminderSweep(appCtx) : null;
  reminders?.start();
  const stopping = new AbortController();
  const app = createApp(appCtx, VERSION, {
    trustProxy: config.trustProxy,
    importMaxBytes: config.importMaxBytes,
    shutdown: stopping.signal,
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const srv = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(srv));
    srv.once('error', reject);
  });
  // Node closes a kept-alive connection after 5 s idle; a client (a browser, a proxy's pool) that
  // sends on it at that moment gets a reset. Longer than the usual proxy idle timeout (60 s), so
  // the proxy, not Gantry, closes idle connections. Headers must still arrive within their timeout.
  if (server instanceof HttpServer) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  logger.info({ port, db: s.dialect, version: VERSION }, 'gantry started');
  return {
    url: `http://${host}:${port}`,
    port,
    ctx: appCtx,
    firstAdmin,
    demoLoaded,
    close: async () => {
      stopping.abort();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dispatcher?.close();
      await reminders?.close();
      await runner?.close();
      await checkpointer?.close();
      await s.close();
    },
  };
}
