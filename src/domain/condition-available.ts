// Condition 2, available (domain.md §2): whereabouts known, not MOB.
import type { Case } from './case.ts';
import type { Condition } from './condition-common.ts';

/** Red when the whereabouts are unknown (MOB), else green. */
export function available(c: Case): Condition {
  const loc = c.location;
  if (loc.kind === 'unknown') {
    return {
      id: 'available',
      light: 'red',
      message: `Whereabouts unknown since ${loc.since} (MOB): the person cannot be picked up until located.`,
      evidence: [
        { field: 'location.kind', value: loc.kind },
        { field: 'location.since', value: loc.since },
      ],
      ruleIds: ['removal.available'],
    };
  }
  return {
    id: 'available',
    light: 'green',
    message: `Whereabouts known (${loc.kind}).`,
    evidence: [{ field: 'location.kind', value: loc.kind }],
    ruleIds: ['removal.available'],
  };
}
