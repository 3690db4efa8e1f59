import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config-error.js';
import { DomainError } from '../core/errors.js';
import { BAD_INPUT, CliError } from './cli-error.js';

/** The bare `gantry` program (help, `--version` when given one, usage errors exit 2); commands are registered on it. */
export function createProgram(version?: string): Command {
  const program = new Command('gantry').description(
    'Gantry: project and portfolio management for project managers and the PMO',
  );
  if (version !== undefined) program.version(version);
  return (
    program
      .showHelpAfterError()
      // Before the subcommands are added, so they inherit it: usage errors then exit 2 like other bad input.
      .exitOverride()
  );
}

/** The exit code of a failure: 2 for anything the user typed or configured wrong, 1 otherwise. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : BAD_INPUT;
  if (err instanceof CliError) return err.exitCode;
  if (err instanceof ConfigError) return BAD_INPUT;
  if (err instanceof DomainError && err.code === 'validation_failed') return BAD_INPUT;
  return 1;
}

/** Runs a program; every failure becomes one line on stderr and its exit code (commander prints its own). */
export async function runProgram(program: Command, argv: readonly string[]): Promise<void> {
  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (!(err instanceof CommanderError)) {
      const message = err instanceof ConfigError ? `Configuration error: ${err.message}` : (err as Error).message;
      process.stderr.write(`gantry: ${message}\n`);
    }
    process.exit(exitCodeOf(err));
  }
}
