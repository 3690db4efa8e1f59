import { z } from 'zod';
import { ORGANISATION_ACTIONS } from '../core/policy.js';
import { TOKEN_ACTIONS } from '../core/resource-policies.js';
import { Id, Timestamp } from './common.js';
import { User } from './users.js';

/** Body of POST /api/auth/login. */
export const LoginBody = z
  .object({
    email: z.string().trim().min(1, 'is required').max(254),
    password: z.string().min(1, 'is required').max(200),
  })
  .meta({ id: 'Login' });
/** Login input. */
export type LoginBody = z.infer<typeof LoginBody>;

/** GET /api/me: the current user, and how they authenticated. */
export const Me = z
  .object({
    user: User,
    via: z.enum(['session', 'token']),
    allowedActions: z.array(z.enum(ORGANISATION_ACTIONS).meta({ id: 'OrganisationAction' })).meta({
      description:
        'What the user may do in the organisation, by the same policies the writes obey: user.list (pick users), ' +
        'user.directory (open the Users page, read-only without user.manage), user.manage, audit.read, ' +
        'portfolio.create, project.create, calendar.manage (organisation calendars), webhook.manage',
    }),
  })
  .meta({ id: 'Me' });
/** The current user. */
export type Me = z.infer<typeof Me>;

/** GET /api/auth/session: the signed-in user, or null; a browser's "who am I" that never answers 401. */
export const Session = z.object({ me: Me.nullable() }).meta({ id: 'Session' });
/** The browser's session probe. */
export type Session = z.infer<typeof Session>;

/**
 * What an API token may do, on top of its owner's role: `read` (GET and HEAD), `write` (every
 * other method, except user administration), `admin` (user administration). Each implies the ones
 * before it; a token never has more rights than its owner.
 */
export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
/** One token scope. */
export const TokenScope = z.enum(TOKEN_SCOPES).meta({ id: 'TokenScope' });
/** One token scope. */
export type TokenScope = z.infer<typeof TokenScope>;

/** A personal API token's metadata (never the secret after creation). */
export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string().meta({ description: 'First characters of the token, to recognise it' }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    scopes: z.array(TokenScope).meta({ description: 'What the token may do: read, write, admin' }),
    allowedActions: z
      .array(z.enum(TOKEN_ACTIONS).meta({ id: 'TokenAction' }))
      .meta({ description: '`token.revoke` while it is not revoked (revoking a revoked token stays a no-op)' }),
  })
  .meta({ id: 'ApiToken' });
/** Token metadata. */
export type ApiToken = z.infer<typeof ApiToken>;

/**
 * Body of POST /api/me/tokens; the token lives `expiresInDays` days (1..365, default 90) with
 * `scopes` (default read and write). A token-authenticated caller gets neither more scopes nor a
 * later expiry than its own token.
 */
export const CreateTokenBody = z
  .object({
    name: z.string().trim().min(1, 'is required').max(80),
    expiresInDays: z.number().int().min(1).max(365).default(90),
    scopes: z.array(TokenScope).min(1, 'choose at least one scope').max(3).default(['read', 'write']),
  })
  .meta({ id: 'CreateToken' });
/** Token creation input. */
export type CreateTokenBody = z.input<typeof CreateTokenBody>;

/** The scopes a set grants with everything each implies (admin implies write, write implies read), in order. */
export function impliedScopes(scopes: readonly TokenScope[]): TokenScope[] {
  const top = Math.max(...scopes.map((s) => TOKEN_SCOPES.indexOf(s)));
  return TOKEN_SCOPES.slice(0, top + 1);
}

/** Response of POST /api/me/tokens: the secret is shown this once. */
export const CreatedToken = z.object({ token: ApiToken, secret: z.string() }).meta({ id: 'CreatedToken' });
/** A newly created token with its secret. */
export type CreatedToken = z.infer<typeof CreatedToken>;
