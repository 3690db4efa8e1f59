import { runCli } from './main.js';

// Entry point for `tsx src/cli/gantry.ts` and the compiled bin; main.ts stays importable by tests.
await runCli(process.argv);
