// The four lights and the deadlines of a case, as text: a coloured ● on a terminal, words otherwise.
import type { Condition, FourConditions, Light } from '../../domain/conditions.ts';
import type { Deadline, EarliestDeparture } from '../../domain/deadlines.ts';
import type { RuleSet } from '../../domain/rules.ts';

const COLOUR: Record<Light, string> = { green: '\x1b[32m', amber: '\x1b[33m', red: '\x1b[31m' };
const RESET = '\x1b[0m';
const UNVERIFIED = '⚠ unverified';

export function formatConditions(result: FourConditions, rules: RuleSet, colour: boolean): string {
  const d = result.deadlines;
  const detention = `${d.detentionStart} (${d.detained ? 'detained' : 'if detained on the planning date'})`;
  return [
    `Case ${result.caseId} on ${result.on} (rules ${rules.version})`,
    '',
    ...result.conditions.flatMap((c) => formatCondition(c, rules, colour)),
    'Deadlines',
    `  detention start      ${detention}`,
    ...formatDeadline('transfer', d.transfer),
    ...formatDeadline('detention limit', d.detentionLimit),
    ...formatDeadline('court notification', d.courtNotification),
    ...formatDeadline('earliest departure', d.earliestDeparture),
    ...formatDeadline('must happen by', result.mustHappenBy),
    '',
  ].join('\n');
}

function formatCondition(c: Condition, rules: RuleSet, colour: boolean): string[] {
  const word = c.light.toUpperCase().padEnd(5);
  const light = colour ? `${COLOUR[c.light]}● ${word}${RESET}` : `[${word}]`;
  const unverified = c.ruleIds.filter((id) => !isVerified(rules, id));
  return [
    `${light} ${c.id}: ${c.message}`,
    ...c.evidence.map((e) => `    evidence: ${e.field} = ${JSON.stringify(e.value)}`),
    `    rules: ${c.ruleIds.join(', ') || '(none)'}${unverified.length ? `  ${UNVERIFIED}: ${unverified.join(', ')}` : ''}`,
    ...(c.greenOn !== undefined ? [`    green on: ${c.greenOn}`] : []),
    '',
  ];
}

function formatDeadline(label: string, d: Deadline | EarliestDeparture): string[] {
  const when = 'at' in d ? d.at : (d.date ?? '—');
  const mark = d.verified ? '' : `  ${UNVERIFIED}`;
  return [
    `  ${label.padEnd(20)} ${when.padEnd(17)} rules: ${d.ruleIds.join(', ') || '(none)'}${mark}`,
    `      ${d.explanation}`,
  ];
}

/** An unknown rule id counts as unverified: it cannot have been checked. */
function isVerified(rules: RuleSet, id: string): boolean {
  return rules.rules.get(id)?.verified ?? false;
}
