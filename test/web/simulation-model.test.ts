// The simulation view's pure helpers: the form to a request (every bad field named), progress,
// phases, weekly table rows, groups, and the view's messages complete in both languages.
import { describe, expect, it } from 'vitest';
import { missingKeys } from '../../src/web/i18n.ts';
import { simulationMessages } from '../../src/web/views/simulation/messages.ts';
import {
  chartedKey,
  difference,
  metricsByGroup,
  phaseMessage,
  progressShare,
  readNumber,
  requestFromForm,
  sampledRows,
  type FormValues,
} from '../../src/web/views/simulation/model.ts';

const limits = {
  days: 730,
  replications: 50,
  factor: { min: 0, max: 10 },
  marginal: { days: 90, replications: 5 },
};
const form: FormValues = {
  scenario: 'escorts-minus-25',
  baseline: 'baseline-2021',
  days: '30',
  replications: '3',
  seed: '7',
  marginal: false,
  factors: { escorts: '0,8', police: '1' },
};

describe('the form as a request', () => {
  it('reads numbers with a decimal comma, sends only factors other than 1, and a numeric seed as a number', () => {
    const r = requestFromForm(form, limits);
    expect(r).toEqual({
      ok: true,
      body: {
        scenario: 'escorts-minus-25',
        days: 30,
        replications: 3,
        seed: 7,
        factors: { escorts: 0.8 },
        marginal: false,
        baseline: 'baseline-2021',
      },
    });
  });

  it('keeps a word seed as text and "no comparison" as a null baseline', () => {
    const r = requestFromForm({ ...form, seed: ' spring ', baseline: '' }, limits);
    expect(r.ok && r.body.seed).toBe('spring');
    expect(r.ok && r.body.baseline).toBeNull();
  });

  it('names every field in error', () => {
    const r = requestFromForm(
      {
        ...form,
        scenario: '',
        days: '731',
        replications: '2.5',
        seed: '',
        factors: { escorts: '11', police: 'x' },
      },
      limits,
    );
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual([
      'scenario',
      'days',
      'replications',
      'seed',
      'factors.escorts',
      'factors.police',
    ]);
  });

  it('reads only plain decimal numbers', () => {
    expect([readNumber('1,5'), readNumber(' 2 '), readNumber('.5')]).toEqual([1.5, 2, 0.5]);
    expect([readNumber(''), readNumber('1e3'), readNumber('1.2.3')].every(Number.isNaN)).toBe(true);
  });
});

describe('progress and tables', () => {
  it('gives progress as a share within 0..1', () => {
    expect(progressShare(null)).toBe(0);
    expect(progressShare({ done: 0, total: 0 })).toBe(0);
    expect(progressShare({ done: 30, total: 120 })).toBe(0.25);
    expect(progressShare({ done: 130, total: 120 })).toBe(1);
  });

  it('names phases, the marginal one with its resource', () => {
    expect(phaseMessage('marginal escorts')).toEqual({
      key: 'sim.phase.marginal',
      params: { resource: 'escorts' },
    });
    expect(phaseMessage('baseline').key).toBe('sim.phase.baseline');
  });

  it('samples a row per week and always the last day, with the values of that day', () => {
    const series = (n: number) => Array.from({ length: n }, (_, i) => ({ mean: i + 1, low: i, high: i + 2 }));
    const rows = sampledRows([series(16), series(10)]);
    expect(rows.map((r) => r.day)).toEqual([7, 14, 16]);
    expect(rows[1]!.values.map((v) => v?.mean)).toEqual([14, undefined]);
    expect(sampledRows([undefined])).toEqual([]);
  });

  it('groups metrics in the view order, unknown groups last, leaving out empty groups', () => {
    const m = (key: string, group: string) => ({
      key,
      group,
      label: { en: key, nl: key },
      unit: 'people',
      better: 'neutral' as const,
    });
    const groups = metricsByGroup([
      m('caseload', 'caseload'),
      m('forced', 'departures'),
      m('x', 'other'),
      m('occ', 'occupancy'),
    ]);
    expect(groups.map((g) => g.group)).toEqual(['departures', 'occupancy', 'caseload', 'other']);
  });

  it('takes the difference of means only when both are there', () => {
    expect(difference({ mean: 5, low: 4, high: 6 }, { mean: 3, low: 2, high: 4 })).toBe(2);
    expect(difference({ mean: 5, low: 4, high: 6 }, undefined)).toBeNull();
  });
});

describe('messages', () => {
  it('has every key in Dutch and in English', () => {
    expect(missingKeys(simulationMessages)).toEqual({ en: [], nl: [] });
  });
});

describe('chartedKey', () => {
  const metric = (key: string, group: string) => ({
    key,
    group,
    label: { en: key, nl: key },
    unit: 'people',
    better: 'higher' as const,
  });
  const result = (keys: string[]) =>
    ({ scenario: { series: Object.fromEntries(keys.map((k) => [k, []])) } }) as unknown as Parameters<
      typeof chartedKey
    >[0];

  it('charts departures and lapses as running totals when the runner kept them', () => {
    const r = result(['forcedDepartures', 'cumulative.forcedDepartures', 'dublinLapsed']);
    expect(chartedKey(r, metric('forcedDepartures', 'departures'))).toEqual({
      key: 'cumulative.forcedDepartures',
      cumulative: true,
    });
    expect(chartedKey(r, metric('dublinLapsed', 'lapses'))).toEqual({
      key: 'dublinLapsed',
      cumulative: false,
    });
  });

  it('never accumulates a stock such as occupancy or the caseload', () => {
    const r = result(['caseload', 'cumulative.caseload']);
    expect(chartedKey(r, metric('caseload', 'caseload'))).toEqual({ key: 'caseload', cumulative: false });
  });
});
