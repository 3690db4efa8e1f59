import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = ['--import', 'tsx', 'src/cli/gantry.ts'];

/** The environment a spawned Gantry gets: ours minus GANTRY_* settings, plus `env`. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('GANTRY_') || k === 'GANTRY_TEST_PG_URL'),
  );
  return { ...clean, GANTRY_LOG_LEVEL: 'warn', ...env };
}

/** Runs `gantry ...args` to completion, as a user would from a shell. */
export function runGantry(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ENTRY, ...args], { cwd: ROOT, env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A `gantry serve` process, running until `stop()`. */
export interface ServeProcess {
  readonly url: string;
  readonly output: string;
  stop(): Promise<void>;
}

/** Starts `gantry serve` on a free port and waits for its "running at" line. */
export function serveGantry(env: Record<string, string>): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [...ENTRY, 'serve'], {
    cwd: ROOT,
    env: childEnv({ GANTRY_PORT: '0', ...env }),
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gantry serve did not start:\n${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d;
      const m = /running at (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          url: m[1].replace('localhost', '127.0.0.1'),
          get output() {
            return output;
          },
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gantry serve exited with ${code}:\n${output}`));
    });
  });
}
