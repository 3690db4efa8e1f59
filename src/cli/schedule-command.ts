import { type Command, Option } from 'commander';
import { DomainError } from '../core/errors.js';
import { BAD_INPUT, CliError } from './cli-error.js';
import { readInputFile } from './input-errors.js';

/** `gantry schedule FILE`: schedules a plan file offline (no server, no database) and prints the dates. */
export function registerScheduleCommand(program: Command): void {
  program
    .command('schedule <file>')
    .description(
      'schedule an MS Project XML, Primavera XER or Gantry JSON plan offline and print dates, floats and the critical path',
    )
    .addOption(new Option('--format <format>', 'file format (default: detected)').choices(['mspdi', 'xer', 'json']))
    .option('--json', 'print {"projectFinish", "tasks": [...]} as JSON')
    .action(async (file: string, flags: { format?: 'mspdi' | 'xer' | 'json'; json?: boolean }) => {
      const text = readInputFile(file);
      // Loaded here, not at the top: the engine is only needed by this command.
      const { scheduleFile, renderScheduleJson, renderScheduleTable } = await import('../interop/schedule-file.js');
      let scheduled: Awaited<ReturnType<typeof scheduleFile>>;
      try {
        scheduled = await scheduleFile(text, flags.format);
      } catch (err) {
        if (err instanceof DomainError) throw new CliError(`${file}: ${err.message}`, BAD_INPUT);
        throw err;
      }
      const { plan, result, report } = scheduled;
      // Notes go to stderr so that stdout stays machine-readable with --json.
      for (const n of report.notes) {
        if (n.kind === 'info') continue;
        const where = n.examples.length ? ` (e.g. ${n.examples.join(', ')})` : '';
        process.stderr.write(
          `note: ${n.kind === 'not_carried' ? 'not carried over' : 'approximated'}: ${n.what} x${n.count}${where}\n`,
        );
      }
      process.stdout.write(
        flags.json ? `${JSON.stringify(renderScheduleJson(plan, result))}\n` : `${renderScheduleTable(plan, result)}\n`,
      );
    });
}
