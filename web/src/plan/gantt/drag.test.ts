import { describe, expect, it } from 'vitest';
import { dragModeFor, linkTargetAt, movedStart, RESIZE_EDGE_PX, resizedFinish, rowAtY } from './drag.js';
import { planTask } from './test-fixtures.js';
import { localOf, minuteOf, pxPerMinute } from './time-scale.js';
import { TaskKind, timelineOf } from './timeline.js';

const editable = { editable: true, onLinkHandle: false, linkModifier: false };

describe('dragModeFor', () => {
  it('moves from the body, resizes from the last pixels, links from the handle or with the modifier', () => {
    expect(dragModeFor(TaskKind.task, 50, 100, editable)).toBe('move');
    expect(dragModeFor(TaskKind.task, 100 - RESIZE_EDGE_PX + 1, 100, editable)).toBe('resize');
    expect(dragModeFor(TaskKind.task, 50, 100, { ...editable, onLinkHandle: true })).toBe('link');
    expect(dragModeFor(TaskKind.task, 99, 100, { ...editable, linkModifier: true })).toBe('link');
  });

  it('never resizes a milestone, and drags nothing on summaries, undated rows or read-only charts', () => {
    expect(dragModeFor(TaskKind.milestone, 100, 100, editable)).toBe('move');
    expect(dragModeFor(TaskKind.summary, 50, 100, editable)).toBeNull();
    expect(dragModeFor(TaskKind.none, 50, 100, editable)).toBeNull();
    expect(dragModeFor(TaskKind.task, 50, 100, { ...editable, editable: false, onLinkHandle: true })).toBeNull();
  });
});

describe('dragged dates', () => {
  const start = minuteOf('2024-01-08T08:00');
  const finish = minuteOf('2024-01-10T17:00');

  it('moves by whole days in week zoom, keeping the time of day', () => {
    const ppm = pxPerMinute('week');
    expect(localOf(movedStart(start, 14 * 2.6, ppm, 'week'))).toBe('2024-01-11T08:00');
    expect(localOf(movedStart(start, -14 * 7.2, ppm, 'week'))).toBe('2024-01-01T08:00');
    expect(movedStart(start, 5, ppm, 'week')).toBe(start);
  });

  it('moves by whole hours in day zoom', () => {
    const ppm = pxPerMinute('day');
    expect(localOf(movedStart(start, 36 * (5 / 24), ppm, 'day'))).toBe('2024-01-08T13:00');
  });

  it('resizes the finish, but never to before the start', () => {
    const ppm = pxPerMinute('week');
    expect(localOf(resizedFinish(start, finish, 14 * 2, ppm, 'week'))).toBe('2024-01-12T17:00');
    expect(localOf(resizedFinish(start, finish, -14 * 10, ppm, 'week'))).toBe('2024-01-09T08:00');
    const short = minuteOf('2024-01-08T12:00');
    expect(resizedFinish(start, short, -100, ppm, 'week')).toBe(short);
  });
});

describe('link targets', () => {
  const timeline = timelineOf(
    [
      planTask('a', { start: '2024-01-08T08:00', finish: '2024-01-10T17:00' }),
      planTask('b', { start: '2024-01-15T08:00', finish: '2024-01-19T17:00' }),
      planTask('m', { milestone: true, durationMinutes: 0, start: '2024-01-22T08:00', finish: '2024-01-22T08:00' }),
      planTask('u', { start: null, finish: null }),
    ],
    'week',
    0,
  );

  it('finds the bar under the pointer, with a little slop, but not the source itself', () => {
    expect(rowAtY(28 * 1 + 3, 28, 4)).toBe(1);
    expect(rowAtY(-1, 28, 4)).toBe(-1);
    expect(rowAtY(28 * 4, 28, 4)).toBe(-1);
    expect(linkTargetAt(timeline, 1, timeline.x0[1]! + 10, 0)).toBe(1);
    expect(linkTargetAt(timeline, 1, timeline.x1[1]! + 4, 0)).toBe(1);
    expect(linkTargetAt(timeline, 1, timeline.x1[1]! + 40, 0)).toBe(-1);
    expect(linkTargetAt(timeline, 0, timeline.x0[0]! + 10, 0)).toBe(-1);
    expect(linkTargetAt(timeline, 2, timeline.x0[2]! + 8, 0)).toBe(2);
    expect(linkTargetAt(timeline, 3, 100, 0)).toBe(-1);
  });
});
