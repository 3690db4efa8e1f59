import { actionFacts } from '../actions/action-facts.js';
import { resourceFacts } from '../capacity/resource-facts.js';
import { qualityFacts } from '../quality/quality-facts.js';
import { reportingFacts } from '../reports/reporting-facts.js';
import type { FactSource } from './fact-source.js';
import { planFacts } from './plan-facts.js';

/**
 * Every feature's facts. A feature whose metrics need facts of its own (status reports, corrective
 * actions, schedule quality …) adds its source here, and its metrics to core/health/metric-registry.ts.
 */
export const FACT_SOURCES: readonly FactSource[] = [
  planFacts,
  qualityFacts,
  actionFacts,
  reportingFacts,
  resourceFacts,
];
