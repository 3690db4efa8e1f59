/** The API's contracts: one zod schema per resource, shared by server, web and CLI. */
export * from './audit.js';
export * from './auth.js';
export * from './baselines.js';
export * from './calendars.js';
export * from './common.js';
export * from './health.js';
export * from './jobs.js';
export * from './milestones.js';
export * from './plan.js';
export * from './plan-files.js';
export * from './plan-ops.js';
export * from './plan-summary.js';
export * from './portfolios.js';
export * from './projects.js';
export * from './scenarios.js';
export * from './users.js';
