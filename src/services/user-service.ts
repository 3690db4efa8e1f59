import type { CreateUserBody, Page, UpdateUserBody, User, UserListQuery } from '../contracts/index.js';
import { DomainError } from '../core/errors.js';
import type { Actor } from '../core/permissions.js';
import { userPolicy } from '../core/resource-policies.js';
import type { SystemRole } from '../core/roles.js';
import { deleteSessionsOfUser, revokeTokensOfUser } from '../store/repos/sessions-repo.js';
import { findUserByEmail, findUserById, insertUser, listUsers, updateUser } from '../store/repos/users-repo.js';
import { type Executor, inTransaction } from '../store/transaction.js';
import { authoriseOn, requireAllowed, versionConflict } from './access.js';
import { type AuditEvent, recordAudit } from './audit-service.js';
import type { ServiceContext } from './context.js';
import { toUser, userFields } from './mappers.js';
import { assertPasswordNotCommon } from './password-policy.js';
import { hashPassword } from './passwords.js';
import { organisationGuard, runWrite, type WriteRequest } from './write-pipeline.js';

/** Input to create a user, after validation (defaults applied). */
export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly role: SystemRole;
  readonly password: string;
  readonly active: boolean;
}

function emailTaken(email: string): DomainError {
  return new DomainError('conflict', `email: ${email} is already used by another user`, {
    issues: [{ path: 'email', message: 'is already used by another user' }],
  });
}

async function assertEmailFree(ex: Executor, email: string, exceptId?: string): Promise<void> {
  const other = await findUserByEmail(ex, email);
  if (other && other.id !== exceptId) throw emailTaken(email);
}

/**
 * Creates a user without an acting user or the breached-password check: used by bootstrap, demo
 * data (whose shared password is for demos only) and, after `checkNewUser`, the admin CLI. Its own
 * small transaction rather than the write pipeline, since there is no actor to authorise.
 */
export async function createUserUnchecked(
  ctx: ServiceContext,
  actorId: string | null,
  input: NewUser,
): Promise<ReturnType<typeof userFields>> {
  const row = await newUserRow(ctx, input);
  await inTransaction(ctx.store.db, async (trx) => {
    await assertEmailFree(trx, row.email);
    await insertUser(trx, row);
    await recordAudit(ctx, trx, actorId, userCreated(row));
  });
  return userFields(row);
}

/** The checks a new password gets beyond its contract: not a breached password. */
export function checkNewPassword(password: string): void {
  assertPasswordNotCommon(password);
}

/** Creates a user (admins). */
export async function createUser(req: WriteRequest, input: CreateUserBody): Promise<User> {
  const admins = organisationGuard(req.actor, 'user.manage');
  // Decided before hashing too: a refused caller must not cost a password hash.
  admins.guard();
  checkNewPassword(input.password);
  // Hashed before the transaction: scrypt takes ~50 ms and SQLite holds its write lock meanwhile.
  const row = await newUserRow(req.ctx, { ...input, active: input.active ?? true });
  await runWrite(req, {
    ...admins,
    load: async () => undefined,
    async apply(trx) {
      await assertEmailFree(trx, row.email);
      await insertUser(trx, row);
    },
    audit: () => userCreated(row),
  });
  return toUser(req.actor, row);
}

async function newUserRow(ctx: ServiceContext, input: NewUser) {
  const now = ctx.now().toISOString();
  return {
    id: ctx.newId(),
    email: input.email.toLowerCase(),
    name: input.name,
    password_hash: await hashPassword(input.password),
    role: input.role,
    active: input.active ? 1 : 0,
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

const userCreated = (row: Parameters<typeof userFields>[0]): AuditEvent => ({
  action: 'user.create',
  entityType: 'user',
  entityId: row.id,
  before: null,
  after: userFields(row),
});

/** Lists users (admins, PMO and project managers, who pick managers and members). */
export async function listUserPage(ctx: ServiceContext, actor: Actor, q: UserListQuery): Promise<Page<User>> {
  requireAllowed(actor, 'user.list');
  const { rows, total } = await listUsers(ctx.store.db, {
    q: q.q,
    role: q.role,
    active: q.active === undefined ? undefined : q.active === 'true',
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows.map((r) => toUser(actor, r)), total, page: q.page, pageSize: q.pageSize };
}

/** One user (admins and those who may list users; anyone may read themself). */
export async function getUser(ctx: ServiceContext, actor: Actor, id: string): Promise<User> {
  if (id !== actor.userId) requireAllowed(actor, 'user.list');
  const row = await findUserById(ctx.store.db, id);
  if (!row) throw new DomainError('not_found', `User ${id} not found`, { entity: 'user', id });
  return toUser(actor, row);
}

/**
 * Updates a user (admins). Deactivating or resetting the password ends their sessions and revokes
 * their API tokens for good: reactivating the account later must not bring back a token that may
 * have been the reason for the deactivation.
 */
export async function updateUserById(req: WriteRequest, id: string, body: UpdateUserBody): Promise<User> {
  const { ctx, actor } = req;
  const admins = organisationGuard(actor, 'user.manage');
  // Decided before hashing too: a refused caller must not cost a password hash.
  admins.guard();
  if (body.password !== undefined) checkNewPassword(body.password);
  // Hash before the transaction: scrypt takes ~50 ms and SQLite holds its write lock meanwhile.
  const newHash = body.password === undefined ? undefined : await hashPassword(body.password);
  return runWrite(req, {
    ...admins,
    async load(trx) {
      const before = await findUserById(trx, id);
      if (!before) throw new DomainError('not_found', `User ${id} not found`, { entity: 'user', id });
      return before;
    },
    version: { entity: 'user', id, of: (before) => before.version },
    async apply(trx, before) {
      // The policy that also keeps `user.deactivate` off one's own account in reads; checked after the
      // version, as before, since whether it applies depends on the body.
      if (body.active === false || (body.role && body.role !== 'admin')) {
        authoriseOn(userPolicy(actor, 'user.deactivate', { id }), {
          issues: [
            { path: body.active === false ? 'active' : 'role', message: 'cannot be changed on your own account' },
          ],
        });
      }
      const patch: Parameters<typeof updateUser>[3] = { updated_at: ctx.now().toISOString() };
      if (body.email !== undefined) {
        patch.email = body.email.toLowerCase();
        await assertEmailFree(trx, patch.email, id);
      }
      if (body.name !== undefined) patch.name = body.name;
      if (body.role !== undefined) patch.role = body.role;
      if (body.active !== undefined) patch.active = body.active ? 1 : 0;
      if (newHash !== undefined) patch.password_hash = newHash;
      if (!(await updateUser(trx, id, before.version, patch))) throw versionConflict('user', id, before.version);
      let tokensRevoked = 0;
      if (body.active === false || body.password !== undefined) {
        await deleteSessionsOfUser(trx, id);
        tokensRevoked = await revokeTokensOfUser(trx, id, ctx.now().toISOString());
      }
      return { after: { ...before, ...patch, version: before.version + 1 }, tokensRevoked };
    },
    audit: (before, { after, tokensRevoked }) => ({
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: userFields(before),
      after: {
        ...userFields(after),
        ...(body.password !== undefined ? { password: '(changed)' } : {}),
        ...(tokensRevoked > 0 ? { tokensRevoked } : {}),
      },
    }),
  }).then((r) => toUser(actor, r.after));
}
