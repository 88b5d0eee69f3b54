import { describe, expect, it } from 'vitest';
import { missingKeys } from '../../src/web/i18n.ts';
import { dataQualityMessages } from '../../src/web/views/data-quality-messages.ts';
import {
  choices,
  DataQualityIssues,
  ordered,
  type DataQualityIssue,
} from '../../src/web/views/data-quality-model.ts';

const issue = (over: Partial<DataQualityIssue>): DataQualityIssue => ({
  id: 1,
  caseId: 'C-1',
  vNumber: 'V1',
  field: 'nationality',
  values: { ind: 'SY', coa: 'IQ' },
  sources: ['ind', 'coa'],
  openedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('data-quality issues in the UI', () => {
  it('offers each distinct value once, with every source that gave it', () => {
    const i = issue({ values: { ind: 'SY', coa: 'IQ', kmar: 'SY' } });
    expect(choices(i)).toEqual([
      { value: 'SY', sources: ['ind', 'kmar'] },
      { value: 'IQ', sources: ['coa'] },
    ]);
  });

  it('shows open issues first, longest held first, then the latest resolutions', () => {
    const resolved = (id: number, at: string) =>
      issue({ id, resolvedAt: at, resolution: { value: 'SY', by: 'Admin', version: 3 } });
    const list = ordered([
      resolved(1, '2026-11-02T00:00:00Z'),
      issue({ id: 2, openedAt: '2026-11-05T00:00:00Z' }),
      resolved(3, '2026-11-09T00:00:00Z'),
      issue({ id: 4, openedAt: '2026-11-03T00:00:00Z' }),
    ]);
    expect(list.map((i) => i.id)).toEqual([4, 2, 3, 1]);
  });

  it('reads the service’s answer and refuses one without issues', () => {
    expect(DataQualityIssues.safeParse({ issues: [issue({})] }).success).toBe(true);
    expect(DataQualityIssues.safeParse({ problems: [] }).success).toBe(false);
  });

  it('has every word in Dutch and English', () => {
    expect(missingKeys(dataQualityMessages)).toEqual({ en: [], nl: [] });
  });
});
