#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
// It answers `--version` itself and sends `schedule`, `check` and `level` to bundles (scripts/bundle-cli.mjs), because
// scripts run those in loops and loading modules would otherwise be most of their time. CommonJS,
// not an ES module: Node starts a CommonJS file ~8 ms sooner, which is most of `--version`.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  // From Node 22.1, V8 keeps compiled code on disk (os.tmpdir()/node-compile-cache) so later starts
  // skip compiling; Node 20 lacks it and starts as before. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  require('node:module').enableCompileCache?.();
  const full = join(__dirname, '..', 'dist', 'cli', 'gantry.js');
  const bundled = args[0] === 'schedule' || args[0] === 'check' || args[0] === 'level';
  const bundle = join(__dirname, '..', 'dist', 'cli', 'bundle', `${args[0]}.js`);
  if (!existsSync(full)) {
    process.stderr.write('gantry: not built yet; run `npm run build` in the Gantry folder first\n');
    process.exit(2);
  }
  import(pathToFileURL(bundled && existsSync(bundle) ? bundle : full).href).catch((err) => {
    process.stderr.write(`gantry: ${err?.stack ?? err}\n`);
    process.exit(1);
  });
}
