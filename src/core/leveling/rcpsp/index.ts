/*
 * The resource-constrained project scheduling core (single mode, integer time). Two levels of use:
 * - `solveRcpsp` on a compiled problem: the whole solver (sampling, justification, genetic search);
 * - `populationSearch` with your own `ListDecoder` (e.g. a calendar-aware scheme in minutes), over
 *   the same operators, with `ListBuilder.sample` for the initial lists.
 */
export { Decomposition, type DecompositionOptions } from './decomposition.js';
export { JustifiedDecoder } from './justification.js';
export { ParallelSgs } from './parallel-sgs.js';
export { PeakCrossover } from './peak-crossover.js';
export {
  blockCrossover,
  GeneticSearch,
  type ListDecoder,
  mutate,
  type PopulationSearchOptions,
  type PopulationSearchResult,
  populationSearch,
  twoPointCrossover,
} from './population-search.js';
export { isPrecedenceFeasible, type PrecedenceGraph, precedes } from './precedence-graph.js';
export { ListBuilder, type PriorityRule, priorityValues } from './priority-rules.js';
export { Prng } from './prng.js';
export {
  compileRcpsp,
  RCPSP_LIMITS,
  type RcpspActivityInput,
  type RcpspInput,
  type RcpspLinkInput,
  type RcpspProblem,
} from './problem.js';
export { ResourceProfile } from './resource-profile.js';
export { ScheduleOrder } from './schedule-order.js';
export { SerialSgs } from './serial-sgs.js';
export { DEFAULT_SCHEDULES, type RcpspSolution, type SolveRcpspOptions, solveRcpsp } from './solve.js';
export { makespanLowerBound, type TimeWindows, timeWindows } from './time-windows.js';
export { validateSchedule } from './validate.js';
