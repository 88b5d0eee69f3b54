// Small shared value types of the domain. Dates are calendar dates in Europe/Amsterdam;
// local date-times carry no offset and are read in the zone of their place (flights: their airport).
import { z } from 'zod';
import countries from 'i18n-iso-countries';
import { iso6393 } from 'iso-639-3';

export const ZONE = 'Europe/Amsterdam';

/** A calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isRealDate, 'not a calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** A local date and time without offset, `YYYY-MM-DDTHH:mm`, read in the zone of its place. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date-time YYYY-MM-DDTHH:mm')
  .refine((s) => isRealDate(s.slice(0, 10)) && isRealTime(s.slice(11)), 'not a calendar date and time');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** An identifier: letters, digits, `-`, `_`, `.`; stable across versions of a record. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, ".", "_" or "-"');
export type Id = z.infer<typeof Id>;

/** The alien number (V-nummer) of the Dutch immigration chain: ten digits. */
export const VNumber = z.string().regex(/^\d{10}$/, 'expected a V-number of ten digits');
export type VNumber = z.infer<typeof VNumber>;

/** ISO 3166-1 alpha-2 country code, upper case (XK for Kosovo is accepted, as in EU practice). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code, e.g. "ER"')
  .refine((c) => countries.isValid(c), 'not an ISO 3166-1 country code');
export type CountryCode = z.infer<typeof CountryCode>;

const languageCodes = new Set<string>(
  iso6393.flatMap((l) => [l.iso6393, l.iso6391].filter((c): c is string => typeof c === 'string')),
);

/** ISO 639 language code: the two-letter 639-1 code where one exists, else the 639-3 code (e.g. "prs"). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code, e.g. "ti" or "prs"')
  .refine((c) => languageCodes.has(c), 'not an ISO 639 language code');
export type LanguageCode = z.infer<typeof LanguageCode>;

/** IATA airport code. */
export const AirportCode = z.string().regex(/^[A-Z]{3}$/, 'expected an IATA airport code, e.g. "AMS"');
export type AirportCode = z.infer<typeof AirportCode>;

/** The two parts of a working day in which an intake (hearing and transport) can take place. */
export const DayPart = z.enum(['morning', 'afternoon']);
export type DayPart = z.infer<typeof DayPart>;

/** A window of availability in local Amsterdam time; `to` is after `from`. */
export const TimeWindow = z
  .strictObject({ from: LocalDateTime, to: LocalDateTime })
  .refine((w) => w.from < w.to, { message: '"to" must be after "from"', path: ['to'] });
export type TimeWindow = z.infer<typeof TimeWindow>;

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRealTime(s: string): boolean {
  const [h, m] = s.split(':').map(Number) as [number, number];
  return h <= 23 && m <= 59;
}
