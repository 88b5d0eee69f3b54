// Dates and times are written in Europe/Amsterdam whatever the machine's zone, the Dutch way in
// Dutch and the British way in English; a calendar date stays on its day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamDay, createFormat, toDate, zonedParts } from '../../src/web/format.ts';

const nl = createFormat('nl');
const en = createFormat('en');

describe('dates and times in Europe/Amsterdam', () => {
  it('writes an instant the Dutch way in Dutch and the British way in English', () => {
    expect(nl.dateTime('2026-11-30T13:05:00Z')).toBe('ma 30 nov. 2026, 14:05');
    expect(en.dateTime('2026-11-30T13:05:00Z')).toBe('Mon 30 Nov 2026, 14:05');
  });

  it('uses summer time (UTC+2) in summer and moves to the next day after 22:00 UTC', () => {
    expect(nl.dateTime('2026-07-01T22:30:00Z')).toBe('do 2 jul. 2026, 00:30');
    expect(nl.time('2026-03-29T00:59:00Z')).toBe('01:59');
    expect(nl.time('2026-03-29T01:00:00Z')).toBe('03:00');
  });

  it('keeps a calendar date on its own day', () => {
    expect(nl.date('2026-03-29')).toBe('zo 29 mrt. 2026');
    expect(en.day('2026-12-07')).toBe('Mon 7 Dec');
    expect(nl.day('2026-05-01')).toBe('vr 1 mei');
  });

  it('maps every calendar date to itself', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(amsterdamDay(iso)).toBe(iso);
        },
      ),
    );
  });

  it('gives the wall-clock fields of an instant, Monday as weekday 0', () => {
    expect(zonedParts('2026-11-30T23:30:00Z')).toEqual({
      year: 2026,
      month: 12,
      day: 1,
      weekday: 1,
      hour: 0,
      minute: 30,
    });
  });

  it('writes numbers and shares with the language’s separators', () => {
    expect(nl.number(1234.5, 1)).toBe('1.234,5');
    expect(en.number(1234.5, 1)).toBe('1,234.5');
    expect(en.percent(0.755)).toBe('76%');
  });

  it('refuses what is not a date, naming it', () => {
    expect(() => toDate('tomorrow')).toThrow('not a date: "tomorrow"');
  });
});
