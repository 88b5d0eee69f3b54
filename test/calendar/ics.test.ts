import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../src/calendar/ics.ts';
import { partnerEvents } from '../../src/calendar/partner-events.ts';
import { allFeeds, personalDataIn, source } from './fixture.ts';

const OPTIONS = { name: 'rotonde test', prodId: '-//DT&V//rotonde partner calendar//EN' };

async function feedsAsIcs(): Promise<{ feed: string; ics: string; count: number }[]> {
  const src = await source();
  return allFeeds().map((feed) => {
    const events = partnerEvents(src, feed);
    return { feed: `${feed.kind}/${feed.key}`, ics: toIcs(events, OPTIONS), count: events.length };
  });
}

describe('ICS feeds', () => {
  it('every feed parses with ical.js, each event with DTSTART, DTEND, LOCATION, SUMMARY, UID and DTSTAMP', async () => {
    let total = 0;
    for (const { ics, count } of await feedsAsIcs()) {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//DT&V//rotonde partner calendar//EN');
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(count);
      for (const e of events) {
        for (const p of ['dtstart', 'dtend', 'location', 'summary', 'uid', 'dtstamp'])
          expect(e.hasProperty(p)).toBe(true);
        const event = new ICAL.Event(e);
        expect(event.uid).toMatch(/^[a-z]+-[a-z0-9-]+-P-[0-9a-f]{10}-[a-z-]+@rotonde$/);
        expect(event.endDate.compare(event.startDate)).toBeGreaterThanOrEqual(0);
        expect(event.startDate.zone?.tzid).toBe('UTC');
      }
      total += count;
    }
    expect(total).toBeGreaterThan(0);
  });

  it('no feed carries a name, V-number, birth date or case id of the scenario', async () => {
    for (const { feed, ics } of await feedsAsIcs()) expect(personalDataIn(ics), feed).toEqual([]);
  });

  it('an empty feed is a valid calendar without events', () => {
    const calendar = new ICAL.Component(ICAL.parse(toIcs([], OPTIONS)));
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});
