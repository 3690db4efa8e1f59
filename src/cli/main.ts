import type { Command } from 'commander';
import { VERSION } from '../version.js';
import { registerAdminCommands } from './admin-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerLevelCommand } from './level-command.js';
import { createProgram, runProgram } from './program.js';
import { registerProjectCommands } from './projects-command.js';
import { registerScheduleCommand } from './schedule-command.js';
import { registerServeCommand } from './serve-command.js';

/** Builds the `gantry` command tree. */
export function buildProgram(): Command {
  const program = createProgram(VERSION);
  registerServeCommand(program);
  registerAdminCommands(program);
  registerProjectCommands(program);
  registerScheduleCommand(program);
  registerCheckCommand(program);
  registerLevelCommand(program);
  return program;
}

/** Runs the CLI; every failure becomes one line on stderr and a non-zero exit code (2 for bad input). */
export async function runCli(argv: readonly string[]): Promise<void> {
  await runProgram(buildProgram(), argv);
}
