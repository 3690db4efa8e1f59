import type { WebhookEndpointRow } from '../schema.js';
import type { Executor } from '../transaction.js';

/** An endpoint with the names the API shows beside its ids, and how its deliveries stand. */
export interface WebhookView extends WebhookEndpointRow {
  project_code: string | null;
  portfolio_name: string | null;
  owner_name: string | null;
  pending_deliveries: number;
}

function viewQuery(ex: Executor) {
  return ex
    .selectFrom('webhook_endpoints as w')
    .leftJoin('projects as p', 'p.id', 'w.project_id')
    .leftJoin('portfolios as pf', 'pf.id', 'w.portfolio_id')
    .leftJoin('users as u', 'u.id', 'w.owner_id')
    .selectAll('w')
    .select((eb) => [
      'p.code as project_code',
      'pf.name as portfolio_name',
      'u.name as owner_name',
      eb
        .selectFrom('webhook_deliveries as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('d.endpoint_id', '=', 'w.id')
        .where('d.state', '=', 'pending')
        .as('pending_deliveries'),
    ]);
}

export async function listWebhooks(ex: Executor): Promise<WebhookView[]> {
  const rows = await viewQuery(ex).orderBy('w.created_at').orderBy('w.id').execute();
  return rows.map(numbered);
}

export async function findWebhook(ex: Executor, id: string): Promise<WebhookView | undefined> {
  const row = await viewQuery(ex).where('w.id', '=', id).executeTakeFirst();
  return row && numbered(row);
}

function numbered<T extends { pending_deliveries: unknown }>(r: T): T & { pending_deliveries: number } {
  return { ...r, pending_deliveries: Number(r.pending_deliveries ?? 0) };
}

export async function insertWebhook(ex: Executor, row: WebhookEndpointRow): Promise<void> {
  await ex.insertInto('webhook_endpoints').values(row).execute();
}

/** Applies `patch` if the endpoint is still at `version` (and bumps it); false when it was not. */
export async function updateWebhook(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<WebhookEndpointRow>,
): Promise<boolean> {
  const res = await ex
    .updateTable('webhook_endpoints')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function deleteWebhook(ex: Executor, id: string): Promise<void> {
  await ex.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}

/** The endpoints that receive events, for the fan-out. */
export async function activeEndpoints(ex: Executor): Promise<WebhookEndpointRow[]> {
  return ex.selectFrom('webhook_endpoints').selectAll().where('active', '=', 1).execute();
}

/** Records an endpoint's failing streak: starts it at `at` unless one runs; answers the endpoint as it now is. */
export async function markFailing(ex: Executor, id: string, at: string): Promise<WebhookEndpointRow | undefined> {
  await ex
    .updateTable('webhook_endpoints')
    .set({ failing_since: at })
    .where('id', '=', id)
    .where('failing_since', 'is', null)
    .execute();
  return ex.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Ends an endpoint's failing streak (it answered). */
export async function markAnswering(ex: Executor, id: string): Promise<void> {
  await ex
    .updateTable('webhook_endpoints')
    .set({ failing_since: null })
    .where('id', '=', id)
    .where('failing_since', 'is not', null)
    .execute();
}

/** Disables an active endpoint; false when it was already disabled (another process did it). */
export async function disableEndpoint(ex: Executor, id: string, reason: string, at: string): Promise<boolean> {
  const res = await ex
    .updateTable('webhook_endpoints')
    .set((eb) => ({ active: 0, disabled_reason: reason, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
