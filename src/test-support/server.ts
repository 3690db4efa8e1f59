import { type Config, loadConfig } from '../config.js';
import { type RunningGantry, startGantry } from '../main.js';
import type { DialectName } from '../store/db.js';
import { TestClient } from './client.js';
import { freshDatabase } from './databases.js';

/** Credentials of the admin every test server starts with. */
export const TEST_ADMIN = { email: 'admin@test.gantry.local', password: 'admin-password-1' } as const;

/** A real Gantry HTTP server on a free port over a fresh database, with the demo organisation loaded. */
export interface TestServer {
  readonly url: string;
  readonly gantry: RunningGantry;
  /** A client signed in as `email` (demo password unless given). */
  login(email: string, password?: string): Promise<TestClient>;
  /** A client with no session. */
  anonymous(): TestClient;
  close(): Promise<void>;
}

/** Starts a server; `dialect` picks SQLite (default) or PostgreSQL (needs GANTRY_TEST_PG_URL); `jobWorkers: 0` runs no jobs; `config` overrides settings. */
export async function startTestServer(
  opts: { dialect?: DialectName; demo?: boolean; jobWorkers?: number; config?: Partial<Config> } = {},
): Promise<TestServer> {
  const db = await freshDatabase(opts.dialect ?? 'sqlite', { migrate: false });
  const config = loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      adminEmail: TEST_ADMIN.email,
      adminPassword: TEST_ADMIN.password,
      demo: opts.demo ?? true,
      jobWorkers: opts.jobWorkers ?? 1,
      ...opts.config,
    },
  );
  const gantry = await startGantry(config, db.store);
  const url = `http://127.0.0.1:${gantry.port}`;
  return {
    url,
    gantry,
    anonymous: () => new TestClient(url),
    async login(email, password) {
      const client = new TestClient(url);
      const pw = password ?? (email === TEST_ADMIN.email ? TEST_ADMIN.password : 'gantry-demo');
      const { response, error } = await client.api.POST('/api/auth/login', { body: { email, password: pw } });
      if (response.status !== 200)
        throw new Error(`login as ${email} failed: ${response.status} ${JSON.stringify(error)}`);
      return client;
    },
    async close() {
      await gantry.close().catch(() => {});
      await db.dispose();
    },
  };
}
