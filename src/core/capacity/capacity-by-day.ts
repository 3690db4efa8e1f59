import type { UnitsStep } from '../resources/model.js';
import type { EpochDay } from '../schedule/time.js';

/**
 * A resource's capacity per day, minutes: the working minutes of its effective calendar (base
 * calendar with its personal exceptions) times the maximum units in force that day. `dayMinutes`
 * holds the calendar's working minutes of firstDay + i; steps are sorted by day (1 before the first).
 */
export function capacityByDay(dayMinutes: Float64Array, firstDay: EpochDay, steps: readonly UnitsStep[]): Float64Array {
  const out = new Float64Array(dayMinutes.length);
  let units = 1;
  let next = 0;
  // Steps before the view set the units in force on its first day.
  while (next < steps.length && (steps[next] as UnitsStep).fromDay <= firstDay)
    units = (steps[next++] as UnitsStep).units;
  for (let i = 0; i < out.length; i++) {
    while (next < steps.length && (steps[next] as UnitsStep).fromDay <= firstDay + i)
      units = (steps[next++] as UnitsStep).units;
    out[i] = (dayMinutes[i] as number) * units;
  }
  return out;
}
