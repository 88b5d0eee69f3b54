// Calendar arithmetic in Europe/Amsterdam (domain.md §6): EU period counting, Dutch working days and
// conversions between the domain's date strings and luxon. Dates are `YYYY-MM-DD`, local date-times
// `YYYY-MM-DDTHH:mm`; an invalid one is a programmer error here (schemas check input at the boundary).
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { ZONE } from './primitives.ts';
import type { IsoDate, LocalDateTime } from './primitives.ts';

const DATE = 'yyyy-MM-dd';
const DATE_TIME = "yyyy-MM-dd'T'HH:mm";

/** A calendar date as the start of that day in `zone` (Amsterdam unless given). */
export function dateToDateTime(date: IsoDate, zone: string = ZONE): DateTime {
  return valid(DateTime.fromFormat(date, DATE, { zone }), date);
}

/** A local date-time read in `zone` (Amsterdam unless given): scenario times are Amsterdam time. */
export function localToDateTime(local: LocalDateTime, zone: string = ZONE): DateTime {
  return valid(DateTime.fromFormat(local, DATE_TIME, { zone }), local);
}

/** The local date-time of an instant, seen in `zone` (Amsterdam unless given). */
export function dateTimeToLocal(dt: DateTime, zone: string = ZONE): LocalDateTime {
  return dt.setZone(zone).toFormat(DATE_TIME);
}

/** The calendar date of an instant, seen in `zone` (Amsterdam unless given). */
export function dateTimeToDate(dt: DateTime, zone: string = ZONE): IsoDate {
  return dt.setZone(zone).toFormat(DATE);
}

/** The date part of a local date-time. */
export function dateOf(local: LocalDateTime): IsoDate {
  return local.slice(0, 10);
}

/** 00:00 at the start of a day. */
export function startOfDay(date: IsoDate): LocalDateTime {
  return `${date}T00:00`;
}

// Calendar dates have no time of day, so date-only arithmetic runs in UTC: the same answer as in
// Amsterdam (no daylight-saving hour can shift a whole date) at a fraction of the cost.
const DAY_MS = 86_400_000;

function dateMs(date: IsoDate): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not a valid date: "${date}"`);
  return ms;
}

/** `n` calendar days later (earlier for negative `n`). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return new Date(dateMs(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((dateMs(to) - dateMs(from)) / DAY_MS);
}

/**
 * The end of a period of `n` months starting on the day of `date` (an event), counted the EU way
 * (Regulation 1182/71 art. 3(1), 3(2)(c); Dublin III art. 42, AMMR likewise): the day of the event
 * is not counted; the period ends on the day with the same number `n` months later, or on the last
 * day of that month when it has no such day (2026-08-31 + 6 months = 2027-02-28). Weekends and
 * holidays are included.
 */
export function addEuMonths(date: IsoDate, n: number): IsoDate {
  // luxon clamps a day that does not exist in the target month to its last day: the EU rule.
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months: n }).toFormat(DATE);
}

/** `n` real hours later, across daylight-saving changes (a 36-hour notice is 36 hours). */
export function addHours(local: LocalDateTime, hours: number, zone: string = ZONE): LocalDateTime {
  return dateTimeToLocal(localToDateTime(local, zone).plus({ hours }), zone);
}

/** Dutch public holidays of a year, from date-holidays (NL, type "public" only), cached per year. */
const holidaysByYear = new Map<number, ReadonlySet<IsoDate>>();
const dutchHolidays = new Holidays('NL', { types: ['public'] });

function publicHolidays(year: number): ReadonlySet<IsoDate> {
  let set = holidaysByYear.get(year);
  if (!set) {
    const dates = dutchHolidays
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    set = new Set(dates);
    holidaysByYear.set(year, set);
  }
  return set;
}

/** Whether `date` is a Dutch public holiday (date-holidays, NL, type "public"). */
export function isDutchPublicHoliday(date: IsoDate): boolean {
  return publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** Monday to Friday and not a Dutch public holiday. */
export function isDutchWorkingDay(date: IsoDate): boolean {
  const weekday = new Date(dateMs(date)).getUTCDay(); // 0 Sunday … 6 Saturday
  return weekday >= 1 && weekday <= 5 && !isDutchPublicHoliday(date);
}

/**
 * The first working day on or after `date`: a Dutch statutory deadline that falls on a weekend or
 * public holiday moves to the next working day (Algemene termijnenwet art. 1; domain.md §4, §6).
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isDutchWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The `n`-th Dutch working day after `date` (the day itself not counted), e.g. 3 working days'
 * notice from a Friday lands on the Wednesday. `n = 0` gives `nextWorkingDay(date)`, so the result
 * is always a working day. `n` must be a whole number ≥ 0.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`addWorkingDays: n must be an integer ≥ 0, got ${n}`);
  if (n === 0) return nextWorkingDay(date);
  let day = date;
  for (let left = n; left > 0; left -= 1) day = nextWorkingDay(addDays(day, 1));
  return day;
}

/** The later of two dates (ISO strings compare in calendar order). */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

function valid(dt: DateTime, input: string): DateTime {
  if (!dt.isValid)
    throw new RangeError(`not a valid date or date-time: "${input}" (${dt.invalidExplanation})`);
  return dt;
}
