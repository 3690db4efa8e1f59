import { z } from 'zod';
import { DIMENSIONS, RAGS } from '../core/health/model.js';
import { REPORT_STATES } from '../core/reports/report-state.js';
import { CADENCES } from '../core/reports/reporting-cadence.js';
import { STATUS_REPORT_ACTIONS } from '../core/reports/status-report-policy.js';
import { DateOnly, Id, Timestamp, Version } from './common.js';
import { resourceActions } from './resource-actions.js';

/*
 * Status reports: the PMO sets a cadence (per portfolio, overridden per project) and a template of
 * sections; the PM writes one report per period with a RAG per health dimension, and submits it;
 * the PMO reviews it or returns it with a comment. On submit the plan's figures and health are
 * frozen in `snapshot`. Dates: periods are ISO dates (YYYY-MM-DD, the due date is the period's last
 * day); plan dates in a snapshot are local date-times as in GET /schedule; variances in working days.
 */

/** A reporting cadence (`none`: no reports are due). */
export const Cadence = z.enum(CADENCES).meta({ id: 'Cadence' });
/** A RAG status. */
export const RagValue = z.enum(RAGS);
/** A health dimension. */
export const DimensionKey = z.enum(DIMENSIONS).meta({ id: 'Dimension' });
/** A report's workflow state. */
export const ReportState = z.enum(REPORT_STATES).meta({ id: 'StatusReportState' });

const SectionKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lower-case key like next_period (letters, digits, _)');

/** Longest section title, characters. */
export const MAX_SECTION_TITLE_LENGTH = 100;

/** A section of the report template. */
export const TemplateSection = z
  .object({ key: SectionKey, title: z.string().trim().min(1, 'must not be empty').max(MAX_SECTION_TITLE_LENGTH) })
  .meta({ id: 'TemplateSection' });
/** A template section. */
export type TemplateSection = z.infer<typeof TemplateSection>;

/** The template used when the PMO has set none. */
export const DEFAULT_REPORT_SECTIONS: readonly TemplateSection[] = [
  { key: 'summary', title: 'Summary' },
  { key: 'achievements', title: 'Achievements this period' },
  { key: 'next_period', title: 'Planned for next period' },
  { key: 'issues', title: 'Issues and help needed' },
];

/** GET /portfolios/{id}/reporting and /projects/{id}/reporting: the scope's own settings and what applies. */
export const ReportingSettings = z
  .object({
    scope: z.enum(['portfolio', 'project']),
    scopeId: Id,
    /** The scope's own cadence; `inherit` (projects only): the portfolio's applies. */
    cadence: z.union([Cadence, z.literal('inherit')]),
    startDate: DateOnly.nullable(),
    /** The scope's own template; null: a project follows its portfolio's (or the default). */
    sections: z.array(TemplateSection).nullable(),
    /** 0 while the scope has no settings of its own. */
    version: z.number().int().nonnegative(),
    effective: z.object({
      cadence: Cadence,
      startDate: DateOnly.nullable(),
      sections: z.array(TemplateSection),
      source: z.enum(['project', 'portfolio', 'default']),
    }),
    allowedActions: z.array(z.literal('reporting.configure')),
  })
  .meta({ id: 'ReportingSettings' });
/** Reporting settings. */
export type ReportingSettings = z.infer<typeof ReportingSettings>;

/** Most sections a template may hold. */
export const MAX_TEMPLATE_SECTIONS = 12;

/**
 * PUT …/reporting: sets the scope's cadence and template. On a project, `inherit` removes its own
 * settings (send no sections with it) and `sections: null` keeps its cadence but follows the portfolio's template;
 * sections omitted keep the scope's current template.
 */
export const PutReportingBody = z
  .object({
    cadence: z.union([Cadence, z.literal('inherit')]),
    /** Anchor of the periods; omitted or null: the Monday on or after the project's planned start. */
    startDate: DateOnly.nullable().optional(),
    sections: z
      .array(TemplateSection)
      .min(1, 'must hold at least one section')
      .max(MAX_TEMPLATE_SECTIONS, `must hold at most ${MAX_TEMPLATE_SECTIONS} sections`)
      .nullable()
      .optional(),
    version: z.number().int().nonnegative().optional(),
  })
  .meta({ id: 'PutReportingBody' });
/** Parsed reporting body. */
export type PutReportingBody = z.infer<typeof PutReportingBody>;

const LocalDate = z.string().nullable().meta({ description: 'Local date-time YYYY-MM-DDTHH:mm, or null' });
const Person = z.object({ id: Id, name: z.string() }).meta({ id: 'PersonRef' });

/** A milestone in a report's snapshot; slip in working days. */
export const SnapshotMilestone = z
  .object({ taskId: Id, name: z.string(), date: LocalDate, baselineDate: LocalDate, slipDays: z.number() })
  .meta({ id: 'SnapshotMilestone' });

/** A health reason frozen in a snapshot (value and threshold in the rule's metric unit). */
export const SnapshotReason = z
  .object({ ruleId: z.string(), rag: RagValue, message: z.string(), value: z.number(), threshold: z.number() })
  .meta({ id: 'SnapshotReason' });

/** The figures frozen when a report is submitted; never changed afterwards. */
export const ReportSnapshot = z
  .object({
    takenAt: Timestamp,
    forecastFinish: LocalDate,
    baselineFinish: LocalDate,
    plannedFinish: LocalDate,
    /** Forecast minus baseline finish, working days (positive: late). */
    finishVarianceDays: z.number().nullable(),
    /** % of the baseline's work planned done by the status date. */
    plannedPercentComplete: z.number().nullable(),
    actualPercentComplete: z.number(),
    nextMilestones: z.array(SnapshotMilestone),
    slippedMilestones: z.array(SnapshotMilestone),
    /** Computed health at submit; null when it could not be evaluated. */
    health: z
      .object({
        overall: RagValue,
        evaluatedAt: Timestamp,
        dimensions: z.array(
          z.object({
            key: DimensionKey,
            rag: RagValue,
            computedRag: RagValue,
            reasons: z.array(SnapshotReason),
          }),
        ),
      })
      .nullable(),
  })
  .meta({ id: 'ReportSnapshot' });
/** A report snapshot. */
export type ReportSnapshot = z.infer<typeof ReportSnapshot>;

/** The PM's RAG for a dimension beside the computed one; `reason` explains a difference. */
export const ReportRag = z
  .object({
    dimension: DimensionKey,
    rag: RagValue.nullable(),
    computedRag: RagValue.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ReportRag' });
/** A report RAG. */
export type ReportRag = z.infer<typeof ReportRag>;

/** A review or return comment. */
export const ReportComment = z
  .object({ kind: z.enum(['review', 'return']), text: z.string(), at: Timestamp, by: Person })
  .meta({ id: 'ReportComment' });

/** One status report. */
export const StatusReport = z
  .object({
    id: Id,
    projectId: Id,
    periodStart: DateOnly,
    periodEnd: DateOnly,
    dueDate: DateOnly,
    state: ReportState,
    sections: z.array(z.object({ key: z.string(), title: z.string(), text: z.string() })),
    rags: z.array(ReportRag),
    snapshot: ReportSnapshot.nullable(),
    /** Every submit, oldest first: a returned and resubmitted report keeps what was shown before. */
    submissions: z.array(z.object({ submittedAt: Timestamp, by: Person, snapshot: ReportSnapshot })),
    comments: z.array(ReportComment),
    submittedAt: Timestamp.nullable(),
    submittedBy: Person.nullable(),
    reviewedAt: Timestamp.nullable(),
    reviewedBy: Person.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: Version,
    ...resourceActions('StatusReport', STATUS_REPORT_ACTIONS),
  })
  .meta({ id: 'StatusReport' });
/** A status report. */
export type StatusReport = z.infer<typeof StatusReport>;

/** A report in a project's history: the trend figures (forecast finish, RAG per dimension). */
export const StatusReportSummary = z
  .object({
    id: Id,
    periodStart: DateOnly,
    periodEnd: DateOnly,
    dueDate: DateOnly,
    state: ReportState,
    submittedAt: Timestamp.nullable(),
    forecastFinish: LocalDate,
    finishVarianceDays: z.number().nullable(),
    /** The PM's RAG per dimension (null: not given). */
    rags: z.partialRecord(DimensionKey, RagValue.nullable()),
    overall: RagValue.nullable(),
  })
  .meta({ id: 'StatusReportSummary' });
/** A report summary. */
export type StatusReportSummary = z.infer<typeof StatusReportSummary>;

/** GET /projects/{id}/status-reports: history (newest period first) and what is due. */
export const StatusReportList = z
  .object({
    items: z.array(StatusReportSummary),
    cadence: Cadence,
    currentPeriod: z.object({ start: DateOnly, end: DateOnly }).nullable(),
    /** Due date of the oldest report owed, else of the current period's. */
    nextDue: DateOnly.nullable(),
    overdueDays: z.number().int().nonnegative(),
    allowedActions: z.array(z.literal('status_report.create')),
  })
  .meta({ id: 'StatusReportList' });
/** A report list. */
export type StatusReportList = z.infer<typeof StatusReportList>;

/** POST /projects/{id}/status-reports: for the period holding `periodStart` (default: today's). */
export const CreateStatusReportBody = z
  .object({ periodStart: DateOnly.optional() })
  .meta({ id: 'CreateStatusReportBody' });
/** Parsed create body. */
export type CreateStatusReportBody = z.infer<typeof CreateStatusReportBody>;

/** PATCH …/status-reports/{reportId}: narrative per section and RAG per dimension (draft or returned only). */
export const UpdateStatusReportBody = z
  .object({
    version: Version.optional(),
    sections: z
      .array(z.object({ key: z.string().max(40), text: z.string().max(20_000) }))
      .max(12)
      .optional(),
    rags: z
      .array(
        z.object({
          dimension: DimensionKey,
          rag: RagValue.nullable(),
          reason: z.string().trim().max(2000).nullable().optional(),
        }),
      )
      .max(DIMENSIONS.length)
      .optional(),
  })
  .meta({ id: 'UpdateStatusReportBody' });
/** Parsed update body. */
export type UpdateStatusReportBody = z.infer<typeof UpdateStatusReportBody>;

/** POST …/submit and …/review: the version read; a review may carry a comment. */
export const ReviewStatusReportBody = z
  .object({ version: Version.optional(), comment: z.string().trim().max(5000).optional() })
  .meta({ id: 'ReviewStatusReportBody' });
/** Parsed review body. */
export type ReviewStatusReportBody = z.infer<typeof ReviewStatusReportBody>;

/** POST …/return: the comment telling the PM what to change is mandatory. */
export const ReturnStatusReportBody = z
  .object({ version: Version.optional(), comment: z.string().trim().min(1, 'must say what to change').max(5000) })
  .meta({ id: 'ReturnStatusReportBody' });
/** Parsed return body. */
export type ReturnStatusReportBody = z.infer<typeof ReturnStatusReportBody>;

/** A submitted report awaiting the PMO's review. */
export const ReportQueueItem = z
  .object({
    id: Id,
    projectId: Id,
    projectCode: z.string(),
    projectName: z.string(),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    submittedAt: Timestamp.nullable(),
    submittedBy: Person.nullable(),
    overall: RagValue.nullable(),
  })
  .meta({ id: 'ReportQueueItem' });

/** GET /status-reports/queue: submitted reports awaiting review, of projects the caller reads. */
export const ReportQueue = z.object({ items: z.array(ReportQueueItem) }).meta({ id: 'ReportQueue' });
/** The review queue. */
export type ReportQueue = z.infer<typeof ReportQueue>;

/** GET /portfolio/status-summary(.pdf|.xlsx): which projects. */
export const StatusSummaryQuery = z.object({ portfolioId: Id.optional() });
/** Parsed summary query. */
export type StatusSummaryQuery = z.infer<typeof StatusSummaryQuery>;
