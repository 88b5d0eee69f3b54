// Partner events as an iCalendar feed (RFC 5545), written by ical-generator. Times are written in UTC
// (`DTSTART:20261207T080000Z`): every client imports them alike, whereas a TZID needs a VTIMEZONE
// block that some clients ignore or mis-read. The clients show them in the reader's own zone.
import ical from 'ical-generator';
import type { PartnerEvent } from './partner-events.ts';

export type IcsOptions = {
  /** X-WR-CALNAME: the name a client shows for the subscription. */
  readonly name: string;
  /** PRODID, e.g. `-//DT&V//rotonde partner calendar//EN`. */
  readonly prodId: string;
  /** How often clients should refresh, in seconds (X-PUBLISHED-TTL, REFRESH-INTERVAL). */
  readonly ttlSeconds?: number;
};

export function toIcs(events: readonly PartnerEvent[], options: IcsOptions): string {
  // ical-generator writes the leading "-" (no registered owner, RFC 5545 §3.7.3) itself.
  const prodId = options.prodId.replace(/^-/, '');
  const calendar = ical({ name: options.name, prodId, ttl: options.ttlSeconds ?? 3600 });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      stamp: e.stamp,
      summary: e.summary,
      location: e.location,
      description: e.description,
    });
  }
  return calendar.toString();
}
