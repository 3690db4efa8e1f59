import type { Store } from '../store/db.js';
import { insertResources } from '../store/repos/resources-repo.js';

/** A resource to put in the pool for a test (the pool's own writes belong to another route). */
export interface TestResource {
  readonly id?: string;
  readonly name: string;
  readonly kind?: 'person' | 'role' | 'equipment' | 'material' | 'cost';
  readonly userId?: string | null;
  readonly roleId?: string | null;
  readonly active?: boolean;
  /** Standard rates per hour (minor units) from a day on. */
  readonly rates?: readonly { readonly from: string; readonly standardPerHourMinor: number }[];
}

/** Inserts resources straight into the pool; answers their ids in order. */
export async function addTestResources(store: Store, list: readonly TestResource[]): Promise<string[]> {
  const at = new Date().toISOString();
  const rows = list.map((r) => {
    const id = r.id ?? crypto.randomUUID();
    return {
      ...{ id, code: `R-${id.slice(-12)}`, name: r.name, kind: r.kind ?? 'person', user_id: r.userId ?? null },
      ...{ email: '', department: '', role_id: r.roleId ?? null, material_unit: '', calendar_id: null, skills: '[]' },
      ...{ exceptions: '[]', max_units: '[]', currency: 'EUR', booking: 'committed' },
      rates: JSON.stringify((r.rates ?? []).map((s) => ({ ...s, overtimePerHourMinor: 0, perUseMinor: 0 }))),
      ...{ active: r.active === false ? 0 : 1, notes: '', created_at: at, updated_at: at, version: 1 },
    };
  });
  // The demo organisation links some users to resources of its own; a test's record takes their place.
  const users = rows.flatMap((r) => (r.user_id ? [r.user_id] : []));
  if (users.length > 0) await store.db.deleteFrom('resources').where('user_id', 'in', users).execute();
  await insertResources(store.db, rows);
  return rows.map((r) => r.id);
}
