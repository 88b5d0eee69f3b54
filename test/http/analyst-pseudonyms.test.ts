import { describe, expect, it } from 'vitest';
import { pseudonymiseCases } from '../../src/http/routes/plans.ts';

describe('what an analyst sees of a plan', () => {
  const result = {
    id: 'job-1',
    plan: {
      departures: [{ caseId: 'C-00012', flightId: 'F-1', escorts: 2, transportId: 'showcase-dvo-C-00012' }],
      intakes: [{ caseId: 'C-00012', lawyerId: 'l-1' }],
      leftOut: [{ caseId: 'C-DUB-0610', code: 'capacity.exhausted', message: 'C-DUB-0610 had 2 options' }],
    },
    summary: { scheduled: 1 },
  };

  it('replaces every occurrence of every case id by a stable pseudonym, and keeps the rest', () => {
    const seen = pseudonymiseCases(result, 'salt-a');
    const text = JSON.stringify(seen);
    expect(text).not.toContain('C-00012');
    expect(text).not.toContain('C-DUB-0610');
    expect(seen.plan.departures[0]?.caseId).toMatch(/^P-[0-9a-f]{12}$/);
    expect(seen.plan.intakes[0]?.caseId).toBe(seen.plan.departures[0]?.caseId);
    expect(seen.plan.leftOut[0]?.message).toBe(`${seen.plan.leftOut[0]?.caseId} had 2 options`);
    expect(seen.summary).toEqual({ scheduled: 1 });
    expect(pseudonymiseCases(result, 'salt-a')).toEqual(seen);
    expect(pseudonymiseCases(result, 'salt-b').plan.departures[0]?.caseId).not.toBe(
      seen.plan.departures[0]?.caseId,
    );
  });
});
