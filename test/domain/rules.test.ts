import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRuleSets, loadRuleSet, parseRuleSet, RULES_DIR } from '../../src/domain/rules.ts';
import type { Rule } from '../../src/domain/rules.ts';

const VERSION = 'nl-2026-07';
const raw = JSON.parse(readFileSync(join(RULES_DIR, `${VERSION}.json`), 'utf8')) as {
  id: string;
  description: string;
  effectiveFrom: string;
  rules: Rule[];
};

/** The rule ids of the table in docs/planning-rules.md. */
function tableIds(): string[] {
  const doc = readFileSync(new URL('../../docs/planning-rules.md', import.meta.url), 'utf8');
  return [...doc.matchAll(/^\| `([a-z0-9.-]+)`/gm)].map((m) => m[1] as string);
}

function rule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: 'test.rule',
    value: 6,
    unit: 'months',
    legalBasis: 'art. 1',
    source: 'test',
    verified: true,
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    description: 'a rule for tests',
    ...overrides,
  };
}

function fileWith(rules: unknown[]): unknown {
  return { id: 'test-set', description: 'test', effectiveFrom: '2026-01-01', rules };
}

function errorPaths(json: unknown): string[] {
  const r = parseRuleSet(json);
  return r.ok ? [] : r.errors.map((e) => e.path);
}

describe('the nl-2026-07 rule set', () => {
  const rules = loadRuleSet(VERSION);

  it('loads with its version and numbers', () => {
    expect(rules.version).toBe(VERSION);
    expect(rules.number('dublin3.transfer-deadline')).toBe(6);
    expect(rules.number('detention.return.absolute-max-days')).toBe(540);
    expect(rules.rule('intake.slot.morning').value).toBe('09:00-13:00');
    expect(rules.rule('ammr.application-date').value).toBe('2026-07-01');
  });
  it('has every rule id of docs/planning-rules.md', () => {
    const ids = tableIds();
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(rules.rules.has(id), id).toBe(true);
  });
  it('marks the unconfirmed [U] values unverified, with their conservative values', () => {
    const unverified = [...rules.rules.values()].filter((r) => !r.verified).map((r) => r.id);
    expect(unverified.sort()).toEqual([
      'ammr.extension.absconding',
      'ammr.extension.imprisonment',
      'detention.ammr.max-weeks',
    ]);
    expect(rules.number('detention.ammr.max-weeks')).toBe(4);
    expect(rules.isVerified('dublin3.transfer-deadline')).toBe(true);
    expect(rules.isVerified('ammr.extension.absconding')).toBe(false);
  });
  it('is listed among the available rule sets', () => {
    expect(listRuleSets()).toContain(VERSION);
  });
  it('throws for an unknown id and for a non-numeric rule read as a number', () => {
    expect(() => rules.rule('no.such-rule')).toThrow(/unknown rule id "no.such-rule"/);
    expect(() => rules.number('removal.available')).toThrow(/not a number/);
  });
});

describe('rule set validation', () => {
  it('accepts a minimal valid file', () => {
    expect(parseRuleSet(fileWith([rule()])).ok).toBe(true);
  });
  it('names the path of a missing field', () => {
    const noBasis: Partial<Rule> = rule();
    delete noBasis.legalBasis;
    expect(errorPaths(fileWith([rule(), noBasis]))).toContain('rules[1].legalBasis');
  });
  it('rejects a value that does not fit its unit', () => {
    expect(errorPaths(fileWith([rule({ value: 'six' })]))).toEqual(['rules[0].value']);
    expect(errorPaths(fileWith([rule({ unit: 'flag', value: 1 })]))).toEqual(['rules[0].value']);
    expect(errorPaths(fileWith([rule({ unit: 'time-range', value: '9-13' })]))).toEqual(['rules[0].value']);
    expect(errorPaths(fileWith([rule({ unit: 'date', value: '2026-02-30' })]))).toEqual(['rules[0].value']);
  });
  it('rejects effectiveTo before effectiveFrom', () => {
    const r = rule({ effectiveFrom: '2026-07-01', effectiveTo: '2026-06-30' });
    expect(errorPaths(fileWith([r]))).toEqual(['rules[0].effectiveTo']);
  });
  it('rejects a duplicate id in force at the same time', () => {
    expect(errorPaths(fileWith([rule(), rule({ value: 7 })]))).toEqual(['rules[1].id']);
  });
  it('keeps versions of one id with separate periods and picks the one in force', () => {
    const parsed = parseRuleSet(
      fileWith([
        rule({ effectiveTo: '2026-12-31', value: 4 }),
        rule({ effectiveFrom: '2027-01-01', value: 5, verified: false }),
      ]),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const set = parsed.value;
    expect(set.number('test.rule', '2026-06-01')).toBe(4);
    expect(set.number('test.rule', '2027-06-01')).toBe(5);
    expect(set.number('test.rule')).toBe(4); // in force on the set's effectiveFrom
    expect(() => set.rule('test.rule', '2025-01-01')).toThrow(/no version in force on 2025-01-01/);
  });
  it('rejects unknown fields and bad ids', () => {
    expect(errorPaths(fileWith([{ ...rule(), extra: 1 }]))).toEqual(['rules[0]']);
    expect(errorPaths(fileWith([rule({ id: 'Bad Id' })]))).toEqual(['rules[0].id']);
  });
});

describe('loading rule set files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rotonde-rules-'));

  it('throws naming the file and the field paths of a bad file', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(fileWith([rule({ value: 'x' })])));
    expect(() => loadRuleSet('bad', dir)).toThrow(/bad\.json[\s\S]*rules\[0\]\.value/);
  });
  it('throws naming a missing file', () => {
    expect(() => loadRuleSet('missing', dir)).toThrow(/missing\.json cannot be read/);
  });
  it('throws for a file that is not JSON', () => {
    writeFileSync(join(dir, 'garbled.json'), '{ not json');
    expect(() => loadRuleSet('garbled', dir)).toThrow(/garbled\.json is not valid JSON/);
  });
  it('throws when the id differs from the file name', () => {
    writeFileSync(join(dir, 'other.json'), JSON.stringify(fileWith([rule()])));
    expect(() => loadRuleSet('other', dir)).toThrow(/id: "test-set" differs from the file name/);
  });
  it('refuses a version that is not an id (no path tricks)', () => {
    expect(() => loadRuleSet('../secret', dir)).toThrow(/not a valid version id/);
  });
  it('lists the versions in a directory', () => {
    writeFileSync(join(dir, 'test-set.json'), JSON.stringify(fileWith([rule()])));
    expect(listRuleSets(dir)).toContain('test-set');
    expect(loadRuleSet('test-set', dir).number('test.rule')).toBe(6);
  });
  it('keeps the shipped file valid as data (every rule has a source and a legal basis)', () => {
    for (const r of raw.rules) {
      expect(r.source.length, r.id).toBeGreaterThan(0);
      expect(r.legalBasis.length, r.id).toBeGreaterThan(0);
    }
  });
});
