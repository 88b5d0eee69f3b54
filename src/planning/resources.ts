// The resource registry: each shared capacity gets one index, created on first use, with where
// and when it is, for explanations.
import type { DayPart, IsoDate } from '../domain/index.ts';
import type { Resource } from '../../solver/index.ts';

/** What a resource is, for a person: type, place and day (and part of day for intake slots). */
export type ResourceMeta = { resource: string; place: string; date: IsoDate; part?: DayPart };

export type ResourceRegistry = {
  readonly resources: Resource[];
  readonly meta: ResourceMeta[];
  /** The index of a resource, registering it with `make()` the first time its key is seen. */
  index(key: string, make: () => Omit<Resource, 'key'> & { meta: ResourceMeta }): number;
};

export function createRegistry(): ResourceRegistry {
  const resources: Resource[] = [];
  const meta: ResourceMeta[] = [];
  const byKey = new Map<string, number>();
  return {
    resources,
    meta,
    index(key, make) {
      let i = byKey.get(key);
      if (i === undefined) {
        i = resources.length;
        const { meta: m, ...r } = make();
        resources.push({ key, ...r });
        meta.push(m);
        byKey.set(key, i);
      }
      return i;
    },
  };
}
