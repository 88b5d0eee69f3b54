import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addEuMonths,
  addHours,
  addWorkingDays,
  dateTimeToDate,
  dateTimeToLocal,
  dateToDateTime,
  daysBetween,
  isDutchPublicHoliday,
  isDutchWorkingDay,
  localToDateTime,
  nextWorkingDay,
} from '../../src/domain/calendar.ts';

const RUNS = { numRuns: 200 };
/** A calendar date between 2000 and 2040. */
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('Dutch working days (date-holidays NL, public only)', () => {
  it('counts weekends and public holidays as non-working days', () => {
    expect(isDutchWorkingDay('2026-12-24')).toBe(true); // Thursday
    expect(isDutchWorkingDay('2026-12-25')).toBe(false); // Christmas Day
    expect(isDutchWorkingDay('2026-12-26')).toBe(false); // Boxing Day, a Saturday too
    expect(isDutchWorkingDay('2026-04-27')).toBe(false); // King's Day (Monday)
    expect(isDutchWorkingDay('2026-05-14')).toBe(false); // Ascension Day
    expect(isDutchWorkingDay('2026-10-03')).toBe(false); // Saturday
    expect(isDutchWorkingDay('2026-10-04')).toBe(false); // Sunday
  });
  it('takes only "public" holidays: Good Friday and Liberation Day are working days', () => {
    expect(isDutchPublicHoliday('2026-04-03')).toBe(false);
    expect(isDutchWorkingDay('2026-04-03')).toBe(true);
    expect(isDutchWorkingDay('2026-05-05')).toBe(true);
  });
  it('moves to the next working day, or stays on a working day', () => {
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-24');
    expect(nextWorkingDay('2026-04-25')).toBe('2026-04-28'); // Saturday, Sunday, King's Day
  });
  it('adds working days without counting the first day', () => {
    expect(addWorkingDays('2026-07-03', 3)).toBe('2026-07-08'); // Friday → Wednesday
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28'); // over Christmas and a weekend
    expect(addWorkingDays('2026-12-26', 0)).toBe('2026-12-28');
    expect(() => addWorkingDays('2026-12-24', -1)).toThrow(RangeError);
  });
  it('lands every addition of working days on a working day, after the start', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 30 }), (d, n) => {
        const r = addWorkingDays(d, n);
        return isDutchWorkingDay(r) && r > d;
      }),
      RUNS,
    );
  });
});

describe('EU month counting (Reg. 1182/71 art. 3)', () => {
  it('ends on the same date n months later', () => {
    expect(addEuMonths('2026-06-10', 6)).toBe('2026-12-10');
    expect(addEuMonths('2026-06-10', 18)).toBe('2027-12-10');
  });
  it('ends on the last day of the month when the date does not exist', () => {
    expect(addEuMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addEuMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addEuMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
  it('is monotone in the start date', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 40 }), (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return addEuMonths(lo, n) <= addEuMonths(hi, n);
      }),
      RUNS,
    );
  });
  it('is monotone in the number of months', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (d, m, n) => {
        const [lo, hi] = m <= n ? [m, n] : [n, m];
        return addEuMonths(d, lo) <= addEuMonths(d, hi);
      }),
      RUNS,
    );
  });
});

describe('days, hours and conversions in Europe/Amsterdam', () => {
  it('adds days and counts them across daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });
  it('adds real hours: 36 hours over the spring change are 37 on the clock', () => {
    expect(addHours('2026-03-28T12:00', 36)).toBe('2026-03-30T01:00');
    expect(addHours('2026-09-01T10:00', 36)).toBe('2026-09-02T22:00');
  });
  it('converts between strings and luxon in the Amsterdam zone', () => {
    const dt = localToDateTime('2026-07-01T09:30');
    expect(dt.zoneName).toBe('Europe/Amsterdam');
    expect(dt.toUTC().toISO()).toBe('2026-07-01T07:30:00.000Z');
    expect(dateTimeToLocal(dt.toUTC())).toBe('2026-07-01T09:30');
    expect(dateTimeToDate(dateToDateTime('2026-07-01'))).toBe('2026-07-01');
    expect(() => dateToDateTime('2026-02-30')).toThrow(RangeError);
  });
  it('round-trips days: daysBetween(d, addDays(d, n)) = n', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: -800, max: 800 }),
        (d, n) => daysBetween(d, addDays(d, n)) === n,
      ),
      RUNS,
    );
  });
  it('round-trips local noon through luxon', () => {
    fc.assert(
      fc.property(isoDate, (d) => dateTimeToLocal(localToDateTime(`${d}T12:00`)) === `${d}T12:00`),
      RUNS,
    );
  });
});
