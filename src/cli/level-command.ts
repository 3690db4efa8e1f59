import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../core/errors.js';
import { BAD_INPUT, CliError } from './cli-error.js';
import { badOption, readInputFile } from './input-errors.js';

/** What `gantry level` prints: the makespan and each job's start, keyed by the file's own job ids. */
export interface LevelOutput {
  readonly makespan: number;
  readonly starts: Record<string, number>;
  /** For the human summary only (not in --json). */
  readonly summary: string;
}

interface LevelSettings {
  readonly schedules: number;
  readonly seed: number;
}

/** Levels one file's text; throws DomainError on bad content. */
type Leveler = (text: string, settings: LevelSettings) => Promise<LevelOutput>;

/** Largest file `gantry level` reads (bytes): PSPLIB files are a few KB. */
const MAX_FILE_BYTES = 10_000_000;

/**
 * Which leveler reads a file, by its extension: one branch per format, so that plan files
 * (MSPDI, XER, Gantry JSON) become one more branch here.
 */
function levelerFor(file: string): Leveler {
  if (/\.sm$/i.test(file)) return levelPsplib;
  throw new CliError(`${file}: expected a PSPLIB single-mode instance (.sm)`, BAD_INPUT);
}

/** A PSPLIB instance: the core solver on integer days; job numbers as in the file. */
async function levelPsplib(text: string, settings: LevelSettings): Promise<LevelOutput> {
  // Loaded here, not at the top: only this command needs the solver.
  const [{ readPsplib }, { compileRcpsp, solveRcpsp }] = await Promise.all([
    import('../interop/psplib/psplib-reader.js'),
    import('../core/leveling/rcpsp/index.js'),
  ]);
  const { input, jobs } = readPsplib(text);
  const problem = compileRcpsp(input);
  const solution = solveRcpsp(problem, settings);
  const starts: Record<string, number> = {};
  jobs.forEach((job, i) => {
    starts[String(job)] = solution.starts[i]!;
  });
  const gap = solution.makespan === solution.lowerBound ? 'optimal' : `lower bound ${solution.lowerBound}`;
  return {
    makespan: solution.makespan,
    starts,
    summary:
      `makespan ${solution.makespan} days (${gap}); ${jobs.length} jobs, ${problem.k} resource${problem.k === 1 ? '' : 's'}; ` +
      `${solution.schedulesUsed.toLocaleString('en-US')} schedules generated, seed ${settings.seed}`,
  };
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d{1,10}$/.test(value.trim()) || n < min || n > max) {
    throw badOption(flag, `expected a whole number from ${min} to ${max.toLocaleString('en-US')}`, value);
  }
  return n;
}

/** `gantry level FILE.sm`: resource-constrained scheduling of a PSPLIB instance, offline. */
export function registerLevelCommand(program: Command): void {
  program
    .command('level <file>')
    .description('level a PSPLIB single-mode instance (.sm): the shortest schedule within the resources')
    .option('--schedules <n>', 'budget of generated schedules (every schedule generation pass counts)', '5000')
    .option('--seed <s>', 'random seed (same seed, same schedule)', '1')
    .option('--json', 'print {"makespan": M, "starts": {"1": 0, ...}} as JSON (job numbers as in the file)')
    .action(async (file: string, flags: { schedules: string; seed: string; json?: boolean }) => {
      const settings = {
        schedules: wholeNumber('--schedules', flags.schedules, 1, 10_000_000),
        seed: wholeNumber('--seed', flags.seed, 0, 4_294_967_295),
      };
      const leveler = levelerFor(file);
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        // readInputFile below says why the file cannot be read.
      }
      if (size > MAX_FILE_BYTES)
        throw new CliError(`${file}: over ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes`, BAD_INPUT);
      const text = readInputFile(file);
      let output: LevelOutput;
      try {
        output = await leveler(text, settings);
      } catch (err) {
        if (err instanceof DomainError) throw new CliError(`${file}: ${err.message}`, BAD_INPUT);
        throw err;
      }
      process.stdout.write(
        flags.json
          ? `${JSON.stringify({ makespan: output.makespan, starts: output.starts })}\n`
          : `${file}: ${output.summary}\n`,
      );
    });
}
