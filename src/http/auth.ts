// Authentication and the two data-minimisation helpers endpoints use: who is calling (a bearer
// token), which cases an officer may see, and the pseudonyms analysts see instead of identities.
import { createHmac } from 'node:crypto';
import type { RequestHandler } from 'express';
import { findPrincipal } from '../auth/tokens.ts';
import type { Db } from '../store/index.ts';
import { PRINCIPAL } from './principal.ts';
import type { Principal, WithPrincipal } from './principal.ts';

/** `Bearer <token68>`; the scheme name is case-insensitive (RFC 9110 §11.1, RFC 6750 §2.1). */
const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;

/**
 * Sets the request's principal from `Authorization: Bearer <secret>`. Without the header the request
 * goes on anonymous (public endpoints answer, the others 401). A header that does not name a live
 * token is refused here with 401 — never downgraded to anonymous, so a revoked token cannot still
 * reach public endpoints while looking authenticated to its holder.
 */
export function authenticate(db: Db): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined) return next();
    const secret = BEARER.exec(header)?.[1];
    const principal = secret === undefined ? undefined : findPrincipal(db, secret);
    if (principal === undefined) {
      // RFC 6750 §3: a 401 names the scheme, and `invalid_token` for an unknown, revoked or malformed one.
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer error="invalid_token"')
        .json({ error: 'invalid or revoked token' });
      return undefined;
    }
    (req as WithPrincipal)[PRINCIPAL] = principal;
    return next();
  };
}

/** A stable pseudonym: `P-` and the first 12 hex digits of HMAC-SHA256(salt, value). */
export function pseudonymise(value: string, salt: string): string {
  return `P-${createHmac('sha256', salt).update(value, 'utf8').digest('hex').slice(0, 12)}`;
}

/**
 * How much of a case a principal may see. Planners and admins: all of it. Analysts: pseudonymised
 * (identities replaced with `pseudonymise`). Officers: cases whose pick-up or detention region is
 * their own, whole; others not at all. Partners see calendars only, never a case.
 */
export type CaseAccess = 'full' | 'pseudonymised' | 'none';

export function caseAccess(principal: Principal | undefined, caseRegionIds: readonly string[]): CaseAccess {
  switch (principal?.role) {
    case 'planner':
    case 'admin':
      return 'full';
    case 'analyst':
      return 'pseudonymised';
    case 'officer':
      return principal.regionId !== undefined && caseRegionIds.includes(principal.regionId) ? 'full' : 'none';
    default:
      return 'none';
  }
}

/** Whether the principal may see the case at all (analysts only in pseudonymised form). */
export function canSeeCase(principal: Principal | undefined, caseRegionIds: readonly string[]): boolean {
  return caseAccess(principal, caseRegionIds) !== 'none';
}
