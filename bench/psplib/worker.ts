import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { compileRcpsp } from '../../src/core/leveling/rcpsp/problem.js';
import { solveRcpsp } from '../../src/core/leveling/rcpsp/solve.js';
import { readPsplib } from '../../src/interop/psplib/psplib-reader.js';
import { checkSchedule, criticalPathBound } from './check.js';

/** One instance to solve, and what comes back. */
export interface Job {
  readonly file: string;
  readonly schedules: number;
  readonly seed: number;
}

export interface Outcome {
  readonly file: string;
  readonly makespan: number;
  readonly criticalPath: number;
  readonly schedulesUsed: number;
  readonly ms: number;
  /** CPU time of the whole process over the solve: this instance's alone when one worker runs. */
  readonly cpuMs: number;
  readonly invalid?: string;
}

/** Solves one file; the time covers compile + solve (not reading the file). */
export function runJob(job: Job): Outcome {
  const { input } = readPsplib(readFileSync(job.file, 'utf8'));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const problem = compileRcpsp(input);
  const solution = solveRcpsp(problem, { schedules: job.schedules, seed: job.seed });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const invalid = checkSchedule(input, solution.starts, solution.makespan);
  if (solution.schedulesUsed > job.schedules) throw new Error(`${job.file}: used ${solution.schedulesUsed} schedules`);
  return {
    file: job.file,
    makespan: solution.makespan,
    criticalPath: criticalPathBound(input),
    schedulesUsed: solution.schedulesUsed,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    ...(invalid ? { invalid } : {}),
  };
}

if (parentPort && workerData === 'psplib-worker') {
  const port = parentPort;
  port.on('message', (job: Job | null) => {
    if (job === null) {
      port.close();
      return;
    }
    port.postMessage(runJob(job));
  });
}
