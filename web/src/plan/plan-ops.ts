import type { NewLink, PlanOp } from '../../../src/contracts/index.js';

/*
 * Every change the plan view makes is a list of plan ops (src/contracts/plan-ops.ts), sent in one
 * request and applied by the server all or none; the server keeps each user's undo history, so
 * this file holds no inverse logic, only the shapes the view builds.
 */

export type { PlanOp };

/** A link the view creates: it always makes the id itself, so the new link can be followed. */
export type LinkDraft = NewLink & { readonly id: string };
