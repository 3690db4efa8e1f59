import type { ProjectFacts } from './facts.js';
import { healthMetric, healthMetrics } from './metric-registry.js';
import {
  type Comparison,
  DIMENSIONS,
  type DimensionHealth,
  type HealthOverride,
  type HealthReason,
  type HealthRule,
  type Measurement,
  type ProjectHealth,
  type Rag,
  worseRag,
} from './model.js';

function fires(comparison: Comparison, value: number, threshold: number): boolean {
  switch (comparison) {
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
  }
}

function shown(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function reasonOf(rule: HealthRule, m: Measurement): HealthReason | null {
  const value = m.value;
  if (value === null) return null;
  const level: [Exclude<Rag, 'green'>, number][] = [];
  if (rule.red !== null) level.push(['red', rule.red]);
  if (rule.amber !== null) level.push(['amber', rule.amber]);
  for (const [rag, threshold] of level) {
    if (!fires(rule.comparison, value, threshold)) continue;
    return {
      ruleId: rule.id,
      metric: rule.metric,
      rag,
      message: rule.message.replaceAll('{value}', shown(value)).replaceAll('{threshold}', shown(threshold)),
      value,
      threshold,
      links: m.links ?? [],
    };
  }
  return null;
}

/** An override lasts until the next status report is submitted. */
export function overrideActive(o: HealthOverride, lastReportSubmittedAt: string | null | undefined): boolean {
  return !lastReportSubmittedAt || lastReportSubmittedAt <= o.at;
}

/**
 * A project's health: every registered metric measured once, every enabled rule compared; a dimension is
 * the worst of its reasons, or the PM's override while that is active; overall is the worst
 * dimension. `evaluatedAt` is an ISO timestamp passed in (core keeps no clock).
 */
export function evaluateHealth(
  facts: ProjectFacts,
  rules: readonly HealthRule[],
  overrides: readonly HealthOverride[],
  evaluatedAt: string,
): ProjectHealth {
  const measured = new Map<string, Measurement>();
  const metrics: Record<string, number | null> = {};
  for (const metric of healthMetrics()) {
    const m = metric.measure(facts);
    measured.set(metric.key, m);
    metrics[metric.key] = m.value;
  }
  const reasons = new Map<string, HealthReason[]>();
  const measuredDimensions = new Set<string>();
  for (const rule of rules) {
    const m = rule.enabled && healthMetric(rule.metric) ? measured.get(rule.metric) : undefined;
    if (!m) continue;
    if (m.value !== null) measuredDimensions.add(rule.dimension);
    const reason = reasonOf(rule, m);
    if (reason) reasons.set(rule.dimension, [...(reasons.get(rule.dimension) ?? []), reason]);
  }
  const active = new Map(
    overrides.filter((o) => overrideActive(o, facts.reporting?.lastSubmittedAt)).map((o) => [o.dimension, o]),
  );
  let overall: Rag = 'green';
  const dimensions = DIMENSIONS.map((key): DimensionHealth => {
    const mine = (reasons.get(key) ?? []).sort((a, b) => (a.rag === b.rag ? 0 : a.rag === 'red' ? -1 : 1));
    const computedRag = mine.reduce<Rag>((rag, r) => worseRag(rag, r.rag), 'green');
    const override = active.get(key) ?? null;
    const rag = override ? override.rag : computedRag;
    overall = worseRag(overall, rag);
    return {
      key,
      rag,
      computedRag,
      measured: override !== null || measuredDimensions.has(key),
      override,
      reasons: mine,
    };
  });
  return { overall, evaluatedAt, dimensions, metrics };
}
