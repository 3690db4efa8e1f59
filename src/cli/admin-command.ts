import type { Command } from 'commander';
import { CliError } from './cli-error.js';
import { inputError } from './input-errors.js';

/** `gantry admin ...`: maintenance straight on the database named by GANTRY_DATA_DIR / GANTRY_DATABASE_URL. */
export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('administer the database directly (no server needed)');
  admin
    .command('create-user')
    .description('create a user; prints a generated password unless --password is given')
    .requiredOption('--email <email>', 'email address (unique, case ignored)')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', 'admin | pmo | project_manager | team_member | stakeholder', 'team_member')
    .option('--password <password>', 'password (at least 12 characters, not a common one)')
    .option('--json', 'print JSON')
    .action(async (flags: { email: string; name: string; role: string; password?: string; json?: boolean }) => {
      const { generatePassword } = await import('../services/passwords.js');
      const { CreateUserBody } = await import('../contracts/index.js');
      const password = flags.password ?? generatePassword();
      const parsed = CreateUserBody.safeParse({ email: flags.email, name: flags.name, role: flags.role, password });
      if (!parsed.success) {
        throw inputError(
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          {
            email: { flag: '--email', value: flags.email },
            name: { flag: '--name', value: flags.name },
            role: { flag: '--role', value: flags.role },
            // A generated password is always valid; only a typed one can be rejected (and is not echoed).
            password: { flag: '--password' },
          },
        );
      }
      const { isCommonPassword } = await import('../services/password-policy.js');
      if (isCommonPassword(password)) {
        throw new CliError('--password: is too common (found in a list of breached passwords); choose another', 2);
      }
      const { loadConfig } = await import('../config.js');
      const config = loadConfig();
      const { pino } = await import('pino');
      const { openMigratedStore } = await import('../main.js');
      const { createContext } = await import('../services/context.js');
      const { createUserUnchecked } = await import('../services/user-service.js');
      const store = await openMigratedStore(config);
      try {
        const user = await createUserUnchecked(createContext(store, pino({ level: 'silent' })), null, parsed.data);
        if (flags.json) console.log(JSON.stringify({ user, ...(flags.password ? {} : { password }) }, null, 2));
        else
          console.log(
            `Created ${user.role} ${user.email} (${user.id})${flags.password ? '' : `\nPassword: ${password}`}`,
          );
      } finally {
        await store.close();
      }
    });
}
