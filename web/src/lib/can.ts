import type { Project } from '../../../src/contracts/index.js';

/** An action a project read lists in `allowedActions`. */
export type ProjectAction = Project['allowedActions'][number];

/**
 * True when the server's policies let the caller do `action` on this resource now (a project, a
 * portfolio, a user, a calendar, a webhook, or the signed-in user's `Me` for the organisation's
 * actions): the one test controls use.
 */
export function can<A extends string>(
  resource: { readonly allowedActions: readonly A[] },
  action: NoInfer<A>,
): boolean {
  return resource.allowedActions.includes(action);
}

/**
 * Why the resource's state stops `action` for a caller whose role allows it ("This project is
 * closed: its plan is read-only.", "The Standard calendar … cannot be deleted"), or null: such a control is shown disabled with this as its
 * tooltip rather than hidden, so the user learns why.
 */
export function refusal<A extends string>(
  resource: { readonly refusedActions: readonly { readonly action: A; readonly reason: string }[] },
  action: NoInfer<A>,
): string | null {
  return resource.refusedActions.find((r) => r.action === action)?.reason ?? null;
}
