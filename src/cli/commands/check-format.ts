// The four lights and the deadlines of a case, as text: a coloured ● on a terminal, words otherwise.
import type { Condition, FourConditions, Light } from '../../domain/conditions.ts';
import type { Deadline, EarliestDeparture } from '../../domain/deadlines.ts';
import type { RuleSet } from '../../domain/rules.ts';
import type { Explanation } from '../../domain/index.ts';
import type { CaseCheck, DepartureOption } from '../../planning/check-case.ts';

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

/** The officer's answer: earliest lawful departure and alternatives, or what blocks the case. */
export function formatOfficer(check: CaseCheck, planFile: string | undefined): string {
  const against = planFile === undefined ? 'an empty plan (all capacity free)' : `the plan ${planFile}`;
  const planned = check.planned ? [`  planned now          ${formatOption(check.planned)}`] : [];
  const answer = check.earliest
    ? [
        `  earliest departure   ${formatOption(check.earliest)}`,
        ...check.alternatives.map((a, i) => `  alternative ${i + 1}        ${formatOption(a)}`),
      ]
    : check.blocked
      ? formatBlocked(check.blocked)
      : ['  no lawful departure'];
  return ['', `Officer check against ${against}`, ...planned, ...answer, ''].join('\n');
}

function formatOption(o: DepartureOption): string {
  const intake = o.intake
    ? `intake ${o.intake.date} ${o.intake.part} at ${o.intake.centreId}${o.intake.interpreter ? `, interpreter ${o.intake.interpreter}` : ''}`
    : 'detained already, no intake';
  const escorts = `${o.escorts} escort${o.escorts === 1 ? '' : 's'}`;
  const nights = `${o.detentionNights} detention night${o.detentionNights === 1 ? '' : 's'}`;
  return `flight ${o.flightId} to ${o.destination} at ${o.departure}; ${intake}; ${escorts}; ${nights}`;
}

function formatBlocked(e: Explanation): string[] {
  return [
    `  blocked              ${e.code}: ${e.message}`,
    `    rules: ${e.ruleIds.join(', ') || '(none)'}${e.reliesOnUnverifiedRule ? `  ${UNVERIFIED}` : ''}`,
    ...e.exhausted.map(
      (x) => `    exhausted: ${x.resource}, ${x.place}, ${x.date}${x.part ? ` ${x.part}` : ''}`,
    ),
    ...(e.greenOn !== undefined ? [`    green on: ${e.greenOn}`] : []),
  ];
}
