#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
// It answers `--version` itself and sends `schedule` to a one-file bundle (scripts/bundle-cli.mjs),
// because scripts run those in loops and loading modules would otherwise be most of their time.
import { existsSync, readFileSync } from 'node:fs';
import module from 'node:module';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // From Node 22.1, V8 keeps compiled code on disk (os.tmpdir()/node-compile-cache) so later starts
  // skip compiling; Node 20 lacks it and starts as before. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  module.enableCompileCache?.();
  const full = new URL('../dist/cli/gantry.js', import.meta.url);
  const bundle = new URL('../dist/cli/bundle/schedule.js', import.meta.url);
  if (!existsSync(full)) {
    process.stderr.write('gantry: not built yet; run `npm run build` in the Gantry folder first\n');
    process.exit(2);
  }
  await import((args[0] === 'schedule' && existsSync(bundle) ? bundle : full).href);
}
