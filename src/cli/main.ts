import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config-error.js';
import { DomainError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { registerAdminCommands } from './admin-command.js';
import { CliError } from './client.js';
import { registerProjectCommands } from './projects-command.js';
import { registerScheduleCommand } from './schedule-command.js';
import { registerServeCommand } from './serve-command.js';

/** Builds the `gantry` command tree. */
export function buildProgram(): Command {
  const program = new Command('gantry')
    .description('Gantry: project and portfolio management for project managers and the PMO')
    .version(VERSION)
    .showHelpAfterError()
    // Before the subcommands are added, so they inherit it: usage errors then exit 2 like other bad input.
    .exitOverride();
  registerServeCommand(program);
  registerAdminCommands(program);
  registerProjectCommands(program);
  registerScheduleCommand(program);
  return program;
}

/** Runs the CLI; every failure becomes one line on stderr and a non-zero exit code (2 for bad input). */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
    const code =
      err instanceof ConfigError ? 2 : err instanceof CliError ? err.exitCode : err instanceof DomainError ? 1 : 1;
    const message = err instanceof ConfigError ? `Configuration error: ${err.message}` : (err as Error).message;
    process.stderr.write(`gantry: ${message}\n`);
    process.exit(code);
  }
}
