import type { Me } from '../../../src/contracts/index.js';
import { can } from '../lib/can.js';

/** May the signed-in user create, change and delete organisation-wide calendars (PMO, admin)? */
export function mayManageOrganisationCalendars(me: Me): boolean {
  return can(me, 'calendar.manage');
}
