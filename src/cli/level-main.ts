import { registerLevelCommand } from './level-command.js';
import { createProgram, runProgram } from './program.js';

/*
 * Entry point of `gantry level` alone, bundled by scripts/bundle-cli.mjs like `gantry schedule`
 * (schedule-main.ts): bin/gantry.cjs loads it when the first argument is `level`, so leveling a
 * plan file pays for the leveler's modules only, not for loading the whole CLI (issue 11 times it
 * whole-process against TaskJuggler).
 */
const program = createProgram();
registerLevelCommand(program);
await runProgram(program, process.argv);
