// Translations: each view brings its messages in both languages; the shell's own (navigation,
// login, common words) are the fallback. A missing key shows the key itself, so a gap is visible
// rather than silently blank; `{name}` placeholders are filled from params.
import type { Lang, Messages } from './view.ts';

export const LANGS: readonly Lang[] = ['nl', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function interpolate(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translate function over the given message sets, the first that has the key winning. */
export function translator(
  lang: Lang,
  ...sets: readonly Messages[]
): (key: string, params?: Record<string, string | number>) => string {
  return (key, params) => {
    for (const set of sets) {
      const text = set[lang][key];
      if (text !== undefined) return interpolate(text, params);
    }
    return key;
  };
}

/** Keys present in one language of a message set and not the other (for the tests). */
export function missingKeys(messages: Messages): { en: string[]; nl: string[] } {
  const en = Object.keys(messages.en);
  const nl = Object.keys(messages.nl);
  return { en: nl.filter((k) => !(k in messages.en)), nl: en.filter((k) => !(k in messages.nl)) };
}
