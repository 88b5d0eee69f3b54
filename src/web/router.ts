// Hash routes: '#/board/abc' → the view whose route is 'board', with params ['abc']. Pure, so the
// matching and the role check are tested without a browser.
import type { Role, View } from './view.ts';

export type Route = { readonly path: string; readonly segments: readonly string[] };

/** '#/board/a%20b/' → segments ['board', 'a b']. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, segments };
}

export type Resolved =
  | { readonly kind: 'home' }
  | { readonly kind: 'view'; readonly view: View; readonly params: readonly string[] }
  | { readonly kind: 'forbidden'; readonly view: View }
  | { readonly kind: 'not-found' };

/** The view a hash opens for a role; a view the role may not open is 'forbidden', not shown. */
export function resolveRoute(hash: string, views: readonly View[], role: Role): Resolved {
  const { segments } = parseHash(hash);
  const [first, ...rest] = segments;
  if (first === undefined) return { kind: 'home' };
  const view = views.find((v) => v.route === first);
  if (!view) return { kind: 'not-found' };
  if (!view.roles.includes(role)) return { kind: 'forbidden', view };
  return { kind: 'view', view, params: rest };
}

/** The views a role sees in the navigation, in the listed order. */
export function viewsFor(views: readonly View[], role: Role): View[] {
  return views.filter((v) => v.roles.includes(role));
}

/** A hash for a route and params, each segment encoded. */
export function hashOf(route: string, ...params: readonly string[]): string {
  return `#/${[route, ...params].map(encodeURIComponent).join('/')}`;
}
