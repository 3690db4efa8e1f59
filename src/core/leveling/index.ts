/**
 * Resource leveling (pure): a serial schedule-generation scheme in calendar time on the scheduling
 * engine's own date arithmetic, searched over task orders within a budget of schedules. The result
 * is a leveling delay per task (working minutes), as MS Project stores it.
 */
export * from './model.js';
export { levelPlan, MAX_LEVELING_BUDGET } from './plan-leveling.js';
export { type DecodedSchedule, PlanDecoder } from './serial-decoder.js';
