// The case view's pure helpers: days left across month ends and DST, deadline rows, urgency, the
// worst light, and the case view's messages complete in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingKeys } from '../../src/web/i18n.ts';
import { caseMessages } from '../../src/web/views/case/messages.ts';
import {
  daysBetween,
  deadlineRows,
  Feasibility,
  splitLocal,
  urgency,
  worstLight,
} from '../../src/web/views/case/model.ts';

const deadline = (date: string | null) => ({
  date,
  ruleIds: ['r.1'],
  verified: date !== '2026-12-31',
  explanation: 'x',
});

describe('days left', () => {
  it('counts calendar days, also across a DST change and a year end', () => {
    expect(daysBetween('2026-12-04', '2026-12-17')).toBe(13);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-12-04', '2026-11-27')).toBe(-7);
    expect(daysBetween('2026-12-04T10:00', '2026-12-05T08:00')).toBe(1);
  });

  it('is antisymmetric and adds up over any three dates', () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });

  it('marks passed, within a week and later', () => {
    expect([-1, 0, 7, 8].map(urgency)).toEqual(['passed', 'soon', 'soon', 'later']);
  });
});

describe('deadline rows', () => {
  it('lists only the deadlines that apply, in a fixed order, with days left from the check date', () => {
    const rows = deadlineRows(
      {
        transfer: deadline(null),
        detentionStart: '2026-12-04',
        detained: false,
        detentionLimit: deadline('2026-12-17'),
        courtNotification: deadline('2026-12-31'),
        earliestDeparture: { at: '2026-12-05T22:00', ruleIds: [], explanation: '' },
        mustHappenBy: deadline('2026-12-17'),
      },
      '2026-12-04',
    );
    expect(rows.map((r) => [r.key, r.daysLeft, r.verified])).toEqual([
      ['detentionLimit', 13, true],
      ['courtNotification', 27, false],
      ['mustHappenBy', 13, true],
    ]);
  });
});

describe('lights and parsing', () => {
  it('the worst light wins', () => {
    expect(worstLight(['green', 'amber', 'green'])).toBe('amber');
    expect(worstLight(['amber', 'red'])).toBe('red');
    expect(worstLight(['green'])).toBe('green');
  });

  it('splits a local date-time without moving it to another zone', () => {
    expect(splitLocal('2026-12-05T22:00')).toEqual({ day: '2026-12-05', time: '22:00' });
  });

  it('refuses a check without its four lights, naming the field', () => {
    const parsed = Feasibility.safeParse({ scenarioId: 's', caseId: 'c', date: '2026-12-04' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('conditions');
  });
});

describe('messages', () => {
  it('has every key in Dutch and in English', () => {
    expect(missingKeys(caseMessages)).toEqual({ en: [], nl: [] });
  });
});
