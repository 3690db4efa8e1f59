import { z } from 'zod';
import { USER_ACTIONS } from '../core/resource-policies.js';
import { SYSTEM_ROLES } from '../core/roles.js';
import { Id, PageQuery, pageOf, Timestamp, Version } from './common.js';
import { resourceActions } from './resource-actions.js';

/** A system role name. */
export const SystemRoleSchema = z.enum(SYSTEM_ROLES).meta({ id: 'SystemRole' });

/** Email, trimmed; uniqueness ignores case. */
export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be a valid email address' }));

/**
 * Password rules: 12 to 200 characters, not only spaces (NIST SP 800-63B: length over composition
 * rules). The server also refuses passwords from a breached-passwords list (services/password-policy.ts).
 */
export const Password = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(200, 'must be at most 200 characters')
  .refine((s) => s.trim() !== '', 'must not be only spaces');

/** A user as the API shows it (never the password hash). */
export const User = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    role: SystemRoleSchema,
    active: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Version,
    /** `user.update` (name, email, role, password), `user.deactivate` (refused on one's own account). */
    ...resourceActions('User', USER_ACTIONS),
  })
  .meta({ id: 'User' });
/** A user. */
export type User = z.infer<typeof User>;

/** Body of POST /api/users. */
export const CreateUserBody = z
  .object({
    email: Email,
    name: z.string().trim().min(1, 'is required').max(120),
    role: SystemRoleSchema,
    password: Password,
    active: z.boolean().default(true),
  })
  .meta({ id: 'CreateUser' });
/** Input to create a user. */
export type CreateUserBody = z.input<typeof CreateUserBody>;

/** Body of PATCH /api/users/{id}; every field optional. */
export const UpdateUserBody = z
  .object({
    email: Email.optional(),
    name: z.string().trim().min(1, 'is required').max(120).optional(),
    role: SystemRoleSchema.optional(),
    active: z.boolean().optional(),
    password: Password.optional(),
    version: Version.optional(),
  })
  .meta({ id: 'UpdateUser' });
/** Input to update a user. */
export type UpdateUserBody = z.input<typeof UpdateUserBody>;

/** Query of GET /api/users. */
export const UserListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: SystemRoleSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});
/** Parsed user list query. */
export type UserListQuery = z.infer<typeof UserListQuery>;

/** A page of users. */
export const UserPage = pageOf(User).meta({ id: 'UserPage' });
/** A page of User. */
export type UserPage = z.infer<typeof UserPage>;
