// The data-quality view (#/data-quality): the cases held out of planning because two sources disagree
// on who a person is. Planners see them (and why a case is missing from their plan); admins choose the
// right value, which the service writes as a new version of the case.
import { ApiError } from '../api.ts';
import { parseAnswer } from '../api-types.ts';
import { h, replace, table } from '../dom.ts';
import { hashOf } from '../router.ts';
import type { View, ViewContext } from '../view.ts';
import { choices, DataQualityIssues, ordered, type DataQualityIssue } from './data-quality-model.ts';
import { dataQualityMessages } from './data-quality-messages.ts';

export const view: View = {
  id: 'data-quality',
  route: 'data-quality',
  title: 'dq.title',
  roles: ['planner', 'admin'],
  messages: dataQualityMessages,
  async render(root, ctx) {
    const status = h('p', { role: 'status', 'aria-live': 'polite' });
    const list = h('div', {});
    const showResolved = h('input', { id: 'dq-resolved', type: 'checkbox' });
    const load = async () => {
      const query = showResolved.checked ? '' : '?open=true';
      const answer = parseAnswer(
        DataQualityIssues,
        await ctx.api.get(`/data-quality-issues${query}`),
        'issues',
      );
      replace(list, issuesTable(ctx, ordered(answer.issues), resolver(ctx, status, load)));
    };
    showResolved.addEventListener('change', () => void load());
    replace(
      root,
      h('h1', {}, ctx.t('dq.title')),
      h('p', {}, ctx.t(ctx.role === 'admin' ? 'dq.introAdmin' : 'dq.intro')),
      h('label', { for: 'dq-resolved', class: 'inline' }, showResolved, ' ', ctx.t('dq.showResolved')),
      status,
      list,
    );
    await load();
  },
};

type Resolve = (issue: DataQualityIssue, value: string) => Promise<void>;

function resolver(ctx: ViewContext, status: HTMLElement, reload: () => Promise<void>): Resolve {
  return async (issue, value) => {
    try {
      await ctx.api.post(`/data-quality-issues/${issue.id}/resolve`, { value });
      replace(status, ctx.t('dq.resolved', { id: issue.id, caseId: issue.caseId, value }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const key = e.status === 409 ? 'dq.alreadyResolved' : e.status === 400 ? 'dq.invalid' : 'dq.failed';
      replace(status, ctx.t(key, { id: issue.id, status: e.status }));
    }
    await reload();
  };
}

function issuesTable(ctx: ViewContext, issues: readonly DataQualityIssue[], resolve: Resolve): HTMLElement {
  if (issues.length === 0) return h('p', {}, ctx.t('dq.none'));
  const { t } = ctx;
  return h(
    'div',
    { class: 'scroll' },
    table(
      t('dq.caption', { n: issues.length }),
      [t('dq.issue'), t('dq.case'), t('dq.field'), t('dq.values'), t('dq.opened'), t('dq.decision')],
      issues.map((i) => [
        `#${i.id}`,
        h('a', { href: hashOf('case', i.caseId) }, i.caseId),
        t(`dq.field.${i.field}`) === `dq.field.${i.field}` ? i.field : t(`dq.field.${i.field}`),
        choices(i)
          .map((c) => `${c.value} (${c.sources.join(', ')})`)
          .join(' · '),
        ctx.fmt.dateTime(i.openedAt),
        decision(ctx, i, resolve),
      ]),
    ),
  );
}

function decision(ctx: ViewContext, issue: DataQualityIssue, resolve: Resolve): HTMLElement | string {
  const { t } = ctx;
  if (issue.resolution) {
    const r = issue.resolution;
    return t('dq.decided', { value: r.value, by: r.by, version: r.version });
  }
  if (ctx.role !== 'admin') return t('dq.waiting');
  const name = `dq-${issue.id}`;
  const options = choices(issue).map((c, k) =>
    h(
      'label',
      { class: 'inline' },
      h('input', { type: 'radio', name, value: c.value, checked: k === 0 }),
      ` ${c.value}`,
    ),
  );
  const form = h(
    'form',
    {
      'aria-label': t('dq.resolveLabel', { id: issue.id }),
      onsubmit: (e: Event) => {
        e.preventDefault();
        const chosen = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
        if (chosen) void resolve(issue, chosen.value);
      },
    },
    h('fieldset', {}, h('legend', {}, t('dq.choose')), options),
    h('button', { type: 'submit' }, t('dq.resolve')),
  );
  return form;
}
