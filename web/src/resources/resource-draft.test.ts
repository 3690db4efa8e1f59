import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, type ResourceDraft } from './resource-draft.js';

const person = (patch: Partial<ResourceDraft> = {}): ResourceDraft => ({
  ...draftOf(null),
  code: 'NV',
  name: 'Nora Vik',
  ...patch,
});

describe('the resource editor draft', () => {
  it('sends rates as minor units of the currency, and reads them back as typed amounts', () => {
    const built = bodyOf(
      person({ currency: 'JPY', rates: [{ from: '2027-01-01', standard: '9000', overtime: '0', perUse: '' }] }),
    );
    expect('body' in built && built.body.rates).toEqual([
      { from: '2027-01-01', standardPerHourMinor: 9000, overtimePerHourMinor: 0, perUseMinor: 0 },
    ]);
    const eur = bodyOf(
      person({ rates: [{ from: '2027-01-01', standard: '72.5', overtime: '1,080.25', perUse: '0' }] }),
    );
    expect('body' in eur && eur.body.rates[0]).toMatchObject({
      standardPerHourMinor: 7250,
      overtimePerHourMinor: 108025,
    });
  });

  it('drops what the kind does not have, so switching kinds back and forth never sends a 400', () => {
    const typed = person({
      kind: 'material',
      materialUnit: 't',
      userId: '0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a10',
      calendarId: '0b6f3c1e-2f7a-4b7e-9a59-5d1c1f8f2a11',
      maxUnits: [{ from: '2027-01-01', unitsPercent: 50 }],
    });
    const built = bodyOf(typed);
    expect('body' in built && built.body).toMatchObject({
      userId: null,
      calendarId: null,
      maxUnits: [],
      materialUnit: 't',
    });
    const back = bodyOf({ ...typed, kind: 'person' });
    expect('body' in back && back.body).toMatchObject({
      materialUnit: '',
      maxUnits: [{ from: '2027-01-01', unitsPercent: 50 }],
    });
  });

  it('names each wrong field by the API path, before anything is sent', () => {
    const built = bodyOf(
      person({
        maxUnits: [
          { from: '2027-03-01', unitsPercent: 50 },
          { from: '2027-01-01', unitsPercent: 80 },
        ],
        rates: [{ from: '2027-01-01', standard: '12.345', overtime: '0', perUse: '0' }],
        skills: [{ skill: '', level: 3 }],
      }),
    );
    expect('errors' in built && Object.keys(built.errors).sort()).toEqual([
      'maxUnits.1.from',
      'rates.0.standardPerHourMinor',
      'skills.0.skill',
    ]);
  });
});
