// The departure part of the case view: the planned departure, or the earliest one within what the
// published plan leaves and its alternatives; or what blocks the case and what would unblock it (a
// confirmed capacity addition, the exhausted resources, or that it is not a capacity problem).
import { h, table } from '../../dom.ts';
import type { ViewContext } from '../../view.ts';
import { lightBadge } from './lights.ts';
import { splitLocal, type DepartureOption, type Explanation, type Feasibility } from './model.ts';
import { ruleList } from './rule-list.ts';

export function departureSection(check: Feasibility, ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const options = [check.planned ?? check.earliest, ...(check.planned ? [] : check.alternatives)].filter(
    (o): o is DepartureOption => o !== null,
  );
  return h(
    'section',
    { 'aria-labelledby': 'departure-h' },
    h('h2', { id: 'departure-h' }, t('case.departure')),
    check.blocked && blockedBox(check.blocked, check.unblockedBy, ctx),
    options.length > 0 &&
      table(
        check.planned ? t('case.planned') : t('case.earliest'),
        [
          t('case.col.flight'),
          t('case.col.departs'),
          t('case.col.destination'),
          t('case.col.intake'),
          t('case.col.escorts'),
          t('case.col.nights'),
        ],
        options.map((o) => optionRow(o, ctx)),
      ),
  );
}

function optionRow(o: DepartureOption, ctx: ViewContext): (string | number)[] {
  const { t, fmt } = ctx;
  const at = splitLocal(o.departure);
  const intake = o.intake
    ? `${fmt.date(o.intake.date)}, ${t(`case.part.${o.intake.part}`)} · ${o.intake.centreId}`
    : t('case.noIntake');
  return [o.flightId, `${fmt.date(at.day)}, ${at.time}`, o.destination, intake, o.escorts, o.detentionNights];
}

function blockedBox(blocked: Explanation, unblockedBy: string | null, ctx: ViewContext): HTMLElement {
  const { t, fmt } = ctx;
  const suggestion = unblockedBy ?? blocked.unblockedBy ?? null;
  const exhausted = blocked.exhausted ?? [];
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'blocked', role: 'note' },
      h('h3', {}, lightBadge('red', t('case.blocked'))),
      h('p', { lang: 'en' }, blocked.message),
      h('p', {}, t('case.reasonCode', { code: blocked.code })),
      blocked.greenOn && h('p', {}, t('case.greenOn', { date: fmt.date(blocked.greenOn) })),
      ruleList(blocked.ruleIds, t),
      blocked.reliesOnUnverifiedRule && h('p', {}, t('case.unverified')),
    ),
    h(
      'div',
      { class: 'unblock' },
      h('h3', {}, t('case.unblock')),
      h('p', {}, unblockText(blocked, suggestion, ctx)),
      exhausted.length > 0 &&
        h(
          'ul',
          { 'aria-label': t('case.exhausted') },
          exhausted.map((x) =>
            h(
              'li',
              {},
              t('case.exhaustedItem', { resource: x.resource, place: x.place, date: fmt.date(x.date) }),
            ),
          ),
        ),
    ),
  );
}

/** The confirmed capacity addition; else, for a blocker that is not capacity, that it is not. */
function unblockText(blocked: Explanation, suggestion: string | null, ctx: ViewContext): string {
  const { t, fmt } = ctx;
  if (suggestion) return suggestion;
  if (blocked.code.startsWith('capacity.')) return t('case.noUnblock');
  return blocked.greenOn
    ? t('case.notCapacityOn', { date: fmt.date(blocked.greenOn) })
    : t('case.notCapacity');
}
