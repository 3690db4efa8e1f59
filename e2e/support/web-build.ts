import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const INDEX = join(ROOT, 'dist/web/index.html');
const LOCK = join(ROOT, 'dist/.web-build.lock');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), s.mtimeMs);
}

function isFresh(): boolean {
  if (!existsSync(INDEX)) return false;
  const sources = Math.max(
    newestMtime(join(ROOT, 'web')),
    newestMtime(join(ROOT, 'src/contracts')),
    newestMtime(join(ROOT, 'src/core')),
    newestMtime(join(ROOT, 'vite.config.ts')),
  );
  return statSync(INDEX).mtimeMs >= sources;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the web app into dist/web unless the build is newer than its sources, so that browser tests
 * never run against a stale bundle. Test files run in parallel workers: a directory lock makes one
 * of them build while the others wait.
 */
export async function ensureWebBuild(): Promise<void> {
  for (let waited = 0; !isFresh(); waited += 250) {
    try {
      mkdirSync(dirname(LOCK), { recursive: true });
      mkdirSync(LOCK);
    } catch {
      // Another worker is building; a lock older than three minutes belongs to a crashed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmdirSync(LOCK);
      if (waited > 240_000) throw new Error('timed out waiting for another worker to build the web app');
      await sleep(250);
      continue;
    }
    try {
      if (!isFresh()) {
        execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
          cwd: ROOT,
          stdio: 'inherit',
          // Vitest sets NODE_ENV=test, which would bundle React's development build: slow, and not
          // what users run.
          env: { ...process.env, NODE_ENV: 'production' },
        });
      }
    } finally {
      rmdirSync(LOCK);
    }
  }
}
