import { z } from 'zod';
import { PROJECT_STATES, type ProjectState } from '../core/lifecycle.js';
import { BOOKING_TYPES, RESOURCE_KINDS } from '../core/resources/model.js';
import { DateOnly, Id, PageQuery, pageOf, Timestamp, Version, VersionField } from './common.js';
import { resourceActions } from './resource-actions.js';

/*
 * The organisation's resource pool (issue 11). Dates are local days "YYYY-MM-DD"; units are percent
 * on the wire (100 = full time; core works with fractions); money is integer minor units of the
 * resource's currency.
 */

/** What a resource is. */
export const ResourceKindEnum = z.enum(RESOURCE_KINDS).meta({ id: 'ResourceKind' });
/** Committed or proposed (tentative) booking. */
export const BookingTypeEnum = z.enum(BOOKING_TYPES).meta({ id: 'BookingType' });

const HourMinute = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:mm');
const Money = z.number().int().min(0, 'must not be negative').max(1_000_000_000_000);

/** A skill and its level, 1 (novice) to 5 (expert). */
export const ResourceSkill = z.object({
  skill: z.string().trim().min(1, 'must not be empty').max(80),
  level: z.number().int().min(1).max(5),
});

/** A working period of a day, "HH:mm" to "HH:mm" (24:00 only as an end). */
export const WorkingPeriod = z
  .object({ start: HourMinute, end: HourMinute })
  .refine((p) => p.start !== '24:00' && p.end > p.start, { message: 'must end after it starts', path: ['end'] });

/** A personal calendar exception: leave (no working periods) or different hours, over days inclusive. */
export const ResourceException = z
  .object({
    name: z.string().max(200).default(''),
    from: DateOnly,
    to: DateOnly,
    working: z
      .array(WorkingPeriod)
      .max(6)
      .superRefine((periods, ctx) => {
        const sorted = periods.map((p, i) => ({ ...p, i })).sort((a, b) => a.start.localeCompare(b.start));
        for (let k = 1; k < sorted.length; k++) {
          const [prev, cur] = [sorted[k - 1]!, sorted[k]!];
          if (cur.start < prev.end)
            ctx.addIssue({ code: 'custom', path: [cur.i, 'start'], message: 'overlaps another period' });
        }
      }),
  })
  .refine((e) => e.to >= e.from, { message: 'must not be before from', path: ['to'] });

/** Issues for a list of dated steps that is not sorted by strictly increasing `from` (each step starts a new period). */
function stepsInOrder(steps: readonly { from: string }[], ctx: z.RefinementCtx): void {
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.from <= steps[i - 1]!.from) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'from'],
        message: 'must be after the previous step (sorted, one step a day)',
      });
    }
  }
}

/** Maximum units from a day on (until the next step); before the first step, 100 %. */
export const UnitsStepWire = z.object({
  from: DateOnly,
  unitsPercent: z.number().min(0).max(1000),
});

/** Cost rates from a day on. */
export const RateStepWire = z.object({
  from: DateOnly,
  standardPerHourMinor: Money,
  overtimePerHourMinor: Money,
  perUseMinor: Money,
});

/** The fields of a resource the PMO edits. */
export const ResourceFields = z.object({
  code: z.string().trim().min(1, 'must not be empty').max(20),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  kind: ResourceKindEnum,
  /** A person's user account (one resource per user). */
  userId: Id.nullable(),
  email: z.union([z.literal(''), z.email().max(320)]),
  department: z.string().trim().max(200),
  /** A person's generic role: a resource of kind role. */
  roleId: Id.nullable(),
  /** Material only (e.g. "t", "m³"). */
  materialUnit: z.string().trim().max(40),
  /** An organisation calendar; null: the Standard calendar. Work resources only. */
  calendarId: Id.nullable(),
  skills: z
    .array(ResourceSkill)
    .max(50)
    .superRefine((skills, ctx) => {
      const seen = new Set<string>();
      skills.forEach((s, i) => {
        const key = s.skill.trim().toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'skill'], message: 'is listed twice' });
        seen.add(key);
      });
    }),
  /** Personal exceptions to the base calendar (work resources only); later ones win where they overlap. */
  exceptions: z.array(ResourceException).max(500),
  /** Work resources only. */
  maxUnits: z.array(UnitsStepWire).max(200).superRefine(stepsInOrder),
  /** Not for cost resources (their cost is entered on each assignment). */
  rates: z.array(RateStepWire).max(200).superRefine(stepsInOrder),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code'),
  booking: BookingTypeEnum,
  active: z.boolean(),
  notes: z.string().max(20000),
});
/** Resource fields. */
export type ResourceFields = z.infer<typeof ResourceFields>;

/** A resource as read. */
export const Resource = ResourceFields.extend({
  id: Id,
  userName: z.string().nullable(),
  roleName: z.string().nullable(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  ...resourceActions('Resource', ['resource.update', 'resource.delete']),
}).meta({ id: 'Resource' });
/** A resource. */
export type Resource = z.infer<typeof Resource>;

/** GET /api/resources filters. */
export const ResourceListQuery = PageQuery.extend({
  kind: ResourceKindEnum.optional(),
  department: z.string().max(200).optional(),
  skill: z.string().max(80).optional(),
  /** Name or code contains (case-insensitive). */
  q: z.string().max(200).optional(),
  /** Default: active resources only. */
  status: z.enum(['active', 'inactive', 'all']).default('active'),
});
/** Resource list filters. */
export type ResourceListQuery = z.infer<typeof ResourceListQuery>;

/** A page of resources. */
export const ResourcePage = pageOf(Resource).meta({ id: 'ResourcePage' });
/** A page of resources. */
export type ResourcePage = z.infer<typeof ResourcePage>;

/** Body of POST /api/resources: code, name and kind; everything else has a default (a committed, active resource in EUR). */
export const CreateResourceBody = ResourceFields.partial()
  .required({ code: true, name: true, kind: true })
  .meta({ id: 'CreateResourceBody' });
/** Create resource body. */
export type CreateResourceBody = z.infer<typeof CreateResourceBody>;

/** Body of PATCH /api/resources/{id}: the fields to change (deactivate with `active: false`), and the version read. */
export const UpdateResourceBody = ResourceFields.partial()
  .extend(VersionField.shape)
  .meta({ id: 'UpdateResourceBody' });
/** Update resource body. */
export type UpdateResourceBody = z.infer<typeof UpdateResourceBody>;

const Percent = z.number().int().min(0).max(100);

/** Weight (percent, 0–100) at which projects in each lifecycle state count as demand in capacity views. */
export const StateWeights = z.object(
  Object.fromEntries(PROJECT_STATES.map((s) => [s, Percent])) as Record<ProjectState, typeof Percent>,
);
/** State weights in percent. */
export type StateWeights = z.infer<typeof StateWeights>;

/** The PMO's capacity settings (GET /api/resource-settings). */
export const ResourceSettings = z
  .object({
    stateWeights: StateWeights,
    /** Look-ahead of the "unstaffed generic assignments" health metric, in weeks. */
    unstaffedWeeks: z.number().int().min(1).max(52),
    version: Version,
    /** Null while the defaults were never changed. */
    updatedAt: Timestamp.nullable(),
    ...resourceActions('ResourceSettings', ['resource.settings.manage']),
  })
  .meta({ id: 'ResourceSettings' });
/** Capacity settings. */
export type ResourceSettings = z.infer<typeof ResourceSettings>;

/** Body of PUT /api/resource-settings: states not named keep their weight. */
export const UpdateResourceSettingsBody = z
  .object({
    stateWeights: z.strictObject(StateWeights.partial().shape).optional(),
    unstaffedWeeks: z.number().int().min(1).max(52).optional(),
  })
  .extend(VersionField.shape)
  .meta({ id: 'UpdateResourceSettingsBody' });
/** Settings update body. */
export type UpdateResourceSettingsBody = z.infer<typeof UpdateResourceSettingsBody>;
