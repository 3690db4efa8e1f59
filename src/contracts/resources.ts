import { z } from 'zod';
import { BOOKING_TYPES, RESOURCE_KINDS } from '../core/resources/model.js';
import { DateOnly, Id, PageQuery, pageOf, Timestamp, Version } from './common.js';
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

/** A personal calendar exception: leave (no working periods) or different hours, over days inclusive. */
export const ResourceException = z.object({
  name: z.string().max(200).default(''),
  from: DateOnly,
  to: DateOnly,
  working: z.array(z.object({ start: HourMinute, end: HourMinute })).max(6),
});

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
  skills: z.array(ResourceSkill).max(50),
  exceptions: z.array(ResourceException).max(500),
  maxUnits: z.array(UnitsStepWire).max(200),
  rates: z.array(RateStepWire).max(200),
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
