// Dates, times and numbers as the user reads them: always in Europe/Amsterdam (the planning
// calendar's zone, whatever the browser's zone), written the Dutch way in Dutch
// ("ma 30 nov. 2026, 14:05") and the British way in English ("Mon 30 Nov 2026, 14:05").
// Intl finds the Amsterdam wall-clock fields; the day and month names are our own, because ICU
// versions disagree on the Dutch abbreviations ("nov" or "nov.") and the output must not depend on
// which browser build the user has.
import type { Lang } from './view.ts';

export const TIME_ZONE = 'Europe/Amsterdam';

export type Format = {
  /** A date or instant as a calendar day: "ma 30 nov. 2026". */
  date(value: string | number | Date): string;
  /** An instant as day and time: "ma 30 nov. 2026, 14:05". */
  dateTime(value: string | number | Date): string;
  /** An instant's time of day: "14:05". */
  time(value: string | number | Date): string;
  /** A short day for column headings: "ma 30 nov." */
  day(value: string | number | Date): string;
  number(value: number, fractionDigits?: number): string;
  /** A share 0..1 as a percentage: "75%" (nl "75%"). */
  percent(value: number): string;
};

const NAMES: Record<Lang, { weekdays: readonly string[]; months: readonly string[] }> = {
  nl: {
    weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    months: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  },
  en: {
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A plain calendar date 'YYYY-MM-DD' names a day, not an instant: it is read as noon UTC, which is
 * the same day in Amsterdam whatever the offset.
 */
export function toDate(value: string | number | Date): Date {
  const parsed =
    value instanceof Date
      ? value
      : typeof value === 'number'
        ? new Date(value)
        : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`not a date: "${String(value)}"`);
  return parsed;
}

/** The wall-clock fields of an instant in Amsterdam; weekday 0 = Monday. */
export type ZonedParts = {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
};

const partsFmt = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});
const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function zonedParts(value: string | number | Date): ZonedParts {
  const parts = Object.fromEntries(partsFmt.formatToParts(toDate(value)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS_EN.indexOf(parts.weekday ?? ''),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/** The Amsterdam calendar day of an instant as 'YYYY-MM-DD'. */
export function amsterdamDay(value: string | number | Date): string {
  const p = zonedParts(value);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function createFormat(lang: Lang): Format {
  const names = NAMES[lang];
  const day = (v: string | number | Date) => {
    const p = zonedParts(v);
    return `${names.weekdays[p.weekday]} ${p.day} ${names.months[p.month - 1]}`;
  };
  const date = (v: string | number | Date) => `${day(v)} ${zonedParts(v).year}`;
  const time = (v: string | number | Date) => {
    const p = zonedParts(v);
    return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  };
  const locale = LOCALES[lang];
  return {
    date,
    dateTime: (v) => `${date(v)}, ${time(v)}`,
    time,
    day,
    number: (v, digits = 0) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        v,
      ),
    percent: (v) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(v),
  };
}

/** An ISO 639 language code in the reader's language ("ti" → "Tigrinya"); the code when unknown. */
export function languageName(lang: 'nl' | 'en', code: string): string {
  try {
    return new Intl.DisplayNames([lang === 'nl' ? 'nl-NL' : 'en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
