import { describe, expect, it } from 'vitest';
import type { PortfolioMilestone } from '../../../src/contracts/index.js';
import { formatSlip, groupLanes, sortMilestones, summarise } from './milestone-model.js';

function ms(patch: Partial<PortfolioMilestone> & Pick<PortfolioMilestone, 'taskId'>): PortfolioMilestone {
  return {
    projectId: 'p1',
    projectCode: 'PRJ-0001',
    projectName: 'CRM rollout',
    projectState: 'executing',
    portfolioId: 'f1',
    portfolioName: 'Digital',
    name: 'Milestone',
    wbs: '1',
    date: '2026-06-01T17:00',
    baselineDate: null,
    slipMinutes: null,
    critical: false,
    deadline: null,
    status: 'no_baseline',
    ...patch,
  };
}

describe('formatSlip', () => {
  it('shows working days of 8 hours with a sign', () => {
    expect(formatSlip(3 * 480)).toBe('+3d');
    expect(formatSlip(-480)).toBe('\u22121d');
    expect(formatSlip(0)).toBe('0d');
    expect(formatSlip(240)).toBe('+0.5d');
    expect(formatSlip(null)).toBe('—');
  });
});

describe('groupLanes', () => {
  it('makes one lane per project, grouped by portfolio, projects without one last', () => {
    const groups = groupLanes([
      ms({ taskId: 'a', projectId: 'p2', projectCode: 'PRJ-0010', portfolioId: 'f2', portfolioName: 'Infrastructure' }),
      ms({ taskId: 'b', projectId: 'p3', projectCode: 'PRJ-0003', portfolioId: null, portfolioName: null }),
      ms({ taskId: 'c', projectId: 'p1', projectCode: 'PRJ-0009' }),
      ms({ taskId: 'd', projectId: 'p4', projectCode: 'PRJ-0002' }),
      ms({ taskId: 'e', projectId: 'p1', projectCode: 'PRJ-0009' }),
    ]);
    expect(groups.map((g) => g.name)).toEqual(['Digital', 'Infrastructure', 'No portfolio']);
    expect(groups[0]?.lanes.map((l) => l.code)).toEqual(['PRJ-0002', 'PRJ-0009']);
    expect(groups[0]?.lanes[1]?.milestones.map((m) => m.taskId)).toEqual(['c', 'e']);
  });
});

describe('summarise', () => {
  it('counts slipped, due in the next 30 days, overdue and unbaselined milestones', () => {
    const s = summarise(
      [
        ms({ taskId: 'a', status: 'slipped', slipMinutes: 960, date: '2026-12-10T17:00', critical: true }),
        ms({ taskId: 'b', status: 'slipped', slipMinutes: 2400, date: '2027-02-01T17:00' }),
        ms({ taskId: 'c', status: 'no_baseline', date: '2026-11-27T08:00' }),
        ms({ taskId: 'd', status: 'done', date: '2026-11-30T17:00', projectId: 'p2' }),
        ms({ taskId: 'e', status: 'on_track', date: '2026-11-01T17:00', projectId: 'p2' }),
        ms({ taskId: 'f', status: 'on_track', date: '2026-12-28T17:00', projectId: 'p2' }),
        ms({ taskId: 'g', status: 'no_baseline', date: null, projectId: 'p3' }),
      ],
      '2026-11-27T15:00',
    );
    expect(s).toEqual({
      shown: 7,
      projects: 3,
      slipped: 2,
      worstSlipMinutes: 2400,
      dueSoon: 2,
      dueSoonCritical: 1,
      overdue: 1,
      noBaseline: 2,
      noBaselineProjects: 2,
    });
  });
});

describe('sortMilestones', () => {
  const items = [
    ms({ taskId: 'a', date: '2026-03-01T17:00', slipMinutes: 480, status: 'slipped', name: 'beta' }),
    ms({ taskId: 'b', date: null, slipMinutes: null, name: 'Alpha' }),
    ms({ taskId: 'c', date: '2026-01-01T17:00', slipMinutes: -960, status: 'on_track', name: 'gamma' }),
  ];
  const ids = (sort: string) => sortMilestones(items, sort).map((m) => m.taskId);

  it('sorts by a column either way, missing values last', () => {
    expect(ids('date')).toEqual(['c', 'a', 'b']);
    expect(ids('-date')).toEqual(['a', 'c', 'b']);
    expect(ids('slip')).toEqual(['c', 'a', 'b']);
    expect(ids('-slip')).toEqual(['a', 'c', 'b']);
  });

  it('sorts names ignoring case and statuses by urgency', () => {
    expect(ids('milestone')).toEqual(['b', 'a', 'c']);
    expect(ids('status')).toEqual(['a', 'b', 'c']);
  });
});
