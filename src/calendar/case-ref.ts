// The case reference partners see: the case id pseudonymised with a server-side salt, so a partner
// and DT&V can talk about one intake ("P-3f2a9c01be") without the partner learning the case id.
import { createHmac } from 'node:crypto';

/** `P-` and the first 10 hex digits of HMAC-SHA256(salt, case id): stable for one salt. */
export function caseRef(caseId: string, salt: string): string {
  return `P-${createHmac('sha256', salt).update(caseId).digest('hex').slice(0, 10)}`;
}
