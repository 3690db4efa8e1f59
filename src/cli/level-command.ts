import { type Command, Option } from 'commander';
import { DomainError } from '../core/errors.js';
import { BAD_INPUT, CliError } from './cli-error.js';
import { badOption, readInputFile } from './input-errors.js';

/*
 * `gantry level FILE`: resource leveling offline. A plan file (MSPDI, XER, Gantry JSON) goes to the
 * plan leveler (level-plan.ts); PSPLIB `.sm` instances are the RCPSP benchmark's (another module).
 */

const whole = (flag: string, min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw badOption(flag, `a whole number from ${min} to ${max}`, value);
  return n;
};

/** Registers `gantry level`. */
export function registerLevelCommand(program: Command): void {
  program
    .command('level <file>')
    .description('level the resources of a plan file offline and print the leveled schedule')
    .addOption(new Option('--format <format>', 'file format (default: detected)').choices(['mspdi', 'xer', 'json']))
    .option('--schedules <n>', 'schedules the search may generate', whole('--schedules', 1, 100_000), 50)
    .option('--seed <s>', 'seed of the randomised search', whole('--seed', 0, 2_147_483_647), 1)
    .option('--json', "print the schedule JSON with each task's levelingDelayMinutes")
    .action(
      async (
        file: string,
        flags: { format?: 'mspdi' | 'xer' | 'json'; schedules: number; seed: number; json?: boolean },
      ) => {
        if (file.toLowerCase().endsWith('.sm')) {
          throw new CliError(
            `${file}: PSPLIB instances are leveled by the RCPSP command (not in this build)`,
            BAD_INPUT,
          );
        }
        const text = readInputFile(file);
        const { levelPlanFile } = await import('./level-plan.js');
        let out: Awaited<ReturnType<typeof levelPlanFile>>;
        try {
          out = await levelPlanFile(text, { format: flags.format, schedules: flags.schedules, seed: flags.seed });
        } catch (err) {
          if (err instanceof DomainError) throw new CliError(`${file}: ${err.message}`, BAD_INPUT);
          throw err;
        }
        for (const c of out.conflicts.slice(0, 20)) {
          process.stderr.write(
            `note: task ${c.taskId} left over-allocated (${c.reason}): ${c.resourceIds.join(', ')}\n`,
          );
        }
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(out)}\n`);
          return;
        }
        const moved = out.tasks.filter((t) => t.levelingDelayMinutes > 0);
        process.stdout.write(
          `${moved.map((t) => `${t.id}\t${t.name}\tdelayed ${t.levelingDelayMinutes} min\tstarts ${(t.earlyStart ?? '').slice(0, 16)}`).join('\n')}\n` +
            `finish ${out.finishBefore.slice(0, 16)} -> ${out.projectFinish.slice(0, 16)} (${moved.length} tasks delayed, ${out.schedulesGenerated} schedules)\n`,
        );
      },
    );
}
