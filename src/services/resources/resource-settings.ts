import type { ResourceSettings, StateWeights, UpdateResourceSettingsBody } from '../../contracts/resources.js';
import { PROJECT_STATES, type ProjectState } from '../../core/lifecycle.js';
import type { Actor } from '../../core/permissions.js';
import { allowedActions } from '../../core/policy.js';
import * as repo from '../../store/repos/resources-repo.js';
import type { ResourceSettingsRow } from '../../store/schema.js';
import type { Executor } from '../../store/transaction.js';
import { requireAllowed, versionConflict } from '../access.js';
import type { ServiceContext } from '../context.js';
import { organisationGuard, runWrite, type WriteRequest } from '../write-pipeline.js';

/*
 * The PMO's capacity settings: at what weight each lifecycle state's demand counts (a proposal is
 * not yet a commitment, so it counts at half by default; closed and cancelled projects demand
 * nothing) and how far ahead the "unstaffed generic assignments" metric looks. One row, written
 * only when the PMO first changes them; until then the defaults hold (version 1).
 */

const SETTINGS_ID = 'organisation';

/** Percent weight of each lifecycle state's demand when the PMO has set none. */
export const DEFAULT_STATE_WEIGHTS: StateWeights = Object.fromEntries(
  PROJECT_STATES.map((s) => [s, s === 'proposed' ? 50 : s === 'closed' || s === 'cancelled' ? 0 : 100]),
) as StateWeights;
/** Weeks the staffing metric looks ahead by default. */
export const DEFAULT_UNSTAFFED_WEEKS = 4;

/** Capacity settings as services use them: weights as fractions (1 = counted fully). */
export interface CapacitySettings {
  readonly stateWeights: Readonly<Record<ProjectState, number>>;
  readonly unstaffedWeeks: number;
}

interface StoredSettings {
  readonly weightsPercent: StateWeights;
  readonly unstaffedWeeks: number;
  readonly version: number;
  readonly updatedAt: string | null;
}

function storedOf(row: ResourceSettingsRow | undefined): StoredSettings {
  if (!row) {
    return {
      weightsPercent: DEFAULT_STATE_WEIGHTS,
      unstaffedWeeks: DEFAULT_UNSTAFFED_WEEKS,
      version: 1,
      updatedAt: null,
    };
  }
  const fractions = JSON.parse(row.state_weights) as Partial<Record<ProjectState, number>>;
  const weightsPercent = Object.fromEntries(
    PROJECT_STATES.map((s) => [
      s,
      fractions[s] === undefined ? DEFAULT_STATE_WEIGHTS[s] : Math.round(fractions[s] * 100),
    ]),
  ) as StateWeights;
  return { weightsPercent, unstaffedWeeks: row.unstaffed_weeks, version: row.version, updatedAt: row.updated_at };
}

/** The settings capacity and health read (any executor, so a capacity computation may read them in its transaction). */
export async function capacitySettings(ex: Executor): Promise<CapacitySettings> {
  const s = storedOf(await repo.findResourceSettings(ex));
  const stateWeights = Object.fromEntries(PROJECT_STATES.map((st) => [st, s.weightsPercent[st] / 100]));
  return { stateWeights: stateWeights as Record<ProjectState, number>, unstaffedWeeks: s.unstaffedWeeks };
}

function toWire(actor: Actor, s: StoredSettings): ResourceSettings {
  const { allowed } = allowedActions(actor, ['resource.settings.manage'], { kind: 'organisation' });
  return {
    stateWeights: s.weightsPercent,
    unstaffedWeeks: s.unstaffedWeeks,
    version: s.version,
    updatedAt: s.updatedAt,
    allowedActions: allowed,
    refusedActions: [],
  };
}

/** GET /api/resource-settings: for those who read the pool. */
export async function getResourceSettings(ctx: ServiceContext, actor: Actor): Promise<ResourceSettings> {
  requireAllowed(actor, 'resource.read');
  return toWire(actor, storedOf(await repo.findResourceSettings(ctx.store.db)));
}

/** PUT /api/resource-settings (the PMO): states not named keep their weight. */
export async function updateResourceSettings(
  req: WriteRequest,
  body: UpdateResourceSettingsBody,
): Promise<ResourceSettings> {
  const { ctx, actor } = req;
  const next = await runWrite(req, {
    ...organisationGuard(actor, 'resource.settings.manage'),
    load: async (trx) => storedOf(await repo.findResourceSettings(trx)),
    version: { entity: 'resource settings', id: SETTINGS_ID, of: (s: StoredSettings) => s.version },
    async apply(trx, before) {
      const after: StoredSettings = {
        weightsPercent: { ...before.weightsPercent, ...definedWeights(body.stateWeights) },
        unstaffedWeeks: body.unstaffedWeeks ?? before.unstaffedWeeks,
        version: before.version + 1,
        updatedAt: ctx.now().toISOString(),
      };
      const row: ResourceSettingsRow = {
        id: SETTINGS_ID,
        state_weights: JSON.stringify(
          Object.fromEntries(PROJECT_STATES.map((s) => [s, after.weightsPercent[s] / 100])),
        ),
        unstaffed_weeks: after.unstaffedWeeks,
        version: after.version,
        updated_at: after.updatedAt as string,
        updated_by: actor.userId,
      };
      // The defaults are version 1 without a row: make it, then write over it as over any version.
      await repo.ensureResourceSettings(trx, { ...row, ...defaultRow(row.updated_at) });
      if (!(await repo.updateResourceSettings(trx, row, before.version))) {
        throw versionConflict('resource settings', SETTINGS_ID, storedOf(await repo.findResourceSettings(trx)).version);
      }
      return after;
    },
    audit: (before, after) => ({
      action: 'resource.settings.update',
      entityType: 'resource_settings',
      entityId: SETTINGS_ID,
      before: { stateWeights: before.weightsPercent, unstaffedWeeks: before.unstaffedWeeks },
      after: { stateWeights: after.weightsPercent, unstaffedWeeks: after.unstaffedWeeks },
    }),
  });
  return toWire(actor, next);
}

function defaultRow(at: string): Omit<ResourceSettingsRow, 'id' | 'updated_by'> {
  return {
    state_weights: JSON.stringify(Object.fromEntries(PROJECT_STATES.map((s) => [s, DEFAULT_STATE_WEIGHTS[s] / 100]))),
    unstaffed_weeks: DEFAULT_UNSTAFFED_WEEKS,
    version: 1,
    updated_at: at,
  };
}

function definedWeights(w: UpdateResourceSettingsBody['stateWeights']): Partial<StateWeights> {
  return Object.fromEntries(Object.entries(w ?? {}).filter(([, v]) => v !== undefined));
}
