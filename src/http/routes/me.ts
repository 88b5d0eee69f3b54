// Who the bearer token belongs to: the web UI asks once after login, to show the right navigation
// and, for an officer, the region its data is scoped to. No secret and no token hash is returned.
import { z } from 'zod';
import { Role } from '../principal.ts';
import { defineEndpoint, type AnyEndpoint } from '../endpoint.ts';

export const Me = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: Role,
  region: z.string().optional(),
});
export type Me = z.infer<typeof Me>;

export function meEndpoints(): AnyEndpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/me',
      summary: "The caller's token: id, name, role and (officers) region",
      tag: 'service',
      roles: ['planner', 'officer', 'analyst', 'admin', 'partner'],
      responses: { 200: { description: 'who is calling', schema: Me }, 401: { description: 'no token' } },
      handler: ({ principal }): Me => {
        const p = principal!;
        return { id: p.tokenId, name: p.name, role: p.role, ...(p.regionId ? { region: p.regionId } : {}) };
      },
    }),
  ];
}
