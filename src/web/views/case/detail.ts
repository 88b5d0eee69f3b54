// One case (#/case/<id>): the four lights with evidence and rules, the deadlines with days left, the
// earliest lawful departure, the planned or earliest departure or what blocks it and what would
// unblock it, and the history of its plans. Everything comes from GET /cases/:id/feasibility and
// GET /cases/:id/plans with the user's token; an officer outside the case's region gets the API's 403.
import { ApiError } from '../../api.ts';
import { h, replace, table } from '../../dom.ts';
import type { ViewContext } from '../../view.ts';
import { departureSection } from './departure.ts';
import { lightIcon } from './lights.ts';
import {
  deadlineRows,
  evidenceText,
  Feasibility,
  History,
  splitLocal,
  urgency,
  type Condition,
} from './model.ts';
import { ruleList } from './rule-list.ts';

/** `scenarioId` names the scenario when the same case id is in several (links from the list do). */
export async function renderCase(
  root: HTMLElement,
  ctx: ViewContext,
  id: string,
  scenarioId?: string,
): Promise<void> {
  const { t } = ctx;
  const back = h('p', {}, h('a', { href: '#/case' }, t('case.back')));
  const path = encodeURIComponent(id);
  const query = scenarioId ? `?scenarioId=${encodeURIComponent(scenarioId)}` : '';
  let check: Feasibility;
  let history: History;
  try {
    [check, history] = await Promise.all([
      ctx.api.get(`/cases/${path}/feasibility${query}`).then((b) => Feasibility.parse(b)),
      ctx.api.get(`/cases/${path}/plans${query}`).then((b) => History.parse(b)),
    ]);
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 403 && e.status !== 404)) throw e;
    const text = e.status === 403 ? t('case.notInRegion') : t('case.notFound', { id });
    replace(
      root,
      h('h1', {}, t('case.heading', { id })),
      h('p', { role: 'alert', class: 'error' }, text),
      back,
    );
    return;
  }
  replace(
    root,
    h(
      'div',
      { class: 'case-page' },
      h('h1', {}, t('case.heading', { id: check.caseId })),
      h(
        'p',
        {},
        t('case.asOf', {
          date: ctx.fmt.date(check.date),
          scenario: check.scenarioId,
          version: check.publishedVersion,
        }),
      ),
      lightsSection(check.conditions, ctx),
      deadlinesSection(check, ctx),
      departureSection(check, ctx),
      historySection(history, ctx),
      back,
    ),
  );
}

function lightsSection(conditions: readonly Condition[], ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  return h(
    'section',
    { 'aria-labelledby': 'lights-h' },
    h('h2', { id: 'lights-h' }, t('case.lights')),
    h(
      'ul',
      { class: 'lights' },
      conditions.map((c) =>
        h(
          'li',
          { class: `light-card ${c.light}` },
          h(
            'h3',
            {},
            lightIcon(c.light, 24),
            h(
              'span',
              {},
              `${t(`case.cond.${c.id}`)}: `,
              h('span', { class: `light-word ${c.light}` }, t(`case.light.${c.light}`)),
            ),
          ),
          h('p', { lang: 'en' }, c.message),
          c.greenOn && h('p', {}, t('case.greenOn', { date: ctx.fmt.date(c.greenOn) })),
          c.evidence.length > 0 &&
            h(
              'dl',
              { class: 'evidence', 'aria-label': t('case.evidence') },
              c.evidence.flatMap((e) => [h('dt', {}, e.field), h('dd', {}, evidenceText(e.value))]),
            ),
          ruleList(c.ruleIds, t),
        ),
      ),
    ),
  );
}

function deadlinesSection(check: Feasibility, ctx: ViewContext): HTMLElement {
  const { t, fmt } = ctx;
  const rows = deadlineRows(check.deadlines, check.date);
  const earliest = splitLocal(check.deadlines.earliestDeparture.at);
  return h(
    'section',
    { 'aria-labelledby': 'deadlines-h' },
    h('h2', { id: 'deadlines-h' }, t('case.deadlines')),
    rows.length === 0
      ? h('p', {}, t('case.noDeadlines'))
      : table(
          t('case.deadlines'),
          [t('case.deadline'), t('case.date'), t('case.daysLeft'), t('case.rules'), t('case.explanation')],
          rows.map((r) => [
            t(`case.dl.${r.key}`),
            fmt.date(r.date),
            h(
              'span',
              { class: `days-left ${urgency(r.daysLeft)}` },
              r.daysLeft < 0 ? t('case.daysPassed', { n: -r.daysLeft }) : t('case.days', { n: r.daysLeft }),
            ),
            r.verified ? r.ruleIds.join(', ') : `${r.ruleIds.join(', ')} (${t('case.unverified')})`,
            h('span', { lang: 'en' }, r.explanation),
          ]),
        ),
    h(
      'p',
      { class: 'earliest' },
      t('case.earliestLawful', { at: `${fmt.date(earliest.day)}, ${earliest.time}` }),
      ' — ',
      h('span', { lang: 'en' }, check.deadlines.earliestDeparture.explanation),
    ),
  );
}

function historySection(history: History, ctx: ViewContext): HTMLElement {
  const { t, fmt } = ctx;
  const outcome = (c: History['history'][number]['case']) => {
    if (c.status === 'planned') {
      const at = c.departure.at ? splitLocal(c.departure.at) : null;
      return t('case.outcome.planned', {
        flight: c.departure.flightId,
        at: at ? `${fmt.date(at.day)}, ${at.time}` : '—',
      });
    }
    if (c.status === 'left-out') return t('case.outcome.left-out', { message: c.reason.message });
    return t('case.outcome.absent');
  };
  return h(
    'section',
    { 'aria-labelledby': 'history-h' },
    h('h2', { id: 'history-h' }, t('case.history')),
    history.history.length === 0
      ? h('p', {}, t('case.noHistory'))
      : table(
          t('case.history'),
          [t('case.col.plan'), t('case.col.when'), t('case.col.outcome')],
          history.history.map((e) => [
            e.version !== null
              ? t('case.version', { version: e.version })
              : t('case.job', { id: e.jobId.slice(0, 8) }),
            fmt.dateTime(e.at),
            outcome(e.case),
          ]),
        ),
  );
}
