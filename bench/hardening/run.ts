/**
 * Hardening benchmark: does one hostile client slow everyone else down or blow up memory?
 * Starts the built server (`dist/`, SQLite, demo data) as its own process, measures its idle
 * resident memory, then runs each attack while a bystander (bystander.ts, a process of its own so
 * that its figure is the server's answer time) times GET /api/health every 20 ms:
 *   (c) 100 parallel sign-ins on one account, one of them (the 73rd) with the right password:
 *       how many passwords were checked (401 + 200) and how many refused at once (429);
 *   (a) a 400 MB body to POST /api/auth/login, declared (Content-Length) and chunked;
 *   (x) a 320 KB hostile XER (30,000 %F fields, 30,000 empty %R rows) imported by a PM;
 *   (b) 200 parallel wrong passwords, on one account and on 200 accounts.
 * Prints, per attack, the bystander's max and p99 latency, the server's peak RSS above idle, the
 * CPU time the server spent (its event loop's thread, and all its threads: password hashing runs on
 * others; /proc counts in 10 ms ticks) and the machine's load. A bystander's wait longer than the
 * event loop's CPU time over the whole attack cannot be the server's own work: it is the load.
 *
 *   npm run bench:hardening
 */
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendBig } from '../../src/test-support/big-body.js';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const ADMIN = { email: 'admin@bench.gantry.local', password: 'bench-admin-password' };
const MB = 1024 * 1024;

/** CPU time (user + system) of the process, or of one of its threads, in ms. */
function cpuMs(pid: number, thread?: number): number {
  const stat = readFileSync(thread ? `/proc/${pid}/task/${thread}/stat` : `/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every mainstream build. */
const CLOCK_TICKS = 100;

function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

async function startServer(): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gantry-bench-hardening-'));
  const child = spawn(process.execPath, ['bin/gantry.cjs', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      GANTRY_PORT: '0',
      GANTRY_DATA_DIR: dir,
      GANTRY_LOG_LEVEL: 'warn',
      GANTRY_ADMIN_EMAIL: ADMIN.email,
      GANTRY_ADMIN_PASSWORD: ADMIN.password,
      GANTRY_DEMO: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) ok(m[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${out}`)));
  });
  return { url, child, dir };
}

/**
 * Starts the bystander (bystander.ts, its own process: its figure is the server's answer time, not
 * this process's wait while it reads the attack's answers) and samples the server's RSS every 20 ms.
 * Resolves once the bystander's connection is open; the function it resolves to stops both.
 */
async function bystander(url: string, pid: number) {
  const child = fork(fileURLToPath(new URL('./bystander.ts', import.meta.url)), [url], {
    // Structured clone keeps a failed request's Infinity (JSON would turn it into null).
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<unknown>((ok, fail) => {
      child.once('message', ok);
      child.once('exit', (code) => fail(new Error(`the bystander exited with ${code}`)));
    });
  await next();
  let peakRss = rssBytes(pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssBytes(pid));
  }, 20);
  return async () => {
    clearInterval(sampler);
    const answer = next();
    child.send('stop');
    const { latencies } = (await answer) as { latencies: number[] };
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      requests: sorted.length,
      maxMs: sorted[sorted.length - 1] ?? Number.NaN,
      p99Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? Number.NaN,
      peakRss,
    };
  };
}

const login = (url: string, email: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).then(async (r) => ({
    status: r.status,
    cookie: r.headers.get('set-cookie')?.split(';')[0] ?? '',
    body: await r.text(),
  }));

/** A 320 KB XER that is almost all structure: 30,000 field names and 30,000 empty rows. */
function hostileXer(): string {
  const fields = Array.from({ length: 30_000 }, (_, i) => `f${i}`).join('\t');
  return `ERMHDR\t19.12\t2030-01-01\tProject\tadmin\tadmin\tdbxDatabaseNoName\tProject Management\tUSD\n%T\tTASK\n%F\t${fields}\n${'%R\n'.repeat(30_000)}%E\n`;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : String(n));
const mb = (n: number) => (n < MB ? `${(n / 1024).toFixed(0)} KB` : `${(n / MB).toFixed(0)} MB`);

async function main() {
  const { url, child, dir } = await startServer();
  const pid = child.pid as number;
  try {
    // Warm up the paths the attacks take (JIT, the dummy hash for unknown emails, the list of
    // breached passwords is not on this path), so the figures are the steady state.
    await fetch(`${url}/api/health`);
    await login(url, ADMIN.email, ADMIN.password);
    await login(url, 'warm-up@demo.gantry.local', 'wrong-password');
    await new Promise((r) => setTimeout(r, 1000));
    const idle = rssBytes(pid);
    console.log(
      `Gantry hardening benchmark: node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}, ` +
        `${mb(totalmem())} RAM, load ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    console.log(`idle RSS ${mb(idle)}\n`);
    const report = async (name: string, attack: () => Promise<string>) => {
      const stop = await bystander(url, pid);
      // The main thread's id is the process id.
      const [loop0, all0] = [cpuMs(pid, pid), cpuMs(pid)];
      const t = performance.now();
      const outcome = await attack();
      const seconds = ((performance.now() - t) / 1000).toFixed(1);
      // Keep watching a second longer: a refused body may still be draining.
      await new Promise((r) => setTimeout(r, 1000));
      const [loop, all] = [cpuMs(pid, pid) - loop0, cpuMs(pid) - all0];
      const b = await stop();
      console.log(`${name}\n  ${outcome} (${seconds} s)`);
      console.log(
        `  GET /api/health ×${b.requests}: max ${fmt(b.maxMs)} ms, p99 ${fmt(b.p99Ms)} ms; ` +
          `peak RSS +${mb(b.peakRss - idle)} above idle; ` +
          `server CPU ${loop.toFixed(0)} ms event loop, ${all.toFixed(0)} ms all threads; load ${loadavg()[0]?.toFixed(1)}`,
      );
    };

    await report('(c) 100 parallel sign-ins on one account, the 73rd with the right password', async () => {
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          login(url, 'sam@demo.gantry.local', i === 72 ? 'gantry-demo' : `wrong-password-${i}`),
        ),
      );
      const n = (s: number) => answers.filter((a) => a.status === s).length;
      return (
        `checked ${n(401) + n(200)} (401: ${n(401)}, 200: ${n(200)}), refused at once 429: ${n(429)}, ` +
        `right password got in: ${answers[72]?.status === 200 ? 'YES' : 'no'}`
      );
    });
    for (const declare of [true, false]) {
      await report(`(a) 400 MB body to POST /api/auth/login, ${declare ? 'Content-Length' : 'chunked'}`, async () => {
        const r = await sendBig(url, '/api/auth/login', 400 * MB, { declare });
        return `${r.status ? `answered ${r.status}` : 'connection closed by the server'} after ${mb(r.sent)} sent`;
      });
    }
    await report('(x) 320 KB hostile XER (30,000 %F fields, 30,000 empty %R rows) imported by a PM', async () => {
      const pm = await login(url, 'marco@demo.gantry.local', 'gantry-demo');
      if (pm.status !== 200) return `PM sign-in failed: ${pm.status} ${pm.body}`;
      const cookie = pm.cookie;
      const form = new FormData();
      const xer = hostileXer();
      form.set('file', new Blob([xer]), 'hostile.xer');
      const res = await fetch(`${url}/api/projects/import`, {
        method: 'POST',
        headers: { cookie, origin: url },
        body: form,
        signal: AbortSignal.timeout(120_000),
      }).catch((e: Error) => ({ status: `failed: ${e.message}`, text: async () => '' }));
      const body = await res.text();
      return `${(xer.length / 1024).toFixed(0)} KB file answered ${res.status} ${body.slice(0, 120)}`;
    });
    await report('(b) 200 parallel wrong passwords on one account', async () => {
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => login(url, 'lena@demo.gantry.local', `wrong-password-${i}`)),
      );
      return `401: ${answers.filter((a) => a.status === 401).length}, 429: ${answers.filter((a) => a.status === 429).length}`;
    });
    await report('(b) 200 parallel wrong passwords on 200 accounts', async () => {
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => login(url, `nobody-${i}@demo.gantry.local`, 'wrong-password')),
      );
      return `401: ${answers.filter((a) => a.status === 401).length}, 429: ${answers.filter((a) => a.status === 429).length}`;
    });
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
