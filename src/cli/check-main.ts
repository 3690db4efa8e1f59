import { registerCheckCommand } from './check-command.js';
import { createProgram, runProgram } from './program.js';

/*
 * Entry point of `gantry check` alone, bundled by scripts/bundle-cli.mjs like `gantry schedule`
 * (schedule-main.ts): bin/gantry.cjs loads it when the first argument is `check`, so a CI step that
 * checks a plan file does not pay for loading the whole CLI.
 */
const program = createProgram();
registerCheckCommand(program);
await runProgram(program, process.argv);
