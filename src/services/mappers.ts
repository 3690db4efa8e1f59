import { type ApiToken, impliedScopes, type Portfolio, type TokenScope, type User } from '../contracts/index.js';
import type { Actor } from '../core/permissions.js';
import { allowedActions, ORGANISATION, PORTFOLIO_ACTIONS } from '../core/policy.js';
import { tokenActions, userActions } from '../core/resource-policies.js';
import type { SystemRole } from '../core/roles.js';
import type { PortfolioView } from '../store/repos/portfolios-repo.js';
import type { ApiTokenRow, UserRow } from '../store/schema.js';

/** A user as `actor` reads it, with what they may do on the account. */
export function toUser(actor: Actor, r: UserRow): User {
  return { ...userFields(r), ...userActions(actor, { id: r.id }) };
}

/** A user row's fields as the API shows them (and the audit log records them): no password hash, flags as booleans. */
export function userFields(r: UserRow): Omit<User, 'allowedActions' | 'refusedActions'> {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role as SystemRole,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** Token metadata as of `now`; the secret is never read back. */
export function toApiToken(r: ApiTokenRow, now: Date): ApiToken {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
    scopes: impliedScopes(JSON.parse(r.scopes) as TokenScope[]),
    allowedActions: tokenActions({ revoked: r.revoked_at !== null, expired: r.expires_at <= now.toISOString() }),
  };
}

/** A portfolio as `actor` reads it, with what they may do on it. */
export function toPortfolio(actor: Actor, r: PortfolioView): Portfolio {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    projectCount: r.project_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    allowedActions: allowedActions(actor, PORTFOLIO_ACTIONS, ORGANISATION).allowed,
  };
}
