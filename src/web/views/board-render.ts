// The planner board's sections: the timeline (per day, intakes with their partners and
// departures with their flights), the cases left out with why and what would unblock them, and the
// changes against the published plan.
import { h } from '../dom.ts';
import { languageName } from '../format.ts';
import type { Explanation, Timeline, TimelineDeparture, TimelineIntake } from '../api-types.ts';
import { hashOf } from '../router.ts';
import type { ViewContext } from '../view.ts';
import type { Change, Placement } from './board-model.ts';
import { partnerWords, reasonKind } from './board-model.ts';

const caseLink = (caseId: string) => h('a', { href: hashOf('case', caseId) }, caseId);

/** `2026-12-07T09:00` (local Amsterdam) → "09:00". */
const clock = (local: string) => local.slice(11, 16);

export function timelineSection(ctx: ViewContext, timeline: Timeline): HTMLElement {
  return h(
    'ol',
    { class: 'timeline', 'aria-label': ctx.t('board.timeline') },
    timeline.days.map((day) =>
      h(
        'li',
        {},
        h('h3', {}, ctx.fmt.date(day.date)),
        day.intakes.length === 0 && day.departures.length === 0
          ? h('p', { class: 'muted' }, ctx.t('board.quietDay'))
          : [
              day.intakes.length > 0 && h('h4', {}, ctx.t('board.intakes', { n: day.intakes.length })),
              day.intakes.length > 0 &&
                h(
                  'ul',
                  {},
                  day.intakes.map((i) => intakeItem(ctx, i)),
                ),
              day.departures.length > 0 &&
                h('h4', {}, ctx.t('board.departures', { n: day.departures.length })),
              day.departures.length > 0 &&
                h(
                  'ul',
                  {},
                  day.departures.map((d) => departureItem(ctx, d)),
                ),
            ],
      ),
    ),
  );
}

function intakeItem(ctx: ViewContext, i: TimelineIntake): HTMLElement {
  const partners = partnerWords(i, ctx.t, (code) => languageName(ctx.lang, code));
  return h(
    'li',
    {},
    h('strong', {}, `${clock(i.start)}–${clock(i.end)} `),
    caseLink(i.caseId),
    i.persons > 1 ? ` (${ctx.t('board.family', { n: i.persons })})` : '',
    ` · ${i.centre.name}, ${ctx.t(`wing.${i.wing}`)} · ${ctx.t('board.pickup', { region: i.pickupRegion.name })}`,
    h('br', {}),
    h('span', { class: 'muted' }, `${ctx.t('board.partners')}: ${partners.join(', ')}`),
  );
}

function departureItem(ctx: ViewContext, d: TimelineDeparture): HTMLElement {
  return h(
    'li',
    {},
    h('strong', {}, `${ctx.fmt.time(d.flight.departure)} ${d.flight.label} `),
    `${d.flight.from}→${d.flight.to} (${d.flight.destinationCountry}) · `,
    caseLink(d.caseId),
    d.persons > 1 ? ` · ${ctx.t('board.familyTogether', { n: d.persons })}` : '',
    ` · ${ctx.t('board.escorts', { n: d.escorts })}`,
  );
}

export function leftOutSection(ctx: ViewContext, leftOut: readonly Explanation[]): HTMLElement {
  if (leftOut.length === 0) return h('p', {}, ctx.t('board.noneLeftOut'));
  const headings = [
    ctx.t('board.case'),
    ctx.t('board.reason'),
    ctx.t('board.greenOn'),
    ctx.t('board.unblock'),
    ctx.t('board.rules'),
  ];
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      {},
      h('caption', {}, ctx.t('board.leftOutCaption', { n: leftOut.length })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        leftOut.map((e) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, caseLink(e.caseId)),
            h('td', {}, reasonCell(ctx, e)),
            h('td', {}, e.greenOn ? ctx.fmt.date(e.greenOn) : '—'),
            h('td', {}, e.unblockedBy ?? '—'),
            h('td', {}, e.ruleIds.join(', ') || '—'),
          ),
        ),
      ),
    ),
  );
}

/** The reason's kind in the reader's language, then the service's words (English, marked as such). */
function reasonCell(ctx: ViewContext, e: Explanation): (HTMLElement | string)[] {
  const kind = reasonKind(e.code, ctx.t);
  const detail = h('span', { lang: 'en' }, e.message);
  return kind ? [h('strong', {}, kind), ' — ', detail] : [detail];
}

const placementText = (ctx: ViewContext, p: Placement | undefined) =>
  p
    ? `${p.intakeDate ? `${ctx.t('board.intakeOn', { date: ctx.fmt.day(p.intakeDate), centre: p.centre ?? '' })}; ` : ''}${ctx.t('board.flightOn', { flight: p.flight, when: ctx.fmt.dateTime(p.departure) })}`
    : '—';

export function diffSection(
  ctx: ViewContext,
  changes: readonly Change[],
  publishedVersion: number,
): HTMLElement {
  if (changes.length === 0) return h('p', {}, ctx.t('board.noChanges', { version: publishedVersion }));
  const counts = (kind: Change['kind']) => changes.filter((c) => c.kind === kind).length;
  const headings = [ctx.t('board.case'), ctx.t('board.change'), ctx.t('board.before'), ctx.t('board.after')];
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      {},
      h(
        'caption',
        {},
        ctx.t('board.diffCaption', {
          version: publishedVersion,
          added: counts('added'),
          removed: counts('removed'),
          moved: counts('moved'),
        }),
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        changes.map((c) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, caseLink(c.caseId)),
            h('td', { class: `diff-${c.kind}` }, ctx.t(`board.${c.kind}`)),
            h('td', {}, placementText(ctx, c.before)),
            h('td', {}, placementText(ctx, c.after)),
          ),
        ),
      ),
    ),
  );
}
