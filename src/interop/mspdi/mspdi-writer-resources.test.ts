import { readdirSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { PlanResources } from '../../core/resources/model.js';
import type { Plan } from '../../core/schedule/model.js';
import { schedulePlan } from '../../core/schedule/schedule.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';
import { readMspdi } from './mspdi-reader.js';
import { writeMspdi } from './mspdi-writer.js';

/*
 * Issue 11: MSPDI resources and assignments round trip. Each MS Project file with resources is read,
 * written with its resources and read again: the same resources (name, code, kind, calendar, max
 * units, rates) and assignments (task, resource, units, work, costs). The writer renumbers UIDs, so
 * tasks and resources are compared by position and calendars by name.
 */

const present = oracleHas('mspdi');
const FILES = present
  ? [
      'legacy/sample.xml',
      'mspdiresource.xml',
      'mspdiassignmentfields.xml',
      'mspdicostratetable.xml',
      'mspdiavailability.xml',
      ...readdirSync(oraclePath('mspdi', 'generated', 'assignment-assignments')).map(
        (f) => `generated/assignment-assignments/${f}`,
      ),
    ]
  : [];

function comparable(plan: Plan, r: PlanResources | undefined) {
  const taskAt = new Map(plan.tasks.map((t, i) => [t.id as string, i]));
  const resourceAt = new Map((r?.resources ?? []).map((x, i) => [x.id, i]));
  const calendarName = new Map(plan.calendars.map((c) => [c.id as string, c.name]));
  return {
    resources: (r?.resources ?? []).map(({ id: _id, calendarId, ...rest }) => ({
      ...rest,
      calendar: calendarId ? calendarName.get(calendarId) : null,
    })),
    assignments: (r?.assignments ?? []).map(({ id: _id, taskId, resourceId, ...rest }) => ({
      ...rest,
      task: taskAt.get(taskId),
      resource: resourceAt.get(resourceId),
    })),
    taskRules: (r?.taskRules ?? []).map((x) => ({ ...x, taskId: taskAt.get(x.taskId) })),
  };
}

/** MSPDI's order of the Resource children the writer emits (the schema is a sequence). */
const RESOURCE_ORDER = [
  'UID',
  'ID',
  'Name',
  'Type',
  'IsNull',
  'Initials',
  'MaterialLabel',
  'EmailAddress',
  'MaxUnits',
  'StandardRate',
  'StandardRateFormat',
  'OvertimeRate',
  'OvertimeRateFormat',
  'CostPerUse',
  'CalendarUID',
  'IsGeneric',
  'IsCostResource',
  'AvailabilityPeriods',
  'Rates',
];
const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;
const DURATION = /^PT\d+H\d+M\d+(\.\d+)?S$/;

describe.skipIf(!present)(`writeMspdi resources and assignments ${ORACLE_TAG}`, () => {
  it.each(FILES)('%s: read -> write -> read gives the same resources and assignments', (file) => {
    const first = readMspdi(readFileSync(oraclePath('mspdi', file), 'utf8'));
    expect(first.resources?.resources.length).toBeGreaterThan(0);
    const xml = writeMspdi(first.plan, schedulePlan(first.plan), { resources: first.resources });
    const again = readMspdi(xml);
    expect(comparable(again.plan, again.resources)).toEqual(comparable(first.plan, first.resources));
    // Resource-driven durations come back as they were read.
    expect(again.plan.tasks.map((t) => t.durationDrivers?.length ?? 0)).toEqual(
      first.plan.tasks.map((t) => t.durationDrivers?.length ?? 0),
    );
  });

  it.each(FILES)('%s: the written Resources and Assignments are well-formed MSPDI', (file) => {
    const first = readMspdi(readFileSync(oraclePath('mspdi', file), 'utf8'));
    const xml = writeMspdi(first.plan, schedulePlan(first.plan), { resources: first.resources });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      parseTagValue: false,
      preserveOrder: true,
    }).parse(xml) as { Project?: { [k: string]: unknown }[] }[];
    const project = doc.find((n) => n.Project)?.Project ?? [];
    const section = (name: string) =>
      ((project.find((n) => name in n) as Record<string, { [k: string]: unknown }[]>)?.[name] ?? []).map(
        (n) => (n as Record<string, { [k: string]: { '#text'?: string }[] }[]>)[name.slice(0, -1)] ?? [],
      );
    for (const resource of section('Resources')) {
      const names = resource.map((c) => Object.keys(c)[0] as string);
      const order = names.map((n) => RESOURCE_ORDER.indexOf(n));
      expect(order.every((o) => o >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const value = (n: string) =>
        (resource.find((c) => n in c)?.[n] as { '#text'?: string }[] | undefined)?.[0]?.['#text'];
      expect(['0', '1', '2']).toContain(value('Type'));
      expect(['0', '1']).toContain(value('IsGeneric'));
    }
    for (const assignment of section('Assignments')) {
      const value = (n: string) =>
        (assignment.find((c) => n in c)?.[n] as { '#text'?: string }[] | undefined)?.[0]?.['#text'];
      expect(value('Work')).toMatch(DURATION);
      expect(value('RemainingWork')).toMatch(DURATION);
      expect(Number(value('Units'))).toBeGreaterThanOrEqual(0);
    }
    for (const m of xml.matchAll(/<(AvailableFrom|AvailableTo|RatesFrom|RatesTo)>([^<]*)</g))
      expect(m[2]).toMatch(DATE);
  });

  it('without PlanResources, still writes one resource per duration-driver calendar, which reads back as the same drivers', () => {
    const first = readMspdi(readFileSync(oraclePath('mspdi', 'mspdiresource.xml'), 'utf8'));
    const xml = writeMspdi(first.plan, schedulePlan(first.plan));
    // The synthetic resources: one per driver calendar, named after it.
    const again = readMspdi(xml);
    expect(again.resources?.resources.map((r) => r.kind)).toEqual(['person', 'person', 'person']);
    const drivers = (p: Plan) =>
      p.tasks.map((t) =>
        t.durationDrivers?.map((d) => [p.calendars.find((c) => c.id === d.calendarId)?.name, d.durationMinutes]),
      );
    expect(drivers(again.plan)).toEqual(drivers(first.plan));
  });
});
