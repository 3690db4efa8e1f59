import type { PlanTask } from '../../../src/contracts/index.js';

/** How a task earns value, as the plan grid and the Money page name the methods. */
export const EV_METHOD_LABELS: Record<NonNullable<PlanTask['evMethod']>, string> = {
  duration: '% complete',
  physical: 'Physical % complete',
  zeroHundred: '0/100',
  fiftyFifty: '50/50',
  weightedMilestones: 'Weighted milestones',
};

/** When a task's fixed cost is incurred (MS Project's Fixed Cost Accrual). */
export const ACCRUAL_LABELS: Record<PlanTask['fixedCostAccrual'], string> = {
  start: 'Start',
  prorated: 'Prorated',
  end: 'End',
};
