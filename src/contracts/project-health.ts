import { z } from 'zod';
import { COMPARISONS, DIMENSIONS, RAGS } from '../core/health/model.js';
import { Id } from './common.js';
import { LocalDateTime } from './plan.js';
import { ProjectStateSchema } from './projects.js';

/** A health dimension (schedule, cost, scope, resources, risk, quality, reporting). */
export const DimensionEnum = z.enum(DIMENSIONS);
/** Red, amber or green. */
export const RagEnum = z.enum(RAGS);

/** What a reason points at (a task, milestone, report, corrective action, DCMA check). */
export const HealthLinkSchema = z
  .object({
    kind: z.enum(['task', 'milestone', 'report', 'action', 'check', 'project']),
    id: z.string(),
    label: z.string(),
  })
  .meta({ id: 'HealthLink' });

/** Why a dimension is amber or red: the rule, its metric's value and the threshold passed, in the metric's unit. */
export const HealthReasonSchema = z
  .object({
    ruleId: z.string(),
    metric: z.string(),
    rag: z.enum(['amber', 'red']),
    message: z.string(),
    value: z.number(),
    threshold: z.number(),
    links: z.array(HealthLinkSchema),
  })
  .meta({ id: 'HealthReason' });

/** A PM's RAG for a dimension with the justification; it lasts until the next status report is submitted. */
export const HealthOverrideSchema = z
  .object({
    dimension: DimensionEnum,
    rag: RagEnum,
    justification: z.string(),
    byId: z.string(),
    byName: z.string(),
    at: z.string(),
  })
  .meta({ id: 'HealthOverride' });

/** One dimension: `rag` is what counts (the override while active), `computedRag` what the rules say. */
export const DimensionHealthSchema = z
  .object({
    key: DimensionEnum,
    rag: RagEnum,
    computedRag: RagEnum,
    /** False when no rule of this dimension measured anything (its green then means "not measured"). */
    measured: z.boolean(),
    override: HealthOverrideSchema.nullable(),
    reasons: z.array(HealthReasonSchema),
  })
  .meta({ id: 'DimensionHealth' });

/** Whether health got better or worse since the previous, different evaluation on record. */
export const TrendEnum = z.enum(['better', 'worse', 'same']);

/** GET /api/projects/{id}/health. */
export const ProjectHealthSchema = z
  .object({
    projectId: Id,
    overall: RagEnum,
    /** The overall RAG from the rules alone, without overrides. */
    computedOverall: RagEnum,
    evaluatedAt: z.string(),
    trend: TrendEnum,
    dimensions: z.array(DimensionHealthSchema),
    /** Every metric measured, by key (null: does not apply), in the metric's unit. */
    metrics: z.record(z.string(), z.number().nullable()),
    allowedActions: z.array(z.enum(['health.override'])),
  })
  .meta({ id: 'ProjectHealth' });
/** A project's health. */
export type ProjectHealthView = z.infer<typeof ProjectHealthSchema>;

/** One evaluation kept for the trend (stored when the result changed). */
export const HealthHistoryEntry = z
  .object({ evaluatedAt: z.string(), overall: RagEnum, dimensions: z.record(z.string(), RagEnum) })
  .meta({ id: 'HealthHistoryEntry' });

/** GET /api/projects/{id}/health/history: newest first. */
export const HealthHistory = z.object({ items: z.array(HealthHistoryEntry) }).meta({ id: 'HealthHistory' });
/** Health history. */
export type HealthHistory = z.infer<typeof HealthHistory>;

/** A project's row on the PMO's dashboard. */
export const PortfolioHealthItem = z
  .object({
    projectId: Id,
    code: z.string(),
    name: z.string(),
    state: ProjectStateSchema,
    portfolioId: Id.nullable(),
    portfolioName: z.string().nullable(),
    managerId: Id.nullable(),
    managerName: z.string().nullable(),
    overall: RagEnum,
    computedOverall: RagEnum,
    trend: TrendEnum,
    dimensions: z.array(DimensionHealthSchema),
    metrics: z.record(z.string(), z.number().nullable()),
    forecastFinish: LocalDateTime.nullable(),
    baselineFinish: LocalDateTime.nullable(),
    /** Duration-weighted % complete of work tasks, actual and planned at the status date (baseline). */
    percentComplete: z.number().nullable(),
    percentPlanned: z.number().nullable(),
    nextMilestone: z.object({ taskId: z.string(), name: z.string(), date: LocalDateTime }).nullable(),
    /** When the last status report was submitted (ISO timestamp), and how many days one is overdue (null: no cadence). */
    lastReportAt: z.string().nullable(),
    /** The date (YYYY-MM-DD) the next status report is due; null without a cadence. */
    reportDue: z.string().nullable(),
    reportOverdueDays: z.number().nullable(),
    /** Corrective actions open or in progress, and how many of them are overdue. */
    openActions: z.number().int(),
    overdueActions: z.number().int(),
  })
  .meta({ id: 'PortfolioHealthItem' });
/** A dashboard row. */
export type PortfolioHealthItem = z.infer<typeof PortfolioHealthItem>;

/** GET /api/portfolio/health. */
export const PortfolioHealth = z
  .object({ evaluatedAt: z.string(), items: z.array(PortfolioHealthItem) })
  .meta({ id: 'PortfolioHealth' });
/** The portfolio's health. */
export type PortfolioHealth = z.infer<typeof PortfolioHealth>;

/** Query of GET /api/portfolio/health. */
export const PortfolioHealthQuery = z.object({ portfolioId: Id.optional() });

/** A health rule as the PMO edits it. */
export const HealthRuleSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    metric: z.string().min(1).max(60),
    comparison: z.enum(COMPARISONS),
    amber: z.number().finite().nullable(),
    red: z.number().finite().nullable(),
    dimension: DimensionEnum,
    message: z.string().trim().min(1).max(300),
    enabled: z.boolean(),
  })
  .meta({ id: 'HealthRule' });

/** A metric rules can use, from the registry. */
export const HealthMetricInfo = z
  .object({
    key: z.string(),
    name: z.string(),
    unit: z.enum(['days', 'percent', 'count', 'ratio']),
    dimension: DimensionEnum,
    description: z.string(),
  })
  .meta({ id: 'HealthMetricInfo' });

/** A stored rule set: the organisation's, or one portfolio's replacements and additions. */
export const HealthRuleSetSchema = z
  .object({ rules: z.array(HealthRuleSchema), version: z.number().int(), updatedAt: z.string().nullable() })
  .meta({ id: 'HealthRuleSet' });

/** GET /api/health-rules[?portfolioId=]. */
export const HealthRulesView = z
  .object({
    organisation: HealthRuleSetSchema,
    /** The portfolio's own rules (replacing organisation rules of the same id), when a portfolio was asked for. */
    portfolio: HealthRuleSetSchema.nullable(),
    /** The rules that apply in that portfolio (or organisation-wide). */
    effective: z.array(HealthRuleSchema),
    metrics: z.array(HealthMetricInfo),
    allowedActions: z.array(z.enum(['health.rules.manage'])),
  })
  .meta({ id: 'HealthRulesView' });
/** The rules view. */
export type HealthRulesView = z.infer<typeof HealthRulesView>;

/** PUT /api/health-rules: replaces a rule set (the organisation's, or a portfolio's with `portfolioId`). */
export const HealthRulesUpdate = z
  .object({
    portfolioId: Id.nullable().optional(),
    rules: z.array(HealthRuleSchema).max(200),
    version: z.number().int().nonnegative(),
  })
  .meta({ id: 'HealthRulesUpdate' });
/** A rules update. */
export type HealthRulesUpdate = z.infer<typeof HealthRulesUpdate>;

/** PUT /api/projects/{id}/health/overrides/{dimension}: the PM's call, with a mandatory justification. */
export const HealthOverrideInput = z
  .object({
    rag: RagEnum,
    justification: z.string().trim().min(10, 'explain the call in at least 10 characters').max(2000),
  })
  .meta({ id: 'HealthOverrideInput' });
/** An override input. */
export type HealthOverrideInput = z.infer<typeof HealthOverrideInput>;
