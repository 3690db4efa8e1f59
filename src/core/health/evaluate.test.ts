import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_RULES } from './default-rules.js';
import { evaluateHealth, overrideActive } from './evaluate.js';
import type { FactTask, ProjectFacts } from './facts.js';
import type { HealthRule } from './model.js';
import { checkRules, effectiveRules } from './rule-set.js';

// Every minute is working time here: a day is 480 minutes, so days are easy to read.
const DAY = 480;
const cal = { workBetween: (a: number, b: number) => b - a, minutesPerDay: DAY };

function task(id: string, over: Partial<FactTask> = {}): FactTask {
  return {
    id,
    name: `Task ${id}`,
    summary: false,
    milestone: false,
    finish: 10 * DAY,
    durationMinutes: 10 * DAY,
    totalFloatMinutes: 0,
    percentComplete: 0,
    actualFinish: null,
    ...over,
  };
}

function facts(over: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    projectId: 'p',
    state: 'executing',
    plannedFinish: 20 * DAY,
    now: 5 * DAY,
    statusDate: 5 * DAY,
    projectStart: 0,
    projectFinish: 20 * DAY,
    tasks: [task('a', { percentComplete: 50 }), task('m', { milestone: true, finish: 20 * DAY, durationMinutes: 0 })],
    baseline: {
      start: 0,
      finish: 20 * DAY,
      tasks: new Map([
        ['a', { start: 0, finish: 10 * DAY, durationMinutes: 10 * DAY }],
        ['m', { start: 20 * DAY, finish: 20 * DAY, durationMinutes: 0 }],
      ]),
    },
    calendar: cal,
    ...over,
  };
}

const at = '2027-01-01T00:00:00.000Z';

describe('evaluateHealth', () => {
  it('is green with no reasons when the project runs to its baseline', () => {
    const h = evaluateHealth(facts(), DEFAULT_HEALTH_RULES, [], at);
    expect(h.overall).toBe('green');
    expect(h.dimensions.flatMap((d) => d.reasons)).toEqual([]);
    expect(h.metrics.schedulePerformance).toBe(1);
    expect(h.metrics.finishVarianceDays).toBe(0);
    // Nothing measures cost or risk yet: green there says nothing.
    expect(h.dimensions.filter((d) => d.measured).map((d) => d.key)).toEqual(['schedule', 'scope', 'reporting']);
  });

  it('turns schedule red past the red threshold, naming rule, value, threshold and the milestone behind it', () => {
    const late = facts({
      projectFinish: 45 * DAY,
      tasks: [task('a', { percentComplete: 50 }), task('m', { milestone: true, finish: 45 * DAY, durationMinutes: 0 })],
    });
    const h = evaluateHealth(late, DEFAULT_HEALTH_RULES, [], at);
    const schedule = h.dimensions.find((d) => d.key === 'schedule');
    expect(schedule?.rag).toBe('red');
    expect(h.overall).toBe('red');
    const variance = schedule?.reasons.find((r) => r.ruleId === 'finish-variance');
    expect(variance).toMatchObject({ rag: 'red', value: 25, threshold: 20 });
    const worst = schedule?.reasons.find((r) => r.ruleId === 'milestone-worst-slip');
    expect(worst?.links).toEqual([{ kind: 'milestone', id: 'm', label: 'Task m' }]);
    // Red reasons come before amber ones.
    expect(schedule?.reasons[0]?.rag).toBe('red');
  });

  it('measures schedule performance as earned over planned duration at the status date', () => {
    const behind = facts({ tasks: [task('a', { percentComplete: 20 })] });
    const h = evaluateHealth(behind, DEFAULT_HEALTH_RULES, [], at);
    // Planned 5 of 10 days by the status date, earned 2: 0.4.
    expect(h.metrics.schedulePerformance).toBe(0.4);
    expect(h.dimensions.find((d) => d.key === 'schedule')?.reasons.map((r) => r.ruleId)).toContain(
      'schedule-performance',
    );
  });

  it('measures nothing for projects whose schedule is not controlled', () => {
    const h = evaluateHealth(facts({ state: 'closed', projectFinish: 90 * DAY }), DEFAULT_HEALTH_RULES, [], at);
    expect(h.overall).toBe('green');
    expect(h.metrics.finishVarianceDays).toBeNull();
    expect(h.dimensions.every((d) => !d.measured)).toBe(true);
  });

  it('flags an executing project without a baseline red', () => {
    const h = evaluateHealth(facts({ baseline: null }), DEFAULT_HEALTH_RULES, [], at);
    expect(h.dimensions.find((d) => d.key === 'scope')?.rag).toBe('red');
    expect(h.metrics.finishVarianceDays).toBeNull();
  });

  it("lets the PM's override count until the next report, keeping the computed RAG beside it", () => {
    const late = facts({ projectFinish: 45 * DAY });
    const override = {
      dimension: 'schedule' as const,
      rag: 'green' as const,
      justification: 'x',
      byId: 'u',
      byName: 'U',
      at: '2027-01-01T00:00:00Z',
    };
    const h = evaluateHealth(late, DEFAULT_HEALTH_RULES, [override], at);
    const schedule = h.dimensions.find((d) => d.key === 'schedule');
    expect(schedule).toMatchObject({ rag: 'green', computedRag: 'red' });
    expect(overrideActive(override, '2027-01-02T00:00:00Z')).toBe(false);
    const reported = facts({
      projectFinish: 45 * DAY,
      reporting: {
        nextDue: '2027-01-10',
        overdueDays: 0,
        lastSubmittedAt: '2027-01-02T00:00:00Z',
        overdueReportId: null,
      },
    });
    expect(
      evaluateHealth(reported, DEFAULT_HEALTH_RULES, [override], at).dimensions.find((d) => d.key === 'schedule')?.rag,
    ).toBe('red');
  });

  it('uses a lower-is-worse comparison for ratios and skips disabled rules', () => {
    const rules: HealthRule[] = [
      {
        id: 'spi',
        metric: 'schedulePerformance',
        comparison: 'lt',
        amber: 0.9,
        red: 0.5,
        dimension: 'schedule',
        message: 'SPI {value} < {threshold}',
        enabled: true,
      },
      {
        id: 'off',
        metric: 'finishVarianceDays',
        comparison: 'gt',
        amber: -1,
        red: null,
        dimension: 'cost',
        message: 'x',
        enabled: false,
      },
    ];
    const h = evaluateHealth(facts({ tasks: [task('a', { percentComplete: 40 })] }), rules, [], at);
    expect(h.dimensions.find((d) => d.key === 'schedule')?.reasons).toMatchObject([
      { rag: 'amber', message: 'SPI 0.8 < 0.9' },
    ]);
    expect(h.dimensions.find((d) => d.key === 'cost')?.rag).toBe('green');
  });
});

describe('rule sets', () => {
  it("replace the organisation's rules by id in a portfolio and add new ones", () => {
    const [a, b] = DEFAULT_HEALTH_RULES as [HealthRule, HealthRule];
    const merged = effectiveRules(
      [a, b],
      [
        { ...b, enabled: false },
        { ...a, id: 'extra' },
      ],
    );
    expect(merged.map((r) => [r.id, r.enabled])).toEqual([
      [a.id, true],
      [b.id, false],
      ['extra', true],
    ]);
  });

  it('accept the defaults and refuse unknown metrics and thresholds in the wrong order', () => {
    expect(() => checkRules(DEFAULT_HEALTH_RULES)).not.toThrow();
    const [a] = DEFAULT_HEALTH_RULES as [HealthRule];
    expect(() => checkRules([{ ...a, metric: 'nope' }])).toThrow('rules[0].metric');
    expect(() => checkRules([{ ...a, comparison: 'lt', amber: 1, red: 2 }])).toThrow('rules[0].red');
    expect(() => checkRules([{ ...a, amber: null, red: null }])).toThrow('rules[0].amber');
  });
});
