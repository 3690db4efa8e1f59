import { describe, expect, it } from 'vitest';
import type { ProjectState } from './lifecycle.js';
import { allowedActions, FINAL_STATES, PROJECT_ACTIONS, type ProjectResource, policy } from './policy.js';
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
    ]);
  });
});
