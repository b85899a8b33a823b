import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { type MeetingsWorld, makeMeetingsWorld } from '../meetings/meetings-world';

/** The events of an iCalendar text, read by a real parser (ical.js, Mozilla's): summary, start, end, uid. */
function parseEvents(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      location: e.location,
      description: e.description,
      status: String(v.getFirstPropertyValue('status')),
    };
  });
}

// Issue 9: a secret iCal feed of the cluster meetings a person may see; the head teacher's "who is away".
describe('calendar: iCal feeds and who is away when', () => {
  let w: MeetingsWorld;
  let mentor: Client;
  let meetingId: string;
  beforeAll(async () => {
    w = await makeMeetingsWorld();
    await w.handle.db
      .updateTable('programs')
      .set({ settings: JSON.stringify({ clusterMeetingDaysPerMonth: 2, timeZone: 'Asia/Karachi' }) })
      .where('id', '=', w.programId)
      .execute();
    mentor = await w.login('mentor');
    const res = await mentor.send('POST', `/api/groups/${w.groupId}/cluster-meetings`, {
      meetings: [
        {
          title: 'April cluster meeting',
          scheduledFor: '2026-04-06T04:00:00.000Z',
          durationMinutes: 300,
          endsOn: '2026-04-07',
        },
        {
          title: 'May cluster meeting',
          scheduledFor: '2026-05-11T04:00:00.000Z',
          durationMinutes: 300,
          endsOn: '2026-05-12',
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    meetingId = res.json()[1].id;
    await mentor.send('POST', `/api/meetings/${meetingId}/cancel`);
    // A one-to-one and a school group's meeting are not cluster meetings: never in the feed.
    await mentor.send('POST', `/api/groups/${w.schoolGroupId}/meetings`, {
      kind: 'group_meeting',
      title: 'School group meeting',
      scheduledFor: '2026-04-08T04:00:00.000Z',
      durationMinutes: 60,
    });
  });
  afterAll(() => w.close());

  const feedPath = (url: string) => new URL(url).pathname;

  it("gives the mentor a secret feed of the cluster's meetings, one event a day, metadata only", async () => {
    expect((await mentor.get('/api/calendar/feed')).json()).toEqual({ active: false, createdAt: null });
    const made = await mentor.send('POST', '/api/calendar/feed');
    expect(made.statusCode, made.body).toBe(201);
    const path = feedPath(made.json().url);
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // Only the hash is kept: the token is nowhere in the table.
    const token = path.slice('/api/calendar/'.length, -'.ics'.length);
    const rows = await w.handle.db.selectFrom('calendarFeeds').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);

    const feed = await w.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const events = parseEvents(feed.body);
    expect(events.map((e) => [e.summary, e.start, e.end, e.status])).toEqual([
      ['April cluster meeting (1/2)', '2026-04-06T04:00:00.000Z', '2026-04-06T09:00:00.000Z', 'CONFIRMED'],
      ['April cluster meeting (2/2)', '2026-04-07T04:00:00.000Z', '2026-04-07T09:00:00.000Z', 'CONFIRMED'],
      ['May cluster meeting (1/2)', '2026-05-11T04:00:00.000Z', '2026-05-11T09:00:00.000Z', 'CANCELLED'],
      ['May cluster meeting (2/2)', '2026-05-12T04:00:00.000Z', '2026-05-12T09:00:00.000Z', 'CANCELLED'],
    ]);
    expect(events[0]).toMatchObject({ location: 'Uthal cluster', description: 'Uthal cluster group' });
    // No names, no phone numbers: the feed is metadata of the meetings alone.
    expect(feed.body).not.toMatch(/person|0300/);
  });

  it('a teacher of the cluster and the head teacher of its teachers see it; an outsider sees nothing', async () => {
    for (const [key, count] of [
      ['mentee', 4],
      ['head', 4],
      ['outsider', 0],
    ] as const) {
      const c = await w.login(key);
      const made = await c.send('POST', '/api/calendar/feed');
      const feed = await w.app.inject({ method: 'GET', url: feedPath(made.json().url) });
      expect(parseEvents(feed.body), key).toHaveLength(count);
    }
  });

  it("stops a person's feed when their login is disabled, and gives it back when it is enabled", async () => {
    const teacher = await w.login('mentee');
    const url = feedPath((await teacher.send('POST', '/api/calendar/feed')).json().url);
    expect((await w.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    const user = await w.handle.db
      .selectFrom('users')
      .select('id')
      .where('personId', '=', w.people.mentee)
      .executeTakeFirstOrThrow();
    const admin = await w.login('admin');
    expect((await admin.send('POST', `/api/accounts/${user.id}/disabled`, { disabled: true })).statusCode).toBe(204);
    expect((await w.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await admin.send('POST', `/api/accounts/${user.id}/disabled`, { disabled: false })).statusCode).toBe(204);
    expect((await w.app.inject({ method: 'GET', url })).statusCode).toBe(200);
  });

  it('rotating stops the old URL; revoking answers 404 like a guess; no session needed to read', async () => {
    const first = feedPath((await mentor.send('POST', '/api/calendar/feed')).json().url);
    const second = feedPath((await mentor.send('POST', '/api/calendar/feed')).json().url);
    expect((await w.app.inject({ method: 'GET', url: first })).statusCode).toBe(404);
    expect((await w.app.inject({ method: 'GET', url: second })).statusCode).toBe(200);
    expect((await mentor.send('DELETE', '/api/calendar/feed')).statusCode).toBe(204);
    const revoked = await w.app.inject({ method: 'GET', url: second });
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json().error.code).toBe('not_found');
    const guess = await w.app.inject({ method: 'GET', url: `/api/calendar/${'A'.repeat(43)}.ics` });
    expect(guess.json()).toEqual(revoked.json());
    expect((await w.app.inject({ method: 'GET', url: '/api/calendar/nonsense' })).statusCode).toBe(404);
    expect((await mentor.get('/api/calendar/feed')).json().active).toBe(false);
    // Making one needs a session.
    expect((await w.app.inject({ method: 'POST', url: '/api/calendar/feed' })).statusCode).toBe(401);
    const audit = await w.handle.db
      .selectFrom('auditEvents')
      .select('action')
      .where('action', 'like', 'calendar_feed.%')
      .execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set(['calendar_feed.create', 'calendar_feed.rotate', 'calendar_feed.revoke']),
    );
  });

  it("tells the head teacher which of the school's teachers are away at cluster meetings, and when", async () => {
    const head = await w.login('head');
    const away = await head.get('/api/calendar/away?from=2026-03-15&to=2026-06-30');
    expect(away.statusCode, away.body).toBe(200);
    // The mentor teaches at the head's school (s1); the cluster's mentee teaches at s2.
    expect(away.json().items).toEqual([
      expect.objectContaining({
        title: 'April cluster meeting',
        days: ['2026-04-06', '2026-04-07'],
        start: '09:00',
        teachers: [{ personId: w.people.mentor, fullName: 'mentor person', role: 'mentor', schoolName: 'GPS Uthal 1' }],
      }),
    ]);
    // Someone who is no head teacher is refused.
    expect((await mentor.get('/api/calendar/away')).statusCode).toBe(403);
    expect((await head.get('/api/calendar/away?from=2026-05-01&to=2026-04-01')).statusCode).toBe(400);
  });
});
