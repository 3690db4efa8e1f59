import { describe, expect, it } from 'vitest';
import type { ProjectState } from './lifecycle.js';
import { allowedActions, FINAL_STATES, PROJECT_ACTIONS, type ProjectResource, policy } from './policy.js';
import { budgetActions, budgetPolicy } from './resource-policies.js';
import type { ProjectRelation, SystemRole } from './roles.js';

const actor = (role: SystemRole) => ({ userId: 'u', role });
const project = (state: ProjectState, relation: ProjectRelation = null, extra: Partial<ProjectResource> = {}) =>
  ({ kind: 'project', state, relation, approvalRequested: false, ...extra }) as const;

describe('policies over project state', () => {
  it('makes a closed or cancelled plan read-only for everyone, admins included, naming the state', () => {
    for (const state of FINAL_STATES) {
      for (const [role, relation] of [
        ['admin', null],
        ['pmo', null],
        ['project_manager', 'manager'],
      ] as const) {
        const d = policy(actor(role), 'plan.edit', project(state, relation));
        expect(d).toEqual({
          allowed: false,
          code: 'forbidden',
          reason: `This project is ${state}: its plan is read-only.`,
          byState: true,
        });
        expect(policy(actor(role), 'project.read', project(state, relation)).allowed).toBe(true);
      }
    }
    expect(policy(actor('project_manager'), 'plan.edit', project('executing', 'manager')).allowed).toBe(true);
  });

  it('refuses by role before state: a stakeholder reads the role refusal, not the state one', () => {
    const d = policy(actor('stakeholder'), 'plan.edit', project('closed', 'stakeholder'));
    expect(d).toMatchObject({
      allowed: false,
      byState: false,
      reason: "You are not allowed to change this project's plan.",
    });
  });

  it('stops plan edits (not progress) on a baseline locked by a handover', () => {
    const locked = project('executing', 'manager', { baselineLocked: true });
    expect(policy(actor('project_manager'), 'plan.edit', locked)).toMatchObject({ allowed: false, byState: true });
    expect(policy(actor('project_manager'), 'plan.progress', locked).allowed).toBe(true);
  });

  it('lists allowed actions and the ones only the state stops', () => {
    const { allowed, refused } = allowedActions(
      actor('project_manager'),
      PROJECT_ACTIONS,
      project('closed', 'manager'),
    );
    // A decision may still be recorded about a closed project (lessons learned), and its money read;
    // nothing else changes.
    expect(allowed).toEqual(['decision.create', 'money.read']);
    expect(refused.map((r) => r.action)).toEqual([
      'project.update',
      'project.transition',
      'project.approval.request',
      'project.approval.answer',
      'project.members.manage',
      'plan.edit',
      'plan.progress',
      'corrective_action.manage',
      'expense.enter',
      'expense.approve',
      'timesheet.approve',
      'budget.edit',
    ]);
    const open = allowedActions(actor('project_manager'), PROJECT_ACTIONS, project('proposed', 'manager'));
    expect(open.allowed).toEqual([
      'project.update',
      'project.transition',
      'project.approval.request',
      'project.members.manage',
      'plan.edit',
      'plan.progress',
      'corrective_action.manage',
      'decision.create',
      'money.read',
      'expense.enter',
      'expense.approve',
      'timesheet.approve',
      'budget.edit',
    ]);
  });
});

describe("a project's budget", () => {
  const budget = (
    status: 'draft' | 'submitted',
    state: ProjectState = 'executing',
    relation: ProjectRelation = null,
  ) => ({
    project: project(state, relation),
    status,
  });

  it('is edited and submitted by its manager, approved or returned by the PMO only once submitted', () => {
    const pm = actor('project_manager');
    expect(budgetActions(pm, budget('draft', 'executing', 'manager')).allowedActions).toEqual([
      'budget.edit',
      'budget.submit',
    ]);
    const waiting = budgetActions(pm, budget('submitted', 'executing', 'manager'));
    expect(waiting.allowedActions).toEqual([]);
    expect(waiting.refusedActions.map((r) => r.action)).toEqual(['budget.edit', 'budget.submit']);
    expect(budgetActions(actor('pmo'), budget('submitted')).allowedActions).toEqual([
      'budget.approve',
      'budget.return',
    ]);
    expect(budgetPolicy(actor('pmo'), 'budget.approve', budget('draft'))).toMatchObject({
      allowed: false,
      code: 'invalid_transition',
    });
  });

  it("keeps the management reserve the PMO's, and a closed project's budget final", () => {
    const refusal = budgetPolicy(
      actor('project_manager'),
      'budget.management_reserve',
      budget('draft', 'executing', 'manager'),
    );
    expect(refusal).toMatchObject({ allowed: false, code: 'forbidden', byState: false });
    expect(budgetPolicy(actor('pmo'), 'budget.management_reserve', budget('draft')).allowed).toBe(true);
    expect(budgetPolicy(actor('admin'), 'budget.edit', budget('draft', 'closed'))).toMatchObject({
      allowed: false,
      byState: true,
    });
  });
});
