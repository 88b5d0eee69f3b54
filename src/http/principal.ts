// Who is calling: set by the authentication middleware from the bearer token (src/http/auth.ts).
import { z } from 'zod';

export const Role = z.enum(['planner', 'officer', 'analyst', 'admin', 'partner']);
export type Role = z.infer<typeof Role>;

export type Principal = {
  readonly tokenId: string;
  readonly name: string;
  readonly role: Role;
  /** Officers see only cases of their police region. */
  readonly regionId?: string;
};

/** Where the middleware leaves the principal on a request. */
export const PRINCIPAL = Symbol('principal');

export type WithPrincipal = { [PRINCIPAL]?: Principal };
