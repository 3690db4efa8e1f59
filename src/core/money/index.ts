export * from './apportion.js';
export * from './daily-series.js';
export * from './earned-schedule.js';
export * from './earned-value.js';
export * from './percent-complete.js';
export * from './planned-value.js';
export * from './rollup.js';
export * from './task-cost.js';
