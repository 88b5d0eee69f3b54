import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeedToken, findFeed, revokeFeedToken } from '../../src/calendar/feed-tokens.ts';
import { calendarEndpoints } from '../../src/http/routes/calendars.ts';
import type { CalendarDeps } from '../../src/http/routes/calendars.ts';
import { openDatabase } from '../../src/store/index.ts';
import type { Db } from '../../src/store/index.ts';
import { as, call, testApp } from '../http/harness.ts';
import { personalDataIn, scenario, smallPlan, STAMP } from './fixture.ts';

const opened: Db[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function setUp(published = true) {
  const db = openDatabase(':memory:');
  opened.push(db);
  const plan = await smallPlan();
  const deps: CalendarDeps = {
    db,
    salt: 'http-salt',
    scenarioId: scenario.id,
    publishedPlan: (id) => (published && id === scenario.id ? { scenario, plan } : undefined),
    now: () => STAMP,
  };
  return { db, app: testApp(calendarEndpoints(deps)) };
}

const eventsIn = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('feed tokens', () => {
  it('a secret is 32 random bytes in base64url, stored only as its hash', async () => {
    const { db } = await setUp();
    const secret = createFeedToken(db, 'police', 'amsterdam');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(findFeed(db, secret)).toMatchObject({ kind: 'police', key: 'amsterdam' });
    const stored = JSON.stringify(db.prepare('SELECT * FROM feed_tokens').all());
    expect(stored).not.toContain(secret);
    expect(findFeed(db, `${secret.slice(0, -1)}A`)).toBeUndefined();
  });

  it('a revoked token finds no feed', async () => {
    const { db } = await setUp();
    const secret = createFeedToken(db, 'kmar', 'national');
    expect(revokeFeedToken(db, findFeed(db, secret)!.id)).toBe(true);
    expect(findFeed(db, secret)).toBeUndefined();
  });
});

describe('GET /calendars/:token.ics', () => {
  it('serves the feed of the token as text/calendar, without personal data', async () => {
    const { db, app } = await setUp();
    const plan = await smallPlan();
    const secret = createFeedToken(db, 'kmar', 'national');
    const res = await call(app, 'GET', `/calendars/${secret}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(eventsIn(res.text)).toHaveLength(plan.departures.filter((d) => d.escorts > 0).length);
    expect(personalDataIn(res.text)).toEqual([]);
  });

  it('an unknown and a revoked token both answer 404, alike', async () => {
    const { db, app } = await setUp();
    const secret = createFeedToken(db, 'police', 'amsterdam');
    revokeFeedToken(db, findFeed(db, secret)!.id);
    const revoked = await call(app, 'GET', `/calendars/${secret}.ics`);
    const unknown = await call(app, 'GET', `/calendars/${'x'.repeat(43)}.ics`);
    expect(revoked.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(revoked.body).toEqual(unknown.body);
  });

  it('before a plan is published, a feed is a valid calendar without events', async () => {
    const { db, app } = await setUp(false);
    const secret = createFeedToken(db, 'police', 'amsterdam');
    const res = await call(app, 'GET', `/calendars/${secret}.ics`);
    expect(res.status).toBe(200);
    expect(eventsIn(res.text)).toEqual([]);
  });
});

describe('POST /calendars', () => {
  it('an admin creates a feed and gets its URL once; the URL serves the feed', async () => {
    const { app } = await setUp();
    const res = await call(app, 'POST', '/calendars', {
      principal: as.admin,
      body: { kind: 'lawyers', key: 'midden-nederland' },
    });
    expect(res.status).toBe(201);
    const { url } = res.body as { url: string };
    expect(url).toMatch(/^\/calendars\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await call(app, 'GET', url);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
  });

  it('only an admin may create a feed, and only a valid one', async () => {
    const { app } = await setUp();
    const body = { kind: 'police', key: 'amsterdam' };
    expect((await call(app, 'POST', '/calendars', { body })).status).toBe(401);
    expect((await call(app, 'POST', '/calendars', { principal: as.planner, body })).status).toBe(403);
    const bad = await call(app, 'POST', '/calendars', {
      principal: as.admin,
      body: { kind: 'kmar', key: 'x' },
    });
    expect(bad.status).toBe(400);
  });
});
