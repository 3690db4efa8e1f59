import { type Command, Option } from 'commander';
import { DomainError } from '../core/errors.js';
import { BAD_INPUT, CliError } from './cli-error.js';
import { readInputFile } from './input-errors.js';

/** Exit code when the file was read and at least one applicable check failed. */
export const CHECK_FAILED = 1;

/** `gantry check FILE`: the DCMA 14-point assessment of a plan file, offline; exit 1 when a check fails. */
export function registerCheckCommand(program: Command): void {
  program
    .command('check <file>')
    .description(
      'assess an MS Project XML, Primavera XER or Gantry JSON plan with the DCMA 14-point schedule checks (exit 1 when one fails)',
    )
    .addOption(new Option('--format <format>', 'file format (default: detected)').choices(['mspdi', 'xer', 'json']))
    .option('--json', 'print {"checks": [...]} as JSON')
    .action(async (file: string, flags: { format?: 'mspdi' | 'xer' | 'json'; json?: boolean }) => {
      const text = readInputFile(file);
      // Loaded here, not at the top: only this command needs the engine and the checks.
      const [{ readPlanFile }, { createScheduler }, { assessScheduleQuality, failedChecks }, { renderQualityTable }] =
        await Promise.all([
          import('../interop/schedule-file.js'),
          import('../core/schedule/incremental.js'),
          import('../core/quality/index.js'),
          import('./quality-table.js'),
        ]);
      let scheduler: ReturnType<typeof createScheduler>;
      let plan: Awaited<ReturnType<typeof readPlanFile>>['plan'];
      try {
        plan = (await readPlanFile(text, flags.format)).plan;
        // The incremental scheduler, so that the critical path test (check 12) reschedules only
        // what its delay touches: a second full schedule was a third of the command's time.
        scheduler = createScheduler(plan);
      } catch (err) {
        if (err instanceof DomainError) throw new CliError(`${file}: ${err.message}`, BAD_INPUT);
        throw err;
      }
      // A file carries no Gantry baseline and no resources: checks 10, 11 and 14 report n.a.
      const quality = assessScheduleQuality({ plan, result: scheduler.result, scheduler });
      process.stdout.write(flags.json ? `${JSON.stringify(quality)}\n` : `${renderQualityTable(quality)}\n`);
      // Not thrown: the report above is the answer, the exit code only says whether it passed.
      if (failedChecks(quality).length > 0) process.exitCode = CHECK_FAILED;
    });
}
