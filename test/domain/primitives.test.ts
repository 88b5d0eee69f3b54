import { describe, expect, it } from 'vitest';
import {
  CountryCode,
  IsoDate,
  LanguageCode,
  LocalDateTime,
  TimeWindow,
  VNumber,
} from '../../src/domain/index.ts';
import { parseWith } from '../../src/domain/parse.ts';

describe('primitives', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2026-2-1').success).toBe(false);
  });
  it('accepts local date-times without offset only', () => {
    expect(LocalDateTime.safeParse('2026-12-08T09:00').success).toBe(true);
    expect(LocalDateTime.safeParse('2026-12-08T24:00').success).toBe(false);
    expect(LocalDateTime.safeParse('2026-12-08T09:00Z').success).toBe(false);
  });
  it('checks country and language codes against ISO lists', () => {
    expect(CountryCode.safeParse('ER').success).toBe(true);
    expect(CountryCode.safeParse('QQ').success).toBe(false);
    expect(LanguageCode.safeParse('ti').success).toBe(true);
    expect(LanguageCode.safeParse('prs').success).toBe(true);
    expect(LanguageCode.safeParse('zz').success).toBe(false);
  });
  it('wants ten digits in a V-number', () => {
    expect(VNumber.safeParse('1234567890').success).toBe(true);
    expect(VNumber.safeParse('123456789').success).toBe(false);
  });
  it('names the field of a window that ends before it starts', () => {
    const r = parseWith(TimeWindow, { from: '2026-12-08T13:00', to: '2026-12-08T09:00' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('to');
  });
});

describe('scenario references', () => {
  it('refuses a repeated airport or carrier code, naming the field', async () => {
    const { readFileSync } = await import('node:fs');
    const { Scenario } = await import('../../src/domain/index.ts');
    const scenario = JSON.parse(readFileSync('data/scenarios/small.json', 'utf8'));
    scenario.sites.airports.push({ ...scenario.sites.airports[0] });
    scenario.carriers.push({ ...scenario.carriers[0] });
    const r = parseWith(Scenario, scenario);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.errors.map((e) => e.path);
      expect(paths).toContain(`sites.airports[${scenario.sites.airports.length - 1}].code`);
      expect(paths).toContain(`carriers[${scenario.carriers.length - 1}].code`);
    }
  });
});
