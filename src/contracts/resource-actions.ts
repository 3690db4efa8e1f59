import { z } from 'zod';

/**
 * `allowedActions` and `refusedActions` of a resource kind (calendars, baselines, users, webhooks):
 * what the caller may do on this one resource now, by the same policies its writes obey
 * (`core/resource-policies.ts`), and what the resource itself stops, with the sentence a disabled
 * control shows (the Standard calendar cannot be deleted, an admin cannot deactivate themself).
 * The schemas are named `<Kind>Action` and `<Kind>ActionRefusal` in the OpenAPI document.
 */
export function resourceActions<A extends string>(kind: string, actions: readonly [A, ...A[]]) {
  const action = z.enum(actions).meta({ id: `${kind}Action` });
  return {
    allowedActions: z.array(action).meta({
      description: `What the caller may do on this ${kind.toLowerCase()} now, by the policies its writes obey`,
    }),
    refusedActions: z
      .array(z.object({ action, reason: z.string() }).meta({ id: `${kind}ActionRefusal` }))
      .meta({ description: "Actions the caller's role allows but this resource stops now, with the reason" }),
  };
}
