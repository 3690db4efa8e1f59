import { describe, expect, it } from 'vitest';
import { diffRecords } from './diff.js';
import { canRequestApproval, canTransition, PROJECT_STATES, settlesApprovalRequest, TRANSITIONS } from './lifecycle.js';
import { isAllowed, PERMISSIONS, refusalMessage } from './permissions.js';
import type { SYSTEM_ROLES } from './roles.js';

const actor = (role: (typeof SYSTEM_ROLES)[number]) => ({ userId: 'u', role });

describe('permissions', () => {
  it('lets admins do everything', () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[])
      expect(isAllowed(actor('admin'), action)).toBe(true);
  });

  it('grants project edits to the PMO everywhere and to a project manager only on their projects', () => {
    expect(isAllowed(actor('pmo'), 'project.update')).toBe(true);
    expect(isAllowed(actor('project_manager'), 'project.update')).toBe(false);
    expect(isAllowed(actor('project_manager'), 'project.update', 'manager')).toBe(true);
    expect(isAllowed(actor('project_manager'), 'project.update', 'team_member')).toBe(false);
    expect(isAllowed(actor('project_manager'), 'project.read', 'team_member')).toBe(true);
  });

  it('lets team members and stakeholders read their projects and nothing more', () => {
    for (const role of ['team_member', 'stakeholder'] as const) {
      expect(isAllowed(actor(role), 'project.read')).toBe(false);
      expect(isAllowed(actor(role), 'project.read', role)).toBe(true);
      expect(isAllowed(actor(role), 'project.update', role)).toBe(false);
      expect(isAllowed(actor(role), 'project.create')).toBe(false);
    }
  });

  it('reserves approval to the PMO, even for the project manager', () => {
    expect(isAllowed(actor('project_manager'), 'project.approve', 'manager')).toBe(false);
    expect(isAllowed(actor('pmo'), 'project.approve')).toBe(true);
  });
});

describe('approval requests', () => {
  it('lets the manager ask for approval once, on a proposal only, and settles it when the proposal moves on', () => {
    expect(isAllowed(actor('project_manager'), 'project.approval.request', 'manager')).toBe(true);
    expect(isAllowed(actor('project_manager'), 'project.approval.request', 'team_member')).toBe(false);
    expect(canRequestApproval('proposed', false)).toBe(true);
    expect(canRequestApproval('proposed', true)).toBe(false);
    expect(canRequestApproval('approved', false)).toBe(false);
    expect(settlesApprovalRequest('proposed', 'approved')).toBe(true);
    expect(settlesApprovalRequest('proposed', 'on_hold')).toBe(true);
    expect(settlesApprovalRequest('on_hold', 'approved')).toBe(false);
  });

  it('words every refusal as a sentence without identifiers', () => {
    expect(refusalMessage('project.approve')).toBe('You are not allowed to approve or cancel projects.');
    expect(refusalMessage('audit.read')).toBe('You are not allowed to read the audit log.');
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[])
      expect(refusalMessage(action).slice(0, -1)).not.toMatch(/[._]/);
  });
});

describe('lifecycle', () => {
  it('never leaves closed or cancelled, and never moves to the same state', () => {
    for (const to of PROJECT_STATES) {
      expect(canTransition('closed', to)).toBe(false);
      expect(canTransition('cancelled', to)).toBe(false);
    }
    for (const s of PROJECT_STATES) expect(TRANSITIONS[s]).not.toContain(s);
  });

  it('walks the usual path from proposal to closure', () => {
    const path = ['proposed', 'approved', 'planning', 'executing', 'closing', 'closed'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
    expect(canTransition('proposed', 'executing')).toBe(false);
  });
});

describe('audit diff', () => {
  it('lists only changed fields, ignoring version and timestamps', () => {
    expect(
      diffRecords({ a: 1, b: [1], version: 1, updatedAt: 'x' }, { a: 1, b: [2], c: 'n', version: 2, updatedAt: 'y' }),
    ).toEqual({
      b: { before: [1], after: [2] },
      c: { before: null, after: 'n' },
    });
  });
});
