import type { ResourceFields } from '../../contracts/resources.js';
import { DomainError, invalidField } from '../../core/errors.js';
import { WORK_KINDS } from '../../core/resources/model.js';
import { findCalendar } from '../../store/repos/calendars-repo.js';
import * as repo from '../../store/repos/resources-repo.js';
import { findUserById } from '../../store/repos/users-repo.js';
import type { Executor } from '../../store/transaction.js';

/*
 * What makes a resource whole beyond its fields' shapes (the contract checks those): which fields
 * each kind has, and that what it points at exists. Material and cost resources have no working
 * time, so a calendar, exceptions or units sent for one are refused rather than silently dropped;
 * a cost resource has no rates (its cost is entered on each assignment, as in MS Project).
 */

const KIND_NAMES = {
  person: 'a person',
  role: 'a generic role',
  equipment: 'equipment',
  material: 'a material resource',
  cost: 'a cost resource',
} as const;

/** A 409 naming the field whose value another resource already has. */
function taken(field: string, message: string): DomainError {
  return new DomainError('conflict', `${field}: ${message}`, { issues: [{ path: field, message }] });
}

/** Throws the 400 (or 409 for a duplicate) naming the first field that does not fit the resource `id` would be. */
export async function checkResource(trx: Executor, id: string, f: ResourceFields): Promise<void> {
  const kind = KIND_NAMES[f.kind];
  const work = WORK_KINDS.includes(f.kind);
  if (f.kind !== 'person' && f.userId !== null)
    throw invalidField('userId', `only a person is linked to a user, not ${kind}`);
  if (f.kind !== 'person' && f.roleId !== null)
    throw invalidField('roleId', `only a person has a generic role, not ${kind}`);
  if (f.kind === 'material' && f.materialUnit === '')
    throw invalidField('materialUnit', 'is required for material (e.g. "t", "m³")');
  if (f.kind !== 'material' && f.materialUnit !== '')
    throw invalidField('materialUnit', `only material has a unit, not ${kind}`);
  if (!work) {
    const why = `${kind} has no working time`;
    if (f.calendarId !== null) throw invalidField('calendarId', `${why}, so no calendar`);
    if (f.exceptions.length > 0) throw invalidField('exceptions', `${why}, so no calendar exceptions`);
    if (f.maxUnits.length > 0) throw invalidField('maxUnits', `${why}, so no maximum units`);
  }
  if (f.kind === 'cost' && f.rates.length > 0) {
    throw invalidField('rates', 'a cost resource has no rates: its cost is entered on each assignment');
  }

  const sameCode = await repo.resourceByCode(trx, f.code);
  if (sameCode && sameCode.id !== id) throw taken('code', `is already used by ${sameCode.name}`);
  if (f.userId !== null) {
    const user = await findUserById(trx, f.userId);
    if (!user) throw invalidField('userId', 'no user with this id');
    const linked = await repo.resourceOfUser(trx, f.userId);
    if (linked && linked.id !== id)
      throw taken('userId', `${user.name} already has a resource record (${linked.code})`);
  }
  if (f.roleId !== null) {
    const role = f.roleId === id ? undefined : await repo.findResource(trx, f.roleId);
    if (!role || role.kind !== 'role') throw invalidField('roleId', 'must be a resource of kind role');
  }
  if (f.calendarId !== null) {
    const calendar = await findCalendar(trx, f.calendarId);
    if (!calendar || calendar.project_id !== null) throw invalidField('calendarId', 'must be an organisation calendar');
  }
}
