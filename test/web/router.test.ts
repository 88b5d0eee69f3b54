// Hash routes open the view of their first segment for a role that may see it; other roles get
// 'forbidden', not the view.
import { describe, expect, it } from 'vitest';
import { hashOf, parseHash, resolveRoute, viewsFor } from '../../src/web/router.ts';
import type { View } from '../../src/web/view.ts';

const view = (route: string, roles: View['roles']): View => ({
  id: route,
  route,
  title: `${route}.title`,
  roles,
  messages: { en: {}, nl: {} },
  render: () => undefined,
});
const views = [
  view('board', ['planner']),
  view('case', ['planner', 'officer']),
  view('simulation', ['analyst']),
];

describe('hash routes', () => {
  it('splits and decodes the segments', () => {
    expect(parseHash('#/case/C%2F1/').segments).toEqual(['case', 'C/1']);
    expect(parseHash('').segments).toEqual([]);
    expect(parseHash('#/bad/%E0%A4%A').segments).toEqual(['bad', '%E0%A4%A']);
  });

  it('encodes what it builds, so a route round-trips', () => {
    expect(parseHash(hashOf('case', 'a b/c')).segments).toEqual(['case', 'a b/c']);
  });

  it('opens a view with its params for a role that may see it', () => {
    const r = resolveRoute('#/case/C-1', views, 'officer');
    expect(r).toMatchObject({ kind: 'view', params: ['C-1'] });
    expect(r.kind === 'view' && r.view.id).toBe('case');
  });

  it('forbids a view to a role not listed, and knows no unknown route', () => {
    expect(resolveRoute('#/board', views, 'officer').kind).toBe('forbidden');
    expect(resolveRoute('#/nowhere', views, 'planner').kind).toBe('not-found');
    expect(resolveRoute('#/', views, 'planner').kind).toBe('home');
  });

  it('lists in the navigation only the views of the role, in order', () => {
    expect(viewsFor(views, 'planner').map((v) => v.id)).toEqual(['board', 'case']);
    expect(viewsFor(views, 'partner')).toEqual([]);
  });
});
