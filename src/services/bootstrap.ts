import { ConfigError } from '../config-error.js';
import { countUsers } from '../store/repos/users-repo.js';
import type { ServiceContext } from './context.js';
import { isCommonPassword } from './password-policy.js';
import { generatePassword } from './passwords.js';
import { createUserUnchecked } from './user-service.js';

/** The first admin, when this start created one; the password is only known now. */
export interface FirstAdmin {
  readonly email: string;
  /** Null when it came from GANTRY_ADMIN_PASSWORD (the operator knows it). */
  readonly generatedPassword: string | null;
}

/** Creates the first admin on an empty database; returns null when users already exist. */
export async function ensureFirstAdmin(
  ctx: ServiceContext,
  fromEnv: { email: string | null; password: string | null },
): Promise<FirstAdmin | null> {
  if ((await countUsers(ctx.store.db)) > 0) return null;
  // Refused like any bad setting (exit 2): the operator chose it, and an admin account on a
  // breached password is the first thing an attacker tries. Its length was checked in config.ts.
  if (fromEnv.password && isCommonPassword(fromEnv.password)) {
    throw new ConfigError(
      'GANTRY_ADMIN_PASSWORD',
      'is too common (found in a list of breached passwords); choose another',
    );
  }
  const email = fromEnv.email ?? 'admin@gantry.local';
  const generatedPassword = fromEnv.password ? null : generatePassword();
  await createUserUnchecked(ctx, null, {
    email,
    name: 'Administrator',
    role: 'admin',
    password: fromEnv.password ?? (generatedPassword as string),
    active: true,
  });
  return { email, generatedPassword };
}
