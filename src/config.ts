import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ConfigError } from './config-error.js';

export { ConfigError };

/** Gantry's runtime settings. The only module that reads process.env. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** A postgres:// URL selects PostgreSQL; null means embedded SQLite under dataDir. */
  readonly databaseUrl: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly adminEmail: string | null;
  readonly adminPassword: string | null;
  readonly demo: boolean;
  /** Background jobs run at once, each in a worker thread; 0 makes this node run none (others on the database do). */
  readonly jobWorkers: number;
}

/** Settings of the CLI when it talks to a server. */
export interface ClientConfig {
  readonly url: string;
  readonly token: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

function read<T>(env: Env, name: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(name, `${parsed.error.issues[0]?.message ?? 'invalid'} (got '${raw}')`);
  return parsed.data;
}

// 0 asks the OS for any free port (tests and side-by-side instances use it).
const port = z.coerce.number().int('must be a whole number').min(0, 'must be 0-65535').max(65535, 'must be 0-65535');
const pgUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL');
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
  message: 'must be one of fatal, error, warn, info, debug, trace, silent',
});
const bool = z
  .enum(['0', '1', 'true', 'false'], { message: 'must be 0, 1, true or false' })
  .transform((v) => v === '1' || v === 'true');
const jobWorkers = z.coerce.number().int('must be a whole number').min(0, 'must be 0-64').max(64, 'must be 0-64');
const email = z.email({ message: 'must be an email address' });
const password = z.string().min(10, 'must be at least 10 characters');

/** Reads and validates the server's configuration; `overrides` win over the environment (used by tests and the CLI). */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = {
    port: read(env, 'GANTRY_PORT', port, 3000),
    host: read(env, 'GANTRY_HOST', z.string().min(1), '127.0.0.1'),
    dataDir: read(env, 'GANTRY_DATA_DIR', z.string().min(1), './data'),
    databaseUrl: read<string | null>(env, 'GANTRY_DATABASE_URL', pgUrl, null),
    logLevel: read(env, 'GANTRY_LOG_LEVEL', logLevel, 'info'),
    adminEmail: read<string | null>(env, 'GANTRY_ADMIN_EMAIL', email, null),
    adminPassword: read<string | null>(env, 'GANTRY_ADMIN_PASSWORD', password, null),
    demo: read(env, 'GANTRY_DEMO', bool, true),
    // One core stays free for requests: a job is CPU-bound for its whole run.
    jobWorkers: read(env, 'GANTRY_JOB_WORKERS', jobWorkers, Math.max(1, availableParallelism() - 1)),
    ...overrides,
  };
  if ((config.adminEmail === null) !== (config.adminPassword === null)) {
    throw new ConfigError(
      config.adminEmail ? 'GANTRY_ADMIN_PASSWORD' : 'GANTRY_ADMIN_EMAIL',
      'set both GANTRY_ADMIN_EMAIL and GANTRY_ADMIN_PASSWORD, or neither',
    );
  }
  return Object.freeze(config);
}

/** Reads the CLI's server URL and token (GANTRY_URL, GANTRY_TOKEN); flags passed in `overrides` win. */
export function loadClientConfig(
  env: Env = process.env,
  overrides: { url?: string; token?: string } = {},
): ClientConfig {
  const url =
    overrides.url ??
    read(env, 'GANTRY_URL', z.url({ message: 'must be a URL like http://localhost:3000' }), 'http://localhost:3000');
  const parsedUrl = z.url({ message: 'must be a URL like http://localhost:3000' }).safeParse(url);
  if (!parsedUrl.success) throw new ConfigError('--url', parsedUrl.error.issues[0]?.message ?? 'invalid');
  return Object.freeze({ url: url.replace(/\/+$/, ''), token: overrides.token ?? env.GANTRY_TOKEN ?? null });
}

/** The test suite's PostgreSQL URL, when set (GANTRY_TEST_PG_URL). */
export function testPostgresUrl(env: Env = process.env): string | null {
  return env.GANTRY_TEST_PG_URL || null;
}
