import type { ResourceFields } from '../../contracts/resources.js';
import type { BookingType, ResourceKind } from '../../core/resources/model.js';
import type { ResourceRow } from '../../store/schema.js';

/*
 * A resource's editable fields as the wire names them, to and from its row (the lists are JSON
 * text in the row, in the contracts' shapes, so they are written and read whole).
 */

/** The fields of a stored resource. */
export function fieldsOfRow(r: ResourceRow): ResourceFields {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind as ResourceKind,
    userId: r.user_id,
    email: r.email,
    department: r.department,
    roleId: r.role_id,
    materialUnit: r.material_unit,
    calendarId: r.calendar_id,
    skills: JSON.parse(r.skills),
    exceptions: JSON.parse(r.exceptions),
    maxUnits: JSON.parse(r.max_units),
    rates: JSON.parse(r.rates),
    currency: r.currency,
    booking: r.booking as BookingType,
    active: r.active === 1,
    notes: r.notes,
  };
}

/** The row columns of resource fields (identity and bookkeeping columns are the caller's). */
export function columnsOf(f: ResourceFields): Omit<ResourceRow, 'id' | 'created_at' | 'updated_at' | 'version'> {
  return {
    code: f.code,
    name: f.name,
    kind: f.kind,
    user_id: f.userId,
    email: f.email,
    department: f.department,
    role_id: f.roleId,
    material_unit: f.materialUnit,
    calendar_id: f.calendarId,
    skills: JSON.stringify(f.skills),
    exceptions: JSON.stringify(f.exceptions),
    max_units: JSON.stringify(f.maxUnits),
    rates: JSON.stringify(f.rates),
    currency: f.currency,
    booking: f.booking,
    active: f.active ? 1 : 0,
    notes: f.notes,
  };
}

/** What a new resource has unless the body says otherwise: committed, active, in EUR, on the Standard calendar. */
export const RESOURCE_DEFAULTS: Omit<ResourceFields, 'code' | 'name' | 'kind'> = {
  userId: null,
  email: '',
  department: '',
  roleId: null,
  materialUnit: '',
  calendarId: null,
  skills: [],
  exceptions: [],
  maxUnits: [],
  rates: [],
  currency: 'EUR',
  booking: 'committed',
  active: true,
  notes: '',
};
