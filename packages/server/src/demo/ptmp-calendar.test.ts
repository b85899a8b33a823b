import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/harness';
import { type Client, loginAs } from '../../test/world';
import { buildApp, COMMANDS } from '../app';
import { testConfig } from '../config';
import type { DbHandle } from '../db/connect';
import { DEMO_PASSWORD, demoLogin } from './logins';
import { seedDemo } from './seed';

const PTMP = 'PTMP Balochistan';
type Row = Record<string, unknown>;
// A fixed day, so the months held and to come do not depend on when the test runs.
const clock = { now: () => new Date('2026-12-01T08:00:00.000Z') };

async function pull(c: Client): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  const clientId = crypto.randomUUID();
  let cursor = 0;
  for (;;) {
    const res = await c.get(`/api/sync/pull?clientId=${clientId}&cursor=${cursor}`);
    const page = res.json() as { cursor: number; more: boolean; changes: { t: string; d?: Row }[] };
    for (const ch of page.changes) if (ch.d) out[ch.t] = [...(out[ch.t] ?? []), ch.d];
    if (!page.more) return out;
    cursor = page.cursor;
  }
}

// Issue 9: every PTMP cluster has a year of cluster meetings on the cadence, ten months of them held.
describe('the PTMP demo calendar', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await freshDb();
    await seedDemo(handle.db, clock, COMMANDS);
    app = await buildApp(testConfig(':memory:'), handle, clock);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('gives each of the five clusters twelve two-day meetings, on working days, the past ones held', async () => {
    const rows = await handle.db
      .selectFrom('meetings')
      .select(['groupId', 'status', 'scheduledFor', 'endsOn'])
      .where('kind', '=', 'cluster_meeting')
      .execute();
    const byCluster = new Map<string, typeof rows>();
    for (const r of rows) byCluster.set(r.groupId, [...(byCluster.get(r.groupId) ?? []), r]);
    expect(byCluster.size).toBe(5);
    for (const meetings of byCluster.values()) {
      expect(meetings).toHaveLength(12);
      expect(meetings.filter((m) => m.status === 'held').length).toBeGreaterThanOrEqual(9);
      expect(meetings.filter((m) => m.status === 'scheduled').length).toBeGreaterThanOrEqual(1);
      for (const m of meetings) expect(new Date(`${m.endsOn}T00:00:00Z`).getUTCDay()).not.toBe(0);
    }
    // Clusters meet on different days of the month.
    expect(new Set(rows.map((r) => r.scheduledFor)).size).toBe(rows.length);
  });

  it("shows the demo mentor both days' attendance, with a few absences and late arrivals", async () => {
    const mentor = await loginAs(app, demoLogin(PTMP, 'mentor').login, DEMO_PASSWORD);
    const rows = await pull(mentor);
    const days = rows.meetingDayAttendance ?? [];
    const held = (rows.meetings ?? []).filter((m) => m.kind === 'cluster_meeting' && m.status === 'held');
    expect(new Set(days.map((d) => `${d.meetingId}/${d.day}`)).size).toBe(held.length * 2);
    expect(days.filter((d) => !d.present).length).toBeGreaterThan(0);
    expect(days.filter((d) => d.arrivedAt).length).toBeGreaterThan(0);
    expect(days.filter((d) => d.leftAt).length).toBeGreaterThan(0);
    // Someone there both days all day: ten contact hours.
    expect((rows.meetingAttendance ?? []).some((a) => a.hours === 10)).toBe(true);
    // The head teacher sees who of the school is away at the coming meetings.
    const head = await loginAs(app, demoLogin(PTMP, 'head_teacher').login, DEMO_PASSWORD);
    const away = (await head.get('/api/calendar/away?from=2026-12-01&to=2027-03-31')).json();
    expect(away.items.length).toBeGreaterThanOrEqual(1);
    expect(away.items[0].teachers.length).toBeGreaterThanOrEqual(1);
  });
});
