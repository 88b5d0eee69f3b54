import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar.ts';
import {
  caseDeadlines,
  courtNotificationDate,
  detentionLimit,
  earliestDeparture,
  transferDeadline,
} from '../../src/domain/deadlines.ts';
import { loadRuleSet, parseRuleSet, RULES_DIR } from '../../src/domain/rules.ts';
import type { RuleSet } from '../../src/domain/rules.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detained, makeCase, makePerson, makeTransferCase } from '../fixtures/cases.ts';

const rules = loadRuleSet('nl-2026-07');
const RUNS = { numRuns: 200 };

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

const isoDate = fc
  .date({ min: new Date('2026-07-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const regime = fc.constantFrom('dublin-iii' as const, 'ammr' as const);
const minor = { birthDate: '2012-03-01' };

describe('transfer deadline (Dublin III art. 29, AMMR art. 46)', () => {
  it('is 6 months after acceptance: 2026-06-10 → 2026-12-10', () => {
    const d = transferDeadline(makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' }), rules);
    expect(d.date).toBe('2026-12-10');
    expect(d.ruleIds).toEqual(['dublin3.transfer-deadline']);
    expect(d.verified).toBe(true);
    expect(d.explanation).toMatch(/not moved to a next working day/);
  });
  it('runs from the end of suspensive effect when that is later, to the last day of a short month', () => {
    const later = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      suspensiveEffectEndedOn: '2026-08-31',
    });
    expect(transferDeadline(later, rules).date).toBe('2027-02-28');
    const earlier = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      suspensiveEffectEndedOn: '2026-05-01',
    });
    expect(transferDeadline(earlier, rules).date).toBe('2026-12-10');
  });
  it('is not moved off a weekend', () => {
    const d = transferDeadline(makeTransferCase('dublin-iii', { acceptedOn: '2026-06-12' }), rules);
    expect(d.date).toBe('2026-12-12'); // a Saturday
  });
  it('extends to 18 months for absconding notified in time, including on the last day', () => {
    const inTime = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      extensions: [{ kind: 'absconding', notifiedOn: '2026-12-10' }],
    });
    const d = transferDeadline(inTime, rules);
    expect(d.date).toBe('2027-12-10');
    expect(d.ruleIds).toEqual(['dublin3.transfer-deadline', 'dublin3.extension.absconding']);
  });
  it('ignores an extension notified after the deadline', () => {
    const late = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      extensions: [{ kind: 'absconding', notifiedOn: '2026-12-11' }],
    });
    const d = transferDeadline(late, rules);
    expect(d.date).toBe('2026-12-10');
    expect(d.explanation).toMatch(/does not count/);
  });
  it('extends to 12 months for imprisonment, and takes the longest valid extension', () => {
    const prison = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      extensions: [{ kind: 'imprisonment', notifiedOn: '2026-09-01' }],
    });
    expect(transferDeadline(prison, rules).date).toBe('2027-06-10');
    const both = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      extensions: [
        { kind: 'absconding', notifiedOn: '2026-10-01' },
        { kind: 'imprisonment', notifiedOn: '2026-09-01' },
      ],
    });
    expect(transferDeadline(both, rules).date).toBe('2027-12-10');
  });
  it('uses the AMMR values, and says so when an unverified extension is relied on', () => {
    const plain = makeTransferCase('ammr', { acceptedOn: '2026-08-01' });
    expect(transferDeadline(plain, rules)).toMatchObject({ date: '2027-02-01', verified: true });
    const absconded = makeTransferCase('ammr', {
      acceptedOn: '2026-08-01',
      extensions: [{ kind: 'absconding', notifiedOn: '2026-12-01' }],
    });
    const d = transferDeadline(absconded, rules);
    expect(d).toMatchObject({ date: '2028-02-01', verified: false }); // 18 months, conservative
    expect(d.ruleIds).toContain('ammr.extension.absconding');
    expect(d.explanation).toMatch(/unverified rule\(s\) ammr.extension.absconding/);
  });
  it('extends an AMMR transfer by 18 months (unverified, conservative) for absconding notified in time', () => {
    const lastDay = makeTransferCase('ammr', {
      acceptedOn: '2026-08-01',
      suspensiveEffectEndedOn: '2026-08-31',
      extensions: [{ kind: 'absconding', notifiedOn: '2027-02-28' }], // the unextended deadline itself
    });
    const d = transferDeadline(lastDay, rules);
    expect(d).toMatchObject({
      date: '2028-02-29', // 18 months from the end of suspensive effect, to the last day of February
      ruleIds: ['ammr.transfer-deadline', 'ammr.extension.absconding'],
      verified: false,
    });
    expect(d.explanation).toMatch(/allows 18 months/);
    const late = makeTransferCase('ammr', {
      acceptedOn: '2026-08-01',
      suspensiveEffectEndedOn: '2026-08-31',
      extensions: [{ kind: 'absconding', notifiedOn: '2027-03-01' }],
    });
    expect(transferDeadline(late, rules)).toMatchObject({ date: '2027-02-28', verified: true });
  });
  it('ignores a crisis for a Dublin III case', () => {
    const d = transferDeadline(
      makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10', crisisDeclared: true }),
      rules,
    );
    expect(d.date).toBe('2026-12-10');
    expect(d.explanation).toMatch(/crisis is ignored/);
  });
  it('is 12 months in a declared AMMR crisis', () => {
    const crisis = makeTransferCase('ammr', { acceptedOn: '2026-08-01', crisisDeclared: true });
    const d = transferDeadline(crisis, rules);
    expect(d.date).toBe('2027-08-01');
    expect(d.ruleIds).toEqual(['ammr.crisis.transfer-deadline']);
  });
  it('does not exist for a national return', () => {
    expect(transferDeadline(makeCase(), rules).date).toBeNull();
  });
  it('is never earlier for a later acceptance', () => {
    fc.assert(
      fc.property(regime, isoDate, isoDate, (r, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const first = transferDeadline(makeTransferCase(r, { acceptedOn: lo }), rules).date as string;
        const second = transferDeadline(makeTransferCase(r, { acceptedOn: hi }), rules).date as string;
        return first <= second;
      }),
      RUNS,
    );
  });
  it('is never shortened by an extension', () => {
    const kind = fc.constantFrom('imprisonment' as const, 'absconding' as const);
    fc.assert(
      fc.property(regime, isoDate, kind, fc.integer({ min: -30, max: 400 }), (r, acceptedOn, k, offset) => {
        const plain = transferDeadline(makeTransferCase(r, { acceptedOn }), rules).date as string;
        const extensions = [{ kind: k, notifiedOn: addDays(acceptedOn, offset) }];
        const extended = transferDeadline(makeTransferCase(r, { acceptedOn, extensions }), rules)
          .date as string;
        return extended >= plain;
      }),
      RUNS,
    );
  });
});

describe('detention limit (planning-rules.md rule 11)', () => {
  it('is 180 days for return detention, less prior days', () => {
    expect(detentionLimit(makeCase(), '2026-09-01', rules).date).toBe('2027-02-27'); // day 180
    const prior = makeCase(detained('2026-09-01', 'return', 100));
    expect(detentionLimit(prior, '2026-09-01', rules).date).toBe('2026-11-19'); // day 80
  });
  it('is never before the start when the prior days exhaust the maximum', () => {
    const used = makeCase(detained('2026-09-01', 'return', 200));
    const d = detentionLimit(used, '2026-09-01', rules);
    expect(d.date).toBe('2026-09-01');
    expect(d.explanation).toMatch(/less 200 prior days.*: 0 days/);
  });
  it('never passes 540 days cumulative, even when a detention may last longer', () => {
    const longer = rulesWith({ 'detention.return.max-days': 600 });
    const prior = makeCase(detained('2026-09-01', 'return', 100));
    expect(detentionLimit(prior, '2026-09-01', longer).date).toBe('2027-11-14'); // day 440
    expect(detentionLimit(makeCase(), '2026-09-01', longer).date).toBe(addDays('2026-09-01', 539));
  });
  it('is 6 weeks after acceptance for Dublin III when detained before it, or after the end of suspensive effect', () => {
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' });
    expect(detentionLimit(c, '2026-06-05', rules)).toMatchObject({
      date: '2026-07-22',
      ruleIds: ['detention.dublin3.max-weeks'],
      verified: true,
    });
    const appeal = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      suspensiveEffectEndedOn: '2026-07-01',
    });
    expect(detentionLimit(appeal, '2026-06-20', rules).date).toBe('2026-08-12');
  });
  it('is 6 weeks from the detention start when detention begins after acceptance (CJEU C-60/16)', () => {
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' });
    const d = detentionLimit(c, '2026-06-15', rules);
    expect(d).toMatchObject({ date: '2026-07-27', ruleIds: ['detention.dublin3.max-weeks'], verified: true });
    expect(d.explanation).toMatch(/6 weeks from 2026-06-15 \(the detention start, after acceptance\)/);
    const appeal = makeTransferCase('dublin-iii', {
      acceptedOn: '2026-06-10',
      suspensiveEffectEndedOn: '2026-07-01',
    });
    expect(detentionLimit(appeal, '2026-07-02', rules).date).toBe('2026-08-13');
  });
  it('is 4 weeks (unverified) from the detention start for the AMMR when detained after acceptance', () => {
    const c = makeTransferCase('ammr', { acceptedOn: '2026-08-01' });
    const d = detentionLimit(c, '2026-08-03', rules);
    expect(d).toMatchObject({ date: '2026-08-31', ruleIds: ['detention.ammr.max-weeks'], verified: false });
    expect(d.explanation).toMatch(/unverified rule\(s\) detention.ammr.max-weeks/);
  });
  it('is 4 weeks (unverified) after acceptance for the AMMR when detained before it', () => {
    const c = makeTransferCase('ammr', { acceptedOn: '2026-08-01' });
    expect(detentionLimit(c, '2026-07-20', rules)).toMatchObject({ date: '2026-08-29', verified: false });
  });
  it('takes the later basis: acceptance + 6 weeks while that is later than the start, else the start', () => {
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' });
    // Detained the day before acceptance: acceptance decides.
    expect(detentionLimit(c, '2026-06-09', rules).date).toBe('2026-07-22');
    // Detained on the day of acceptance: both bases agree.
    expect(detentionLimit(c, '2026-06-10', rules).date).toBe('2026-07-22');
    // Detained the day after: the start decides, one day later.
    expect(detentionLimit(c, '2026-06-11', rules).date).toBe('2026-07-23');
    // Detained long after the six weeks from acceptance: still a full six weeks from the start.
    expect(detentionLimit(c, '2026-10-01', rules).date).toBe('2026-11-12');
  });
  it('follows the rule set for the number of weeks', () => {
    const five = rulesWith({ 'detention.ammr.max-weeks': 5 });
    const c = makeTransferCase('ammr', { acceptedOn: '2026-08-01' });
    expect(detentionLimit(c, '2026-08-03', five).date).toBe('2026-09-07');
  });
  it('is 14 days from the start for a family, when earlier than the ground limit', () => {
    const family = makeTransferCase(
      'dublin-iii',
      { acceptedOn: '2026-06-10' },
      {
        persons: [makePerson(), makePerson({ sex: 'F' })],
      },
    );
    const d = detentionLimit(family, '2026-06-15', rules);
    expect(d.date).toBe('2026-06-28');
    expect(d.ruleIds).toContain('detention.family.max-days');
    const single = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' });
    expect(detentionLimit(single, '2026-06-15', rules).date).toBe('2026-07-27');
  });
  it('is 14 days for an unaccompanied minor, and for a case with a minor', () => {
    const uam = makeCase({
      persons: [makePerson(minor)],
      vulnerabilities: { unaccompaniedMinor: true, receptionConfirmed: true },
    });
    const d = detentionLimit(uam, '2026-09-01', rules);
    expect(d.date).toBe('2026-09-14');
    expect(d.ruleIds).toContain('detention.unaccompanied-minor.max-days');
    const withMinor = makeCase({ persons: [makePerson(minor)] });
    expect(detentionLimit(withMinor, '2026-09-01', rules).ruleIds).toContain('detention.family.max-days');
  });
  it('takes age on the start date: 18 the day before is an adult', () => {
    const adult = makeCase({ persons: [makePerson({ birthDate: '2008-08-31' })] });
    expect(detentionLimit(adult, '2026-09-01', rules).date).toBe('2027-02-27');
    const stillMinor = makeCase({ persons: [makePerson({ birthDate: '2008-09-02' })] });
    expect(detentionLimit(stillMinor, '2026-09-01', rules).date).toBe('2026-09-14');
  });
  it('counts the day of the intake as day 1 for a limit in days; a limit in weeks does not count it', () => {
    // A family detained on 7 December: 14 calendar days, the 7th to the 20th inclusive.
    const family = makeCase({
      persons: [makePerson(), makePerson({ sex: 'F' })],
      ...detained('2026-12-07', 'return'),
    });
    const f = detentionLimit(family, '2026-12-07', rules);
    expect(f).toMatchObject({
      date: '2026-12-20',
      ruleIds: expect.arrayContaining(['detention.family.max-days']),
    });
    expect(f.explanation).toMatch(/family: 14 days → 2026-12-20/);
    expect(f.explanation).toMatch(/a limit of N days counts the start as day 1/);
    // A return detention without prior days from 1 January: the 180th day is 29 June.
    const ret = detentionLimit(makeCase(detained('2026-01-01', 'return', 0)), '2026-01-01', rules);
    expect(ret.date).toBe('2026-06-29');
    expect(ret.explanation).toMatch(/less 0 prior days.*: 180 days → 2026-06-29/);
    // Weeks are unchanged: six weeks from the detention start end on start + 42 days.
    const dublin = makeTransferCase('dublin-iii', { acceptedOn: '2026-12-01' });
    expect(detentionLimit(dublin, '2026-12-07', rules).date).toBe('2027-01-18');
  });
  it('uses the ground of an existing detention', () => {
    const c = makeCase(detained('2026-09-01', 'return'));
    expect(detentionLimit(c, '2026-09-01', rules).ruleIds).toContain('detention.return.max-days');
  });
  it('is never before the start', () => {
    fc.assert(
      fc.property(
        regime,
        isoDate,
        isoDate,
        fc.integer({ min: 0, max: 600 }),
        (r, acceptedOn, start, prior) => {
          const transfer = makeTransferCase(r, { acceptedOn });
          const national = makeCase(detained(start, 'return', prior));
          return (
            (detentionLimit(transfer, start, rules).date as string) >= start &&
            (detentionLimit(national, start, rules).date as string) >= start
          );
        },
      ),
      RUNS,
    );
  });
  it('never ends before the detention start and is monotone in it, for a transfer detention', () => {
    const claim = fc.record({
      acceptedOn: isoDate,
      suspended: fc.option(fc.integer({ min: -30, max: 200 }), { nil: undefined }),
    });
    const persons = fc.constantFrom([makePerson()], [makePerson(), makePerson(minor)]);
    fc.assert(
      fc.property(
        regime,
        claim,
        persons,
        fc.integer({ min: -120, max: 400 }),
        fc.integer({ min: 0, max: 120 }),
        (r, { acceptedOn, suspended }, ps, offset, delay) => {
          const c = makeTransferCase(
            r,
            {
              acceptedOn,
              ...(suspended !== undefined ? { suspensiveEffectEndedOn: addDays(acceptedOn, suspended) } : {}),
            },
            { persons: [...ps] },
          );
          const start = addDays(acceptedOn, offset);
          const later = addDays(start, delay);
          const first = detentionLimit(c, start, rules).date as string;
          const second = detentionLimit(c, later, rules).date as string;
          return first > start && second > later && first <= second;
        },
      ),
      RUNS,
    );
  });
  it('gives a single adult the full weeks from a detention start after acceptance', () => {
    fc.assert(
      fc.property(regime, isoDate, fc.integer({ min: 0, max: 400 }), (r, acceptedOn, wait) => {
        const start = addDays(acceptedOn, wait);
        const weeks = rules.number(r === 'ammr' ? 'detention.ammr.max-weeks' : 'detention.dublin3.max-weeks');
        return (
          detentionLimit(makeTransferCase(r, { acceptedOn }), start, rules).date === addDays(start, weeks * 7)
        );
      }),
      RUNS,
    );
  });
  it('is never later when a family constraint is added', () => {
    fc.assert(
      fc.property(regime, isoDate, fc.integer({ min: 0, max: 120 }), (r, acceptedOn, wait) => {
        const start = addDays(acceptedOn, wait);
        const single = makeTransferCase(r, { acceptedOn });
        const family = makeTransferCase(r, { acceptedOn }, { persons: [makePerson(), makePerson(minor)] });
        return (
          (detentionLimit(family, start, rules).date as string) <=
          (detentionLimit(single, start, rules).date as string)
        );
      }),
      RUNS,
    );
  });
});

describe('court notification (Vw art. 94)', () => {
  it('is the 28th day after the detention decision', () => {
    expect(courtNotificationDate('2026-09-01', rules).date).toBe('2026-09-29');
  });
  it('moves off a weekend to the Monday', () => {
    const d = courtNotificationDate('2026-09-05', rules); // day 28 is Saturday 2026-10-03
    expect(d.date).toBe('2026-10-05');
    expect(d.explanation).toMatch(/moved to the next working day/);
  });
  it('moves over Christmas and the weekend after it', () => {
    expect(courtNotificationDate('2026-11-27', rules).date).toBe('2026-12-28'); // day 28 is 25 December
  });
  it("moves off King's Day", () => {
    expect(courtNotificationDate('2027-03-30', rules).date).toBe('2027-04-28'); // day 28 is 27 April
  });
});

describe('earliest departure (planning-rules.md rule 17)', () => {
  it('gives the person 36 hours and the airline 24 hours from now', () => {
    const e = earliestDeparture({ now: '2026-09-01T10:00', regime: 'national' }, rules);
    expect(e.at).toBe('2026-09-02T22:00');
    expect(e.ruleIds).toEqual(['notice.airline.min-hours', 'notice.person.min-hours']);
  });
  it('counts the person notice from when they are told, never before now', () => {
    const later = earliestDeparture(
      { now: '2026-09-01T10:00', noticeFrom: '2026-09-03T09:00', regime: 'national' },
      rules,
    );
    expect(later.at).toBe('2026-09-04T21:00');
    const earlier = earliestDeparture(
      { now: '2026-09-01T10:00', noticeFrom: '2026-08-01T09:00', regime: 'national' },
      rules,
    );
    expect(earlier.at).toBe('2026-09-02T22:00');
  });
  it('waits 3 Dutch working days for a receiving state, over Christmas', () => {
    const e = earliestDeparture({ now: '2026-12-24T10:00', regime: 'dublin-iii' }, rules);
    expect(e.at).toBe('2026-12-30T00:00');
    expect(e.ruleIds).toContain('notice.receiving-state.working-days');
  });
  it('counts real hours over a daylight-saving change', () => {
    expect(earliestDeparture({ now: '2026-03-28T12:00', regime: 'national' }, rules).at).toBe(
      '2026-03-30T01:00',
    );
  });
  it('follows the rule set, not literals', () => {
    const slower = rulesWith({ 'notice.person.min-hours': 48 });
    expect(earliestDeparture({ now: '2026-09-01T10:00', regime: 'national' }, slower).at).toBe(
      '2026-09-03T10:00',
    );
  });
});

describe('case deadlines', () => {
  it('takes the detention start of a detained case and the earliest of transfer and detention', () => {
    const c = makeTransferCase(
      'dublin-iii',
      { acceptedOn: '2026-06-10' },
      detained('2026-06-15', 'dublin-iii'),
    );
    const d = caseDeadlines(c, '2026-06-20T09:00', rules);
    expect(d.detained).toBe(true);
    expect(d.detentionStart).toBe('2026-06-15');
    expect(d.transfer.date).toBe('2026-12-10');
    expect(d.detentionLimit.date).toBe('2026-07-27'); // six weeks from the start, after acceptance
    expect(d.courtNotification.date).toBe('2026-07-13');
    expect(d.mustHappenBy).toMatchObject({ date: '2026-07-27', ruleIds: ['detention.dublin3.max-weeks'] });
  });
  it('reckons a case not detained as if detained on the date of now', () => {
    const d = caseDeadlines(makeCase(), '2026-09-01T10:00', rules);
    expect(d.detained).toBe(false);
    expect(d.detentionStart).toBe('2026-09-01');
    expect(d.detentionLimit.date).toBe('2027-02-27');
    expect(d.detentionLimit.explanation).toMatch(/^Not detained: as if detained on 2026-09-01/);
    expect(d.mustHappenBy.date).toBe('2027-02-27');
    expect(d.earliestDeparture.at).toBe('2026-09-02T22:00');
  });
  it('lets the transfer deadline decide when it comes first', () => {
    const c = makeTransferCase('dublin-iii', { acceptedOn: '2026-06-10' });
    const d = caseDeadlines(c, '2026-12-01T10:00', rules);
    // Not detained, long after acceptance: six weeks from a detention starting now (CJEU C-60/16) ...
    expect(d.detentionLimit.date).toBe('2027-01-12');
    expect(d.detentionLimit.explanation).not.toMatch(/lies before the start/);
    // ... but the transfer deadline comes first and decides.
    expect(d.transfer.date).toBe('2026-12-10');
    expect(d.mustHappenBy).toMatchObject({ date: '2026-12-10', ruleIds: ['dublin3.transfer-deadline'] });
  });
});
