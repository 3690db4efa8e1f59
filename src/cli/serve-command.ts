import type { Command } from 'commander';

/** `gantry serve`: runs the server until SIGINT/SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the Gantry server (settings from GANTRY_* environment variables)')
    .option('--port <port>', 'port to listen on (overrides GANTRY_PORT)')
    .option('--host <host>', 'address to bind (overrides GANTRY_HOST)')
    .action(async (flags: { port?: string; host?: string }) => {
      const env = {
        ...process.env,
        ...(flags.port ? { GANTRY_PORT: flags.port } : {}),
        ...(flags.host ? { GANTRY_HOST: flags.host } : {}),
      };
      const { loadConfig } = await import('../config.js');
      const config = loadConfig(env);
      // Loaded on demand so that quick commands (help, offline scheduling) start fast.
      const { startGantry } = await import('../main.js');
      const { DEMO_PASSWORD } = await import('../services/demo-data.js');
      const running = await startGantry(config);
      const lines = [
        `Gantry ${running.ctx.store.dialect === 'sqlite' ? `(SQLite in ${config.dataDir})` : '(PostgreSQL)'} is running at ${running.url}`,
      ];
      if (running.firstAdmin) {
        lines.push(`First admin: ${running.firstAdmin.email}`);
        if (running.firstAdmin.generatedPassword) {
          lines.push(`Password:    ${running.firstAdmin.generatedPassword}   (shown once: note it now)`);
        }
      }
      if (running.demoLoaded)
        lines.push(
          `Demo data loaded: sign in as pmo@demo.gantry.local / ${DEMO_PASSWORD} (more accounts in README.md)`,
        );
      console.log(lines.join('\n'));
      const stop = async () => {
        await running.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
