import {
  type Calendar,
  type CalendarException,
  calendarId,
  type Link,
  type LinkType,
  type Plan,
  type Task,
  taskId,
} from '../../src/core/schedule/model.js';
import { epochDayFromCivil, requireLocalDateTime } from '../../src/core/schedule/time.js';

/** Deterministic PRNG (mulberry32) so every run schedules the same network. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = [
  { startMinute: 480, endMinute: 720 },
  { startMinute: 780, endMinute: 1020 },
];

/** Monday-Friday 08:00-12:00, 13:00-17:00, with ten fixed holidays a year for 2024-2060. */
export function fiveDayCalendar(): Calendar {
  const exceptions: CalendarException[] = [];
  for (let year = 2024; year <= 2060; year++) {
    for (const [m, d] of [
      [1, 1],
      [4, 1],
      [5, 1],
      [5, 27],
      [7, 4],
      [8, 26],
      [11, 11],
      [12, 24],
      [12, 25],
      [12, 26],
    ] as const) {
      const e = epochDayFromCivil(year, m, d);
      exceptions.push({ fromDay: e, toDay: e, working: [] });
    }
  }
  return {
    id: calendarId('5d'),
    name: '5-day week with holidays',
    week: [[], day, day, day, day, day, []],
    exceptions,
    hoursPerDay: 8,
    hoursPerWeek: 40,
    daysPerMonth: 20,
  };
}

const TYPES: readonly LinkType[] = ['FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

/**
 * A network of `count` tasks in a three-level WBS (summaries every 50 and 1,000 tasks), each leaf
 * with about two predecessors chosen among the few hundred (count / 250) tasks before it, all four link types
 * (70 % FS), a quarter of the links with a lag or lead, durations of 0-10 days (some milestones).
 */
export function generatePlan(count: number, seed = 42): Plan {
  const random = prng(seed);
  const tasks: Task[] = [];
  const links: Link[] = [];
  const leaves: number[] = [];
  let phase: string | null = null;
  let group: string | null = null;
  // Wider windows for bigger plans keep the critical path (and the calendar span) near 20 years.
  const window = Math.max(400, Math.floor(count / 250));
  for (let i = 0; tasks.length < count; i++) {
    if (i % 1000 === 0) {
      phase = `P${i}`;
      tasks.push({ id: taskId(phase), name: `Phase ${i / 1000}`, parentId: null, durationMinutes: 0 });
      continue;
    }
    if (i % 50 === 0) {
      group = `G${i}`;
      tasks.push({ id: taskId(group), name: `Group ${i / 50}`, parentId: taskId(phase as string), durationMinutes: 0 });
      continue;
    }
    const milestone = random() < 0.05;
    const id = `T${i}`;
    tasks.push({
      id: taskId(id),
      name: `Task ${i}`,
      parentId: taskId(group ?? (phase as string)),
      durationMinutes: milestone ? 0 : (1 + Math.floor(random() * 10)) * 480,
      ...(milestone ? { milestone: true } : {}),
    });
    const leafIndex = leaves.length;
    leaves.push(tasks.length - 1);
    const predecessors = leafIndex === 0 ? 0 : random() < 0.1 ? 1 : random() < 0.8 ? 2 : 3;
    for (let k = 0; k < predecessors; k++) {
      const back = 1 + Math.floor(random() * Math.min(leafIndex, window));
      const pred = tasks[leaves[leafIndex - back] as number] as Task;
      const type = TYPES[Math.floor(random() * TYPES.length)] as LinkType;
      const lagRoll = random();
      const minutes = lagRoll < 0.15 ? (1 + Math.floor(random() * 3)) * 480 : lagRoll < 0.25 ? -240 : 0;
      links.push(
        minutes === 0
          ? { predecessorId: pred.id, successorId: tasks[tasks.length - 1]?.id as Task['id'], type }
          : {
              predecessorId: pred.id,
              successorId: tasks[tasks.length - 1]?.id as Task['id'],
              type,
              lag: { kind: 'working', minutes },
            },
      );
    }
  }
  return {
    name: `generated ${count}`,
    defaultCalendarId: calendarId('5d'),
    calendars: [fiveDayCalendar()],
    tasks,
    links,
    options: { projectStart: requireLocalDateTime('2024-01-08T08:00', 'projectStart') },
  };
}
