import { describe, expect, it } from 'vitest';
import { DEFAULT_DURATION_UNITS } from '../../../../src/core/schedule/predecessor-text.js';
import { setDateStyle } from '../../lib/dates.js';
import { fieldName, formatDelta, formatMove } from './impact-format.js';

describe('impact wording', () => {
  it('writes working-minute deltas as the grid writes durations, with a sign', () => {
    expect(formatDelta(960, DEFAULT_DURATION_UNITS)).toBe('+2d');
    expect(formatDelta(-240, DEFAULT_DURATION_UNITS)).toBe('-0.5d');
    expect(formatDelta(0, DEFAULT_DURATION_UNITS)).toBe('no change');
    expect(formatDelta(null, DEFAULT_DURATION_UNITS)).toBe('—');
  });

  it('shows a date once when it did not move, and before → after when it did', () => {
    setDateStyle('mdy');
    expect(formatMove('2030-01-07T08:00:00', '2030-01-07T08:00:00')).toBe('Mon 01/07/2030');
    expect(formatMove('2030-01-07T08:00:00', '2030-01-09T08:00:00')).toBe('Mon 01/07/2030 → Wed 01/09/2030');
    expect(formatMove(null, '2030-01-09T08:00:00')).toBe('— → Wed 01/09/2030');
    setDateStyle('browser');
  });

  it('names changed fields as people say them', () => {
    expect(fieldName('durationMinutes')).toBe('duration');
    expect(fieldName('deleted')).toBe('deleted');
    expect(fieldName('someNewField')).toBe('some new field');
  });
});
