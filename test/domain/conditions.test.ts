import { describe, expect, it } from 'vitest';
import { fourConditions } from '../../src/domain/conditions.ts';
import type { Condition, ConditionId } from '../../src/domain/conditions.ts';
import type { Case } from '../../src/domain/case.ts';
import type { EntryRequirement } from '../../src/domain/flights.ts';
import { loadRuleSet, parseRuleSet, RULES_DIR } from '../../src/domain/rules.ts';
import type { RuleSet } from '../../src/domain/rules.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detained, makeCase, makePerson, makeTransferCase } from '../fixtures/cases.ts';
import type { CaseInput } from '../fixtures/cases.ts';

const rules = loadRuleSet('nl-2026-07');

/** The shipped rule set with some values changed: a tiny world for one rule. */
function rulesWith(values: Record<string, number>): RuleSet {
  const file = JSON.parse(readFileSync(join(RULES_DIR, 'nl-2026-07.json'), 'utf8')) as {
    rules: { id: string; value: unknown }[];
  };
  for (const r of file.rules) if (r.id in values) r.value = values[r.id];
  const parsed = parseRuleSet(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}
const NOW = '2026-09-01T10:00';
const ON = '2026-09-10';

const test: EntryRequirement = {
  id: 'er-test',
  country: 'ER',
  kind: 'test',
  description: 'a negative test within 72 hours',
  requiresConsent: true,
};

function light(c: Case, id: ConditionId, on = ON, entryRequirements: EntryRequirement[] = []): Condition {
  const found = fourConditions(c, on, { now: NOW, rules, entryRequirements }).conditions.find(
    (k) => k.id === id,
  );
  if (!found) throw new Error(`no condition ${id}`);
  return found;
}

/** A case that meets all four conditions on ON: detained on 2026-09-01, passport valid. */
function ready(overrides: Partial<CaseInput> = {}): Case {
  return makeCase({ ...detained('2026-09-01'), ...overrides });
}

describe('the four conditions (domain.md §2)', () => {
  it('are four, in order, all green for a ready case, with the deadlines', () => {
    const r = fourConditions(ready(), ON, { now: NOW, rules });
    expect(r.caseId).toBe('case-1');
    expect(r.conditions.map((c) => c.id)).toEqual([
      'legally-removable',
      'available',
      'in-detention',
      'travel-document',
    ]);
    expect(r.conditions.map((c) => c.light)).toEqual(['green', 'green', 'green', 'green']);
    expect(r.mustHappenBy.date).toBe('2027-02-27');
    expect(r.deadlines.courtNotification.date).toBe('2026-09-29');
  });
});

describe('legally removable', () => {
  const appeal = { kind: 'appeal', lodgedOn: '2026-08-01', suspensive: true, status: 'pending' } as const;

  it('is red for a pending suspensive procedure, with greenOn its expected decision', () => {
    const c = light(
      ready({ procedures: [{ ...appeal, expectedDecisionOn: '2026-10-15' }] }),
      'legally-removable',
    );
    expect(c).toMatchObject({
      light: 'red',
      greenOn: '2026-10-15',
      ruleIds: ['removal.suspensive-procedure'],
    });
    expect(c.evidence).toContainEqual({ field: 'procedures[0].status', value: 'pending' });
    expect(c.message).toMatch(/re-check removability then/);
  });
  it('has no greenOn when no decision date is known', () => {
    const c = light(ready({ procedures: [appeal] }), 'legally-removable');
    expect(c.light).toBe('red');
    expect(c.greenOn).toBeUndefined();
  });
  it('is green when the procedure is decided or not suspensive', () => {
    const decided = { ...appeal, status: 'decided', decidedOn: '2026-08-20' } as const;
    expect(light(ready({ procedures: [decided] }), 'legally-removable').light).toBe('green');
    expect(light(ready({ procedures: [{ ...appeal, suspensive: false }] }), 'legally-removable').light).toBe(
      'green',
    );
  });
  it('is red under a non-refoulement bar', () => {
    const c = light(ready({ nonRefoulementBar: true }), 'legally-removable');
    expect(c).toMatchObject({ light: 'red', ruleIds: ['removal.non-refoulement'] });
  });
  it('is red for a national return without an enforceable decision, not for a transfer', () => {
    expect(light(ready({ returnDecisionEnforceable: false }), 'legally-removable').light).toBe('red');
    const transfer = makeTransferCase(
      'dublin-iii',
      { acceptedOn: '2026-09-01' },
      { returnDecisionEnforceable: false },
    );
    expect(light(transfer, 'legally-removable').light).toBe('green');
  });
  it('is red when unfit to travel and amber when fitness is unknown', () => {
    expect(light(ready({ medical: { fitToTravel: 'unfit' } }), 'legally-removable').light).toBe('red');
    const unknown = light(ready({ medical: { fitToTravel: 'unknown' } }), 'legally-removable');
    expect(unknown).toMatchObject({ light: 'amber', ruleIds: ['removal.medical-fitness'] });
  });
  it('is red for an unaccompanied minor without confirmed reception, green with it', () => {
    const persons = [makePerson({ birthDate: '2011-01-01' })];
    const without = ready({
      persons,
      vulnerabilities: { unaccompaniedMinor: true, receptionConfirmed: false },
    });
    expect(light(without, 'legally-removable')).toMatchObject({
      light: 'red',
      ruleIds: ['removal.unaccompanied-minor-reception'],
    });
    const confirmed = ready({
      persons,
      vulnerabilities: { unaccompaniedMinor: true, receptionConfirmed: true },
    });
    expect(light(confirmed, 'legally-removable').light).toBe('green');
  });
  it('follows consent to an entry requirement: refused red, none amber, given green', () => {
    const refused = ready({ consents: [{ requirementId: 'er-test', answer: 'refused' }] });
    const r = light(refused, 'legally-removable', ON, [test]);
    expect(r).toMatchObject({ light: 'red', ruleIds: ['removal.entry-requirement-consent'] });
    expect(r.evidence).toContainEqual({ field: 'consents[0].answer', value: 'refused' });
    expect(light(ready(), 'legally-removable', ON, [test]).light).toBe('amber');
    const given = ready({ consents: [{ requirementId: 'er-test', answer: 'given' }] });
    expect(light(given, 'legally-removable', ON, [test]).light).toBe('green');
  });
  it('ignores requirements of other destinations and those without consent', () => {
    const elsewhere = { ...test, country: 'MA' };
    const noConsent = { ...test, id: 'er-doc', requiresConsent: false };
    expect(light(ready(), 'legally-removable', ON, [elsewhere, noConsent]).light).toBe('green');
  });
  it('shows the worst of several findings and all their evidence', () => {
    const c = light(
      ready({ medical: { fitToTravel: 'unknown' }, nonRefoulementBar: true }),
      'legally-removable',
    );
    expect(c.light).toBe('red');
    expect(c.ruleIds).toEqual(['removal.non-refoulement', 'removal.medical-fitness']);
  });
});

describe('available', () => {
  it('is red when the whereabouts are unknown (MOB)', () => {
    const c = light(makeCase({ location: { kind: 'unknown', since: '2026-08-15' } }), 'available');
    expect(c).toMatchObject({ light: 'red', ruleIds: ['removal.available'] });
    expect(c.evidence).toContainEqual({ field: 'location.kind', value: 'unknown' });
  });
  it('is green when the location is known', () => {
    expect(light(makeCase(), 'available').light).toBe('green');
  });
});

describe('in detention', () => {
  it('is amber when not detained: an intake is needed', () => {
    const c = light(makeCase(), 'in-detention');
    expect(c.light).toBe('amber');
    expect(c.message).toMatch(/needs a detention intake/);
  });
  it('is green while detained within the limit, up to and including the last lawful day', () => {
    expect(light(ready(), 'in-detention', '2027-02-27').light).toBe('green'); // day 180
  });
  it('is red once the detention limit has passed', () => {
    const c = light(ready(), 'in-detention', '2027-02-28'); // day 181
    expect(c).toMatchObject({
      light: 'red',
      ruleIds: ['detention.return.max-days', 'detention.return.absolute-max-days'],
    });
  });
  it('is red once the transfer deadline has passed, detained or not', () => {
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-03-02' });
    const r = light(c, 'in-detention', '2026-09-03');
    expect(r).toMatchObject({
      light: 'red',
      ruleIds: ['dublin3.transfer-deadline', 'dublin3.deadline-missed'],
    });
    expect(r.message).toMatch(/2026-09-02 has passed/);
  });
  it('is amber for a Dublin case not yet detained long after acceptance: six weeks from the start (CJEU C-60/16)', () => {
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' });
    const long = light(c, 'in-detention', '2026-08-01');
    expect(long).toMatchObject({ light: 'amber', ruleIds: ['detention.dublin3.max-weeks'] });
    expect(long.message).toMatch(/Detained on 2026-08-01, the last lawful day would be 2026-09-12/);
    expect(light(c, 'in-detention', '2026-07-01').message).toMatch(/would be 2026-08-12/);
  });
  it('gives the transfer deadline, not a later detention limit, as the last day for a case not yet detained', () => {
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' }); // transfer deadline 2026-12-10
    // Detained on 1 December, six weeks would run to 2027-01-12: the transfer deadline comes first.
    const late = light(c, 'in-detention', '2026-12-01');
    expect(late.light).toBe('amber');
    expect(late.message).toMatch(
      /the last lawful day would be 2026-12-10, the transfer deadline, which comes before the detention limit 2027-01-12\./,
    );
    expect(late.message).not.toMatch(/would be 2027-01-12/);
    expect(late.ruleIds).toEqual(['dublin3.transfer-deadline', 'detention.dublin3.max-weeks']);
    // Detained on 29 October, six weeks end on the transfer deadline itself: both bind.
    const tie = light(c, 'in-detention', '2026-10-29');
    expect(tie.message).toMatch(/would be 2026-12-10, both the detention limit and the transfer deadline\./);
    expect(tie.ruleIds).toEqual(['dublin3.transfer-deadline', 'detention.dublin3.max-weeks']);
    // Earlier, the detention limit binds and the message says so.
    const early = light(c, 'in-detention', '2026-08-01');
    expect(early.message).toMatch(
      /the detention limit, which comes before the transfer deadline 2026-12-10\./,
    );
    expect(early.ruleIds).toEqual(['detention.dublin3.max-weeks']);
  });
  it('is red when a new detention would have no lawful day left', () => {
    const none = rulesWith({ 'detention.dublin3.max-weeks': 0 });
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' });
    const r = fourConditions(c, '2026-08-01', { now: NOW, rules: none }).conditions[2];
    expect(r).toMatchObject({ id: 'in-detention', light: 'red', ruleIds: ['detention.dublin3.max-weeks'] });
    expect(r?.message).toMatch(/would have no lawful day left/);
  });
  it('says when an unverified rule is relied on', () => {
    const c = makeTransferCase('ammr', { acceptedOn: '2026-09-05' }, detained('2026-09-06', 'ammr'));
    const r = light(c, 'in-detention');
    expect(r.light).toBe('green');
    expect(r.message).toMatch(/Unverified rule relied on: detention.ammr.max-weeks/);
  });
});

describe('travel document', () => {
  const lp = { kind: 'none' } as const;

  it('is green when valid on the date', () => {
    expect(light(ready(), 'travel-document').light).toBe('green');
  });
  it('is red when expired, and when there is none', () => {
    const expired = ready({ travelDocument: { kind: 'passport', validUntil: '2026-09-09' } });
    expect(light(expired, 'travel-document')).toMatchObject({
      light: 'red',
      ruleIds: ['travel-document.valid'],
    });
    expect(light(ready({ travelDocument: lp }), 'travel-document').light).toBe('red');
  });
  it('is amber with greenOn when a laissez-passer is requested with an expected date', () => {
    const requested = ready({
      travelDocument: {
        ...lp,
        laissezPasserRequest: { state: 'requested', requestedOn: '2026-08-01', expectedOn: '2026-09-20' },
      },
    });
    const c = light(requested, 'travel-document');
    expect(c).toMatchObject({ light: 'amber', greenOn: '2026-09-20' });
    expect(c.evidence).toContainEqual({
      field: 'travelDocument.laissezPasserRequest.state',
      value: 'requested',
    });
  });
  it('is amber with greenOn when the document is valid only from a later date', () => {
    const future = ready({
      travelDocument: { kind: 'laissez-passer', validFrom: '2026-09-15', validUntil: '2026-10-15' },
    });
    expect(light(future, 'travel-document')).toMatchObject({ light: 'amber', greenOn: '2026-09-15' });
  });
  it('is red when the laissez-passer is not confirmed or withdrawn', () => {
    for (const state of ['not-confirmed', 'withdrawn'] as const) {
      const c = ready({
        travelDocument: { ...lp, laissezPasserRequest: { state, requestedOn: '2026-08-01' } },
      });
      expect(light(c, 'travel-document').light, state).toBe('red');
    }
  });
});
