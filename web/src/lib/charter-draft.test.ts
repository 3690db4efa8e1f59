import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/contracts/index.js';
import { createBodyFromDraft, draftFromProject, emptyDraft, updateBodyFromDraft } from './charter-draft.js';

const project: Project = {
  id: '0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10',
  code: 'PRJ-0001',
  name: 'Portal',
  objective: '',
  inScope: '',
  outOfScope: '',
  client: '',
  sponsor: '',
  managerId: null,
  managerName: null,
  portfolioId: null,
  portfolioName: null,
  state: 'proposed',
  plannedStart: '2026-01-01',
  plannedFinish: '2026-06-30',
  budgetMinor: 125050,
  currency: 'EUR',
  priority: 3,
  tags: ['web'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 7,
  approvalRequest: null,
  relation: null,
  allowedActions: ['project.update', 'project.delete', 'project.members.manage', 'plan.edit', 'plan.progress'],
  refusedActions: [],
  allowedTransitions: [],
};

describe('the charter form', () => {
  it('names every problem under its field before anything is sent', () => {
    const result = createBodyFromDraft({
      ...emptyDraft(),
      code: 'bad code',
      plannedStart: '2026-05-01',
      plannedFinish: '2026-04-01',
      budget: '1.234',
    });
    expect(result.body).toBeNull();
    expect(result.errors).toMatchObject({
      name: 'Is required',
      code: expect.stringMatching(/^Must be upper-case/),
      plannedFinish: 'Must not be before the planned start',
      budget: 'Must have at most 2 decimals for EUR',
    });
  });

  it('leaves code and manager to the server when blank, and sends the budget in minor units', () => {
    const result = createBodyFromDraft({ ...emptyDraft(), name: 'Crane telemetry', budget: '1250.5' });
    expect(result.errors).toBeNull();
    expect(result.body).not.toHaveProperty('code');
    expect(result.body).not.toHaveProperty('managerId');
    expect(result.body).toMatchObject({ name: 'Crane telemetry', budgetMinor: 125050, currency: 'EUR', priority: 3 });
  });

  it('sends only what changed, with the version it was based on', () => {
    const unchanged = updateBodyFromDraft(draftFromProject(project), project);
    expect(unchanged.body).toEqual({ version: 7 });
    const edited = updateBodyFromDraft({ ...draftFromProject(project), budget: '2000', sponsor: 'CFO' }, project);
    expect(edited.body).toEqual({ version: 7, budgetMinor: 200000, sponsor: 'CFO' });
  });
});
