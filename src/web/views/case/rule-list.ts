// The rules a finding relies on, as a line of rule ids (each a <code>), for the case view.
import { h } from '../../dom.ts';
import type { ViewContext } from '../../view.ts';

export function ruleList(ids: readonly string[], t: ViewContext['t']): HTMLElement | null {
  if (ids.length === 0) return null;
  return h(
    'p',
    { class: 'rules' },
    `${t('case.rules')}: `,
    ids.flatMap((id, i) => [i > 0 ? ', ' : '', h('code', {}, id)]),
  );
}
