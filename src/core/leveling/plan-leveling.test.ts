import { describe, expect, it } from 'vitest';
import { at, days, link, plan, task } from '../schedule/test-fixtures.js';
import { formatLocalDateTime } from '../schedule/time.js';
import { levelPlan } from './plan-leveling.js';
import { assign, levelingInput, levelingOptions, person } from './test-plans.js';

const iso = (m: number | undefined) => formatLocalDateTime(m as number).slice(0, 16);

describe('levelPlan', () => {
  it('delays the less urgent of two parallel tasks on one person until the other is done', () => {
    const p = plan(
      [
        task('a', { durationMinutes: days(2) }),
        task('b', { durationMinutes: days(1) }),
        task('c', { durationMinutes: days(3) }),
      ],
      [link('a', 'c')],
    );
    // a is on the critical path (late start earlier): b waits.
    const r = levelPlan(levelingInput(p, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')]), levelingOptions());
    expect(r.taskDelays).toEqual([0, days(2), 0]);
    expect(iso(r.schedule.earlyStart[1])).toBe('2024-01-10T08:00');
    expect(r.conflicts).toEqual([]);
    expect(r.overallocations).toEqual([]);
    expect(r.finishAfter).toBe(r.finishBefore);
  });

  it('gives a higher task priority the resource first, and never moves priority 1000', () => {
    const p = plan([task('a', { durationMinutes: days(2) }), task('b', { durationMinutes: days(1), priority: 900 })]);
    const r = levelPlan(levelingInput(p, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')]), levelingOptions());
    expect(r.taskDelays).toEqual([days(1), 0]);
    const fixed = plan([task('a', { priority: 1000 }), task('b', { priority: 1000 })]);
    const f = levelPlan(
      levelingInput(fixed, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')]),
      levelingOptions(),
    );
    expect(f.taskDelays).toEqual([0, 0]);
    expect(f.conflicts.map((c) => [c.taskId, c.reason, c.resourceIds])).toEqual([['b', 'fixed', ['ann']]]);
    expect(f.overallocations).toHaveLength(1);
  });

  it('lets two half-time assignments share a person', () => {
    const p = plan([task('a'), task('b')]);
    const r = levelPlan(
      levelingInput(p, [person('ann')], [assign('a', 'ann', 0.5), assign('b', 'ann', 0.5)]),
      levelingOptions(),
    );
    expect(r.taskDelays).toEqual([0, 0]);
  });

  it('works around background load from other projects', () => {
    const p = plan([task('a')]);
    const monday = Math.floor(at('2024-01-08T08:00') / 1440);
    const background = new Map([['ann', new Map([[monday, 240]])]]);
    const r = levelPlan(levelingInput(p, [person('ann')], [assign('a', 'ann')], { background }), levelingOptions());
    expect(iso(r.schedule.earlyStart[0])).toBe('2024-01-09T08:00');
  });

  it('within slack: reports a conflict instead of moving a critical task', () => {
    const p = plan([task('a', { durationMinutes: days(2) }), task('b', { durationMinutes: days(2) })]);
    const r = levelPlan(
      levelingInput(p, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')]),
      levelingOptions({ withinSlack: true }),
    );
    expect(r.taskDelays).toEqual([0, 0]);
    expect(r.conflicts.map((c) => c.reason)).toEqual(['beyond_slack']);
    expect(r.finishAfter).toBe(r.finishBefore);
  });

  it('moves only tasks that start in the date range', () => {
    const p = plan([
      task('a'),
      task('b'),
      task('c', { constraint: { type: 'startNoEarlierThan', date: at('2024-01-15T08:00') } }),
      task('d', { constraint: { type: 'startNoEarlierThan', date: at('2024-01-15T08:00') } }),
    ]);
    const as = ['a', 'b', 'c', 'd'].map((t) => assign(t, 'ann'));
    const r = levelPlan(
      levelingInput(p, [person('ann')], as),
      levelingOptions({ from: at('2024-01-12T00:00'), to: at('2024-01-20T00:00') }),
    );
    expect(r.taskDelays).toEqual([0, 0, 0, days(1)]);
    expect(r.conflicts.map((c) => [c.taskId, c.reason])).toEqual([['b', 'fixed']]);
  });

  it('never moves done work; splits the remaining work only when allowed', () => {
    const options = { statusDate: at('2024-01-09T08:00') };
    const p = plan(
      [
        task('a', {
          durationMinutes: days(2),
          actualStart: at('2024-01-08T08:00'),
          remainingDurationMinutes: days(1),
          priority: 100,
        }),
        task('b', {
          durationMinutes: days(2),
          constraint: { type: 'startNoEarlierThan', date: at('2024-01-09T08:00') },
        }),
      ],
      [],
      options,
    );
    const as = [assign('a', 'ann'), assign('b', 'ann')];
    const whole = levelPlan(levelingInput(p, [person('ann')], as), levelingOptions());
    // a is in progress and may not split: b yields.
    expect(whole.taskDelays).toEqual([0, days(1)]);
    const split = levelPlan(levelingInput(p, [person('ann')], as), levelingOptions({ split: true }));
    // a has the lower priority: its remaining day waits for b (resumes Thu 11th), its start stays.
    expect(split.taskDelays).toEqual([days(2), 0]);
    expect(iso(split.schedule.earlyStart[0])).toBe('2024-01-08T08:00');
    expect(iso(split.schedule.earlyFinish[0])).toBe('2024-01-11T17:00');
  });

  it('levels P6 plans with the P6 rules', () => {
    const p = plan([task('a', { durationMinutes: days(2) }), task('b', { durationMinutes: days(2) })], [], {
      flavour: 'p6',
    });
    const r = levelPlan(levelingInput(p, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')]), levelingOptions());
    expect(r.taskDelays).toEqual([0, days(2)]);
    expect(iso(r.schedule.earlyStart[1])).toBe('2024-01-10T08:00');
  });

  it('searching more schedules never ends later, and the same seed gives the same result', () => {
    // Two chains competing for one person: the rule's choice is not the best finish.
    const p = plan(
      [
        task('a1', { durationMinutes: days(1) }),
        task('a2', { durationMinutes: days(4) }),
        task('b1', { durationMinutes: days(3) }),
        task('b2', { durationMinutes: days(1) }),
      ],
      [link('a1', 'a2'), link('b1', 'b2')],
    );
    const input = levelingInput(
      p,
      [person('ann'), person('bob')],
      [assign('a1', 'ann'), assign('b1', 'ann'), assign('a2', 'bob'), assign('b2', 'bob')],
    );
    const one = levelPlan(input, levelingOptions());
    const many = levelPlan(input, levelingOptions({ budget: 50, seed: 7 }));
    expect(many.finishAfter).toBeLessThanOrEqual(one.finishAfter);
    expect(levelPlan(input, levelingOptions({ budget: 50, seed: 7 })).taskDelays).toEqual(many.taskDelays);
    expect(many.schedulesGenerated).toBe(50);
  });

  it('stops when asked and reports progress', () => {
    const p = plan([task('a'), task('b')]);
    const seen: number[] = [];
    let calls = 0;
    let doneWhenStopped = -1;
    const r = levelPlan(
      levelingInput(p, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')]),
      levelingOptions({
        budget: 100,
        onProgress: (d) => seen.push(d),
        shouldStop: () => {
          if (++calls < 4) return false;
          if (doneWhenStopped < 0) doneWhenStopped = seen.length;
          return true;
        },
      }),
    );
    // Asked between schedules: nothing more is generated once it answers yes.
    expect(doneWhenStopped).toBeGreaterThan(1);
    expect(r.schedulesGenerated).toBe(doneWhenStopped);
    expect(seen).toEqual(Array.from({ length: r.schedulesGenerated }, (_, k) => k + 1));
  });

  it('refuses a budget out of range, naming the field', () => {
    const p = plan([task('a')]);
    expect(() => levelPlan(levelingInput(p, [], []), levelingOptions({ budget: 0 }))).toThrow(/budget/);
  });
});
