import { instantOf } from '@mentora/core';
import { ICalCalendarMethod, ICalEventStatus, default as ical } from 'ical-generator';
import type { CalendarMeeting } from './queries';

/**
 * A feed in iCalendar (RFC 5545) by ical-generator: one event per day of each cluster meeting
 * (a two-day meeting is two events, each the day's session), with only metadata — the meeting's
 * title, the cluster as description, the cluster's place as location. Times are UTC instants of
 * the program's local times; a cancelled meeting stays with STATUS:CANCELLED so calendars drop it.
 */
export function feedIcs(name: string, meetings: readonly CalendarMeeting[], stamp: Date): string {
  const cal = ical({
    name,
    prodId: { company: 'Mentora', product: 'cluster-calendar' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings)
    m.days.forEach((day, i) => {
      const start = new Date(instantOf(day, m.start, m.timeZone));
      cal.createEvent({
        id: `${m.id}-${day}@mentora`,
        start,
        end: new Date(start.getTime() + m.durationMinutes * 60_000),
        stamp,
        summary: m.days.length > 1 ? `${m.title} (${i + 1}/${m.days.length})` : m.title,
        description: m.clusterName,
        location: m.place,
        status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    });
  return cal.toString();
}
