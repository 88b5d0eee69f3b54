// Who is logged in: the token lives in sessionStorage (gone when the tab closes), the language in
// localStorage (kept between visits, Dutch unless chosen otherwise). GET /me tells the role.
import { z } from 'zod';
import type { Api } from './api.ts';
import { isLang } from './i18n.ts';
import type { Lang } from './view.ts';

const TOKEN_KEY = 'rotonde.token';
const LANG_KEY = 'rotonde.lang';

export const Me = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['planner', 'officer', 'analyst', 'admin', 'partner']),
  region: z.string().optional(),
});
export type Me = z.infer<typeof Me>;

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Stores the token; null logs out, forgetting everything this tab kept (the token, remembered jobs). */
export function storeToken(token: string | null): void {
  if (token === null) sessionStorage.clear();
  else sessionStorage.setItem(TOKEN_KEY, token);
}

export function storedLang(): Lang {
  const value = localStorage.getItem(LANG_KEY);
  return isLang(value) ? value : 'nl';
}

export function storeLang(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
}

/** The caller of the stored token, or undefined when there is none or the server refuses it. */
export async function whoAmI(api: Api): Promise<Me> {
  const parsed = Me.safeParse(await api.get('/me'));
  if (!parsed.success) throw new Error(`unexpected /me answer: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
