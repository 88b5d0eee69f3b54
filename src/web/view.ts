// The contract between the shell (main.ts) and each view: what a view gets (the API, the language,
// translations, formatting, who is logged in, navigation) and what it declares (route, title,
// roles, messages, render).
import type { Api } from './api.ts';
import type { Format } from './format.ts';

export type Lang = 'nl' | 'en';
export type Role = 'planner' | 'officer' | 'analyst' | 'admin' | 'partner';
export type Messages = {
  readonly en: Readonly<Record<string, string>>;
  readonly nl: Readonly<Record<string, string>>;
};

export type ViewContext = {
  /** Typed fetch wrapper sending the Bearer token; throws ApiError{status, body}. */
  readonly api: Api;
  readonly lang: Lang;
  /** Looks a key up in the view's messages, then the shared ones; `{name}` is replaced by params.name. */
  readonly t: (key: string, params?: Record<string, string | number>) => string;
  /** Dates, times and numbers in Europe/Amsterdam, nl-NL or en-GB. */
  readonly fmt: Format;
  readonly role: Role;
  readonly region?: string;
  readonly navigate: (hash: string) => void;
};

export type View = {
  /** 'board' | 'case' | 'resources' | 'simulation' | 'cases' */
  readonly id: string;
  /** Hash route prefix: 'board' matches '#/board' and '#/board/…'. */
  readonly route: string;
  /** A message key. */
  readonly title: string;
  /** Who sees it in the navigation (and may open it). */
  readonly roles: readonly Role[];
  readonly messages: Messages;
  /** Renders into root; params are the path segments after the route. May return a cleanup function. */
  render(
    root: HTMLElement,
    ctx: ViewContext,
    params: readonly string[],
  ): void | (() => void) | Promise<void | (() => void)>;
};
