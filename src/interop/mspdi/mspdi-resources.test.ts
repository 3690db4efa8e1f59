import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { epochDayFromCivil } from '../../core/schedule/time.js';
import { ORACLE_TAG, oracleHas, oraclePath } from '../../test-support/oracle.js';
import { checkResourceCounts } from '../plan-resources-bounds.js';
import { RESOURCE_LIMITS } from '../reader-limits.js';
import { readPlanFile } from '../schedule-file.js';
import { readMspdi } from './mspdi-reader.js';

const day = (y: number, m: number, d: number) => epochDayFromCivil(y, m, d);

const XML = `<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>r.xml</Name><StartDate>2024-01-08T08:00:00</StartDate><CalendarUID>1</CalendarUID><CurrencyCode>USD</CurrencyCode>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar>
    <Calendar><UID>2</UID><Name>Ann</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID></Calendar></Calendars>
  <Tasks>
    <Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration><Type>2</Type><EffortDriven>1</EffortDriven><Priority>700</Priority></Task>
    <Task><UID>2</UID><Name>B</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><Type>1</Type></Task>
    <Task><UID>3</UID><Name>C</Name><OutlineLevel>1</OutlineLevel><Active>0</Active></Task>
  </Tasks>
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>
    <Resource><UID>1</UID><Name>Ann</Name><Initials>A</Initials><Type>1</Type><EmailAddress>ann@x.org</EmailAddress><CalendarUID>2</CalendarUID>
      <MaxUnits>0.5</MaxUnits><StandardRate>40</StandardRate><OvertimeRate>60</OvertimeRate><CostPerUse>250</CostPerUse>
      <Rates><Rate><RatesFrom>1984-01-01T00:00:00</RatesFrom><RatesTo>2024-06-30T23:59:00</RatesTo><RateTable>0</RateTable><StandardRate>40</StandardRate><OvertimeRate>60</OvertimeRate><CostPerUse>250</CostPerUse></Rate>
        <Rate><RatesFrom>2024-07-01T00:00:00</RatesFrom><RatesTo>2049-12-31T23:59:00</RatesTo><RateTable>0</RateTable><StandardRate>45.5</StandardRate><OvertimeRate>60</OvertimeRate><CostPerUse>0</CostPerUse></Rate>
        <Rate><RatesFrom>1984-01-01T00:00:00</RatesFrom><RateTable>1</RateTable><StandardRate>99</StandardRate></Rate></Rates>
      <AvailabilityPeriods><AvailabilityPeriod><AvailableFrom>2024-01-01T00:00:00</AvailableFrom><AvailableTo>2024-03-31T23:59:00</AvailableTo><AvailableUnits>0.5</AvailableUnits></AvailabilityPeriod>
        <AvailabilityPeriod><AvailableFrom>2024-04-01T00:00:00</AvailableFrom><AvailableTo>2049-12-31T23:59:00</AvailableTo><AvailableUnits>1</AvailableUnits></AvailabilityPeriod></AvailabilityPeriods>
    </Resource>
    <Resource><UID>2</UID><Name>Senior developer</Name><Initials>A</Initials><Type>1</Type><IsGeneric>1</IsGeneric><MaxUnits>3</MaxUnits></Resource>
    <Resource><UID>3</UID><Name>Concrete</Name><Type>0</Type><MaterialLabel>t</MaterialLabel><StandardRate>80</StandardRate></Resource>
    <Resource><UID>4</UID><Name>Travel</Name><Type>2</Type><IsCostResource>1</IsCostResource></Resource>
  </Resources>
  <Assignments>
    <Assignment><UID>10</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>0.5</Units><Work>PT16H0M0S</Work><ActualWork>PT4H0M0S</ActualWork><RemainingWork>PT12H0M0S</RemainingWork>
      <Cost>89000</Cost><ActualCost>18500</ActualCost><RemainingCost>70500</RemainingCost><LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat></Assignment>
    <Assignment><UID>11</UID><TaskUID>2</TaskUID><ResourceUID>2</ResourceUID><Units>2</Units><Work>PT16H0M0S</Work></Assignment>
    <Assignment><UID>12</UID><TaskUID>2</TaskUID><ResourceUID>0</ResourceUID><Units>1</Units><Work>PT8H0M0S</Work></Assignment>
    <Assignment><UID>13</UID><TaskUID>3</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units><Work>PT8H0M0S</Work></Assignment>
    <Assignment><UID>14</UID><TaskUID>2</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units></Assignment>
    <Assignment><UID>15</UID><TaskUID>2</TaskUID><ResourceUID>3</ResourceUID><Units>5</Units><Work>PT5H0M0S</Work><Cost>40000</Cost></Assignment>
  </Assignments>
</Project>`;

describe('readMspdi: resources and assignments', () => {
  const { plan, resources, report } = readMspdi(XML);
  const byId = new Map(resources?.resources.map((r) => [r.id, r]));

  it('reads each kind: work resources as people, generic ones as roles, material with its label, cost resources', () => {
    expect(resources?.resources.map((r) => [r.id, r.kind])).toEqual([
      ['1', 'person'],
      ['2', 'role'],
      ['3', 'material'],
      ['4', 'cost'],
    ]);
    expect(byId.get('1')).toMatchObject({
      name: 'Ann',
      code: 'A',
      email: 'ann@x.org',
      calendarId: '2',
      currency: 'USD',
    });
    expect(byId.get('3')).toMatchObject({ materialUnit: 't', calendarId: null, maxUnits: [] });
  });

  it('keeps codes unique in the file: a second resource with the same initials gets its UID appended', () => {
    expect(byId.get('2')?.code).toBe('A-2');
    expect(byId.get('3')?.code).toBe('R-3');
  });

  it('turns availability periods into max units steps (0 outside them) and MaxUnits alone into one step', () => {
    expect(byId.get('1')?.maxUnits).toEqual([
      { fromDay: day(1984, 1, 1), units: 0 },
      { fromDay: day(2024, 1, 1), units: 0.5 },
      { fromDay: day(2024, 4, 1), units: 1 },
    ]);
    expect(byId.get('2')?.maxUnits).toEqual([{ fromDay: day(1984, 1, 1), units: 3 }]);
  });

  it('reads cost rate table A with its effective dates, rates per hour in minor units, cost per use in hundredths', () => {
    expect(byId.get('1')?.rates).toEqual([
      { fromDay: day(1984, 1, 1), standardPerHourMinor: 4000, overtimePerHourMinor: 6000, perUseMinor: 250 },
      { fromDay: day(2024, 7, 1), standardPerHourMinor: 4550, overtimePerHourMinor: 6000, perUseMinor: 0 },
    ]);
    // No table: the resource's own rates from "always".
    expect(byId.get('3')?.rates).toEqual([
      { fromDay: day(1984, 1, 1), standardPerHourMinor: 8000, overtimePerHourMinor: 0, perUseMinor: 0 },
    ]);
  });

  it('reads assignments with units, work, actual and remaining work, costs and leveling delay', () => {
    expect(resources?.assignments).toEqual([
      {
        id: '10',
        taskId: '1',
        resourceId: '1',
        units: 0.5,
        workMinutes: 960,
        actualWorkMinutes: 240,
        remainingWorkMinutes: 720,
        levelingDelayMinutes: 480,
        budgetCostMinor: 89000,
        actualCostMinor: 18500,
        remainingCostMinor: 70500,
      },
      expect.objectContaining({ id: '11', resourceId: '2', units: 2, workMinutes: 960, remainingWorkMinutes: null }),
      expect.objectContaining({ id: '15', resourceId: '3', units: 5, budgetCostMinor: 40000 }),
    ]);
  });

  it('skips the Null resource and assignments to it or to tasks not carried, with a note each', () => {
    expect(byId.has('0')).toBe(false);
    expect(report.notes).toContainEqual(
      expect.objectContaining({ what: 'assignments to the Null resource (UID 0)', count: 1, examples: ['12'] }),
    );
    expect(report.notes).toContainEqual(
      expect.objectContaining({ what: 'assignments to tasks that were not carried over', examples: ['13'] }),
    );
  });

  it('keeps task types, effort-driven and priority; resource-driven durations stay as before', () => {
    expect(resources?.taskRules).toEqual([
      { taskId: '1', taskType: 'fixedWork', effortDriven: true },
      { taskId: '2', taskType: 'fixedDuration', effortDriven: false },
    ]);
    expect(plan.tasks[0]?.priority).toBe(700);
    expect(plan.tasks[1]?.priority).toBeUndefined();
    // Task 1 is effort-driven by Ann on her calendar: still timed by its work resource.
    expect(plan.tasks[0]?.durationDrivers).toEqual([
      { calendarId: '2', durationMinutes: 1920, remainingDurationMinutes: 1440 },
    ]);
  });

  it('hands the resources on through readPlanFile', async () => {
    expect((await readPlanFile(XML)).resources).toEqual(resources);
  });

  it('refuses more resources or assignments than RESOURCE_LIMITS with a 400 naming the file', () => {
    const over = (r: number, a: number) => () => checkResourceCounts('MS Project XML', r, a);
    expect(over(RESOURCE_LIMITS.resources, RESOURCE_LIMITS.assignments)).not.toThrow();
    expect(over(RESOURCE_LIMITS.resources + 1, 0)).toThrow(/more than 100000 resources/);
    expect(over(0, RESOURCE_LIMITS.assignments + 1)).toThrow(
      expect.objectContaining({ code: 'validation_failed', details: expect.objectContaining({ field: 'file' }) }),
    );
  });
});

describe.skipIf(!oracleHas('mspdi'))(`readMspdi resources on MS Project's files ${ORACLE_TAG}`, () => {
  it('mspdiresource.xml: four resources besides the Null one, five assignments with MS Project’s costs', () => {
    const { resources } = readMspdi(readFileSync(oraclePath('mspdi', 'mspdiresource.xml'), 'utf8'));
    expect(resources?.resources.map((r) => `${r.code}:${r.kind}`)).toEqual([
      'WG:person',
      'JI:person',
      'BL:person',
      'Con:material',
    ]);
    expect(resources?.assignments).toHaveLength(5);
    // Wade Golden: 80 h at 50/h = 4,000.00 over his assignments, as MS Project's resource Cost says.
    const wade = resources?.assignments.filter((a) => a.resourceId === '1') ?? [];
    expect(wade.reduce((s, a) => s + (a.budgetCostMinor ?? 0), 0)).toBe(400_000);
    expect(wade.reduce((s, a) => s + a.workMinutes, 0)).toBe(80 * 60);
  });
});
