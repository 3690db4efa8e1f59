/**
 * The plan the write and scenario benchmarks send: phases of 99 one-day tasks chained FS inside
 * each phase, and (with `chainPhases`) each phase's first task after the previous phase's last,
 * so an early edit moves everything behind it. Ids are fixed per prefix, so a run can name tasks.
 */
export function phasedPlan(taskCount: number, idPrefix: string, chainPhases: boolean) {
  const id = (n: number) => `${idPrefix}-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const tasks: object[] = [];
  const links: object[] = [];
  for (let s = 0; s * 100 < taskCount; s++) {
    tasks.push({ id: id(s * 100), name: `Phase ${s}` });
    for (let k = 1; k < 100; k++) {
      const n = s * 100 + k;
      tasks.push({ id: id(n), name: `Task ${n}`, parentId: id(s * 100), durationMinutes: 480 });
      if (k > 1) links.push({ predecessorId: id(n - 1), successorId: id(n) });
    }
    if (chainPhases && s > 0) links.push({ predecessorId: id(s * 100 - 1), successorId: id(s * 100 + 1) });
  }
  return { id, tasks, links };
}
