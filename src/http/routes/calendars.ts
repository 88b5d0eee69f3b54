// Partner calendars: subscribable ICS feeds of the published plan, one per partner and region,
// language, COA location or nation. Clients subscribe by URL and send no credentials, so the feed
// token in the path is the credential; an unknown and a revoked token answer the same 404.
import { z } from 'zod';
import { loadRuleSet } from '../../domain/index.ts';
import type { Plan, RuleSet, Scenario } from '../../domain/index.ts';
import { createFeedToken, findFeed } from '../../calendar/feed-tokens.ts';
import { toIcs } from '../../calendar/ics.ts';
import { Feed, partnerEvents } from '../../calendar/partner-events.ts';
import type { PartnerEvent } from '../../calendar/partner-events.ts';
import type { Db } from '../../store/index.ts';
import { defineEndpoint, Reply } from '../endpoint.ts';
import type { AnyEndpoint } from '../endpoint.ts';
import { HttpError } from '../errors.ts';

export type CalendarDeps = {
  readonly db: Db;
  /** Secret of the case references in the feeds (HMAC key); keep it out of the database. */
  readonly salt: string;
  /** The scenario and the plan published for it, if one has been published. */
  readonly publishedPlan: (scenarioId: string) => { scenario: Scenario; plan: Plan } | undefined;
  readonly scenarioId: string;
  /** DTSTAMP clock; the system clock unless given. */
  readonly now?: () => Date;
  /** The rule set of a version (slot hours); data/rules/ unless given. */
  readonly rules?: (version: string) => RuleSet;
  /** Origin put before the feed path in `POST /calendars` answers, e.g. `https://rotonde.example`. */
  readonly baseUrl?: string;
};

const PROD_ID = '-//DT&V//rotonde partner calendar//EN';

const TokenParams = z.strictObject({ token: z.string().max(100) });
const FeedUrl = z.strictObject({ url: z.string() });

export function calendarEndpoints(deps: CalendarDeps): AnyEndpoint[] {
  const now = deps.now ?? (() => new Date());
  const rulesCache = new Map<string, RuleSet>();
  const rules =
    deps.rules ??
    ((version: string) => {
      const cached = rulesCache.get(version) ?? loadRuleSet(version);
      rulesCache.set(version, cached);
      return cached;
    });

  const eventsOf = (feed: Feed): PartnerEvent[] => {
    const published = deps.publishedPlan(deps.scenarioId);
    if (!published) return [];
    const { scenario, plan } = published;
    return partnerEvents({ scenario, plan, rules: rules(plan.rulesVersion), salt: deps.salt, now }, feed);
  };

  return [
    defineEndpoint({
      method: 'get',
      path: '/calendars/:token.ics',
      summary: 'The ICS feed of a partner calendar; the feed token in the URL is the credential',
      tag: 'calendars',
      roles: 'public',
      params: TokenParams,
      responses: {
        200: { description: 'text/calendar (RFC 5545): the events of the feed in the published plan' },
        404: { description: 'no live feed for this token' },
      },
      audit: 'read-personal',
      handler: ({ params, res }) => {
        const feed = findFeed(deps.db, params.token);
        if (!feed) throw new HttpError(404, 'no such calendar');
        const ics = toIcs(eventsOf(feed), { name: `rotonde: ${feed.kind} ${feed.key}`, prodId: PROD_ID });
        res
          .status(200)
          .set('Content-Type', 'text/calendar; charset=utf-8')
          // The URL is a secret: no shared caches, and no Referer carrying it onward.
          .set('Cache-Control', 'private, no-store')
          .set('Referrer-Policy', 'no-referrer')
          .send(ics);
        return undefined;
      },
    }),
    defineEndpoint({
      method: 'post',
      path: '/calendars',
      summary: 'Create a partner calendar feed; its URL is shown once',
      tag: 'calendars',
      roles: ['admin'],
      body: Feed,
      responses: { 201: { description: 'the subscription URL of the new feed', schema: FeedUrl } },
      audit: 'write',
      handler: ({ body }) => {
        const secret = createFeedToken(deps.db, body.kind, body.key);
        return new Reply(201, { url: `${deps.baseUrl ?? ''}/calendars/${secret}.ics` });
      },
    }),
  ];
}
