// The case view: #/case lists the cases of a scenario with their four lights; #/case/<id> shows one
// case — lights with evidence and rules, deadlines with days left, the earliest lawful departure,
// what blocks it and what would unblock it, and the history of its plans. Officers see only their
// region (the API scopes; a case outside it is shown as "not in your region").
import type { View } from '../view.ts';
import { renderCase } from './case/detail.ts';
import { renderCaseList } from './case/list.ts';
import { caseMessages } from './case/messages.ts';
import { adoptStyles, CASE_CSS } from './case/styles.ts';

export const view: View = {
  id: 'case',
  route: 'case',
  title: 'case.title',
  roles: ['planner', 'officer'],
  messages: caseMessages,
  render(root, ctx, params) {
    adoptStyles('case', CASE_CSS);
    const id = params[0];
    return id === undefined || id === '' ? renderCaseList(root, ctx) : renderCase(root, ctx, id, params[1]);
  },
};
