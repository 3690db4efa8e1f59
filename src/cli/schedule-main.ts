import { createProgram, runProgram } from './program.js';
import { registerScheduleCommand } from './schedule-command.js';

/*
 * Entry point of `gantry schedule` alone, bundled by scripts/bundle-cli.mjs into one file that
 * bin/gantry.cjs loads when the first argument is `schedule`: people run it in loops, and one
 * bundled file spares resolving and loading some hundred modules on every start. Same program
 * name, options and error handling as the full CLI (src/cli/main.ts); `gantry --version` never
 * gets here (bin answers it), so no version is read.
 */
const program = createProgram();
registerScheduleCommand(program);
await runProgram(program, process.argv);
