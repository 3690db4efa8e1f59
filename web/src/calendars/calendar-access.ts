import type { Me } from '../../../src/contracts/index.js';

/** May the signed-in user create, change and delete organisation-wide calendars (PMO, admin)? */
export function mayManageOrganisationCalendars(me: Me): boolean {
  return me.capabilities.manageCalendars;
}
