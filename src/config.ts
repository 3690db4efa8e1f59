import { isIP } from 'node:net';
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
  /** Which reverse proxies' X-Forwarded-For / X-Forwarded-Proto to believe (GANTRY_TRUST_PROXY). */
  readonly trustProxy: TrustProxy;
  /** Largest plan file upload, in bytes (GANTRY_IMPORT_MAX_BYTES). */
  readonly importMaxBytes: number;
}

/** Off; the last `hops` addresses of the forwarding chain; or proxies in these addresses/CIDRs. */
export type TrustProxy =
  | { readonly kind: 'off' }
  | { readonly kind: 'hops'; readonly hops: number }
  | { readonly kind: 'cidrs'; readonly cidrs: readonly string[] };

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
// Same length rule as the API's (contracts/users.ts); the breached-list check runs when the admin is created.
const password = z
  .string()
  .min(12, 'must be at least 12 characters')
  .refine((s) => s.trim() !== '', 'must not be only spaces');

const TRUST_PROXY_HELP = "must be 'off', a hop count (1-10) or addresses/CIDRs like 10.0.0.0/8,::1";
function validCidr(entry: string): boolean {
  const [addr = '', bits, extra] = entry.split('/');
  const family = isIP(addr);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}
const trustProxy = z.string().transform((raw, ctx): TrustProxy => {
  const v = raw.trim().toLowerCase();
  if (v === 'off' || v === 'false' || v === '0') return { kind: 'off' };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops >= 1 && hops <= 10) return { kind: 'hops', hops };
  } else {
    const cidrs = v.split(',').map((s) => s.trim());
    if (cidrs.every(validCidr)) return { kind: 'cidrs', cidrs };
  }
  ctx.addIssue({ code: 'custom', message: TRUST_PROXY_HELP });
  return z.NEVER;
});
const bytes = z.coerce
  .number()
  .int('must be a whole number of bytes')
  .min(1024, 'must be at least 1024 bytes')
  .max(2 ** 31, 'must be at most 2147483648 bytes (2 GB)');

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
    trustProxy: read<TrustProxy>(env, 'GANTRY_TRUST_PROXY', trustProxy, { kind: 'off' }),
    // 64 MB: a 50 MB plan file, the largest we have met, fits with its multipart framing.
    importMaxBytes: read(env, 'GANTRY_IMPORT_MAX_BYTES', bytes, 64 * 1024 * 1024),
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
