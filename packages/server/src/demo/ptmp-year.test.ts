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
// Mid-month, another day than the calendar test's: what the demo shows must not depend on the day.
const clock = { now: () => new Date('2027-02-17T06:00:00.000Z') };
const TODAY = '2027-02-17';

async function pull(c: Client): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  const clientId = crypto.randomUUID();
  let cursor = 0;
  for (;;) {
    const res = await c.get(`/api/sync/pull?clientId=${clientId}&cursor=${cursor}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { cursor: number; more: boolean; changes: { t: string; d?: Row }[] };
    for (const ch of page.changes) if (ch.d) out[ch.t] = [...(out[ch.t] ?? []), ch.d];
    if (!page.more) return out;
    cursor = page.cursor;
  }
}

interface ConcernView {
  id: string;
  state: string;
  meetingId: string | null;
  agendaPosition: number | null;
  sharedWithCluster: boolean;
  showRaiserName: boolean;
  reopenedCount: number;
  raisedByMe: boolean;
  raisers: { fullName: string }[];
  overdue: boolean;
  description: string;
  resolution: string | null;
}

// Issue 9, point 9: a newcomer who logs in as the PTMP mentor, teacher or head teacher sees a living
// program — concerns in every state, follow-up visits, feedback on the cluster meetings.
describe('the PTMP demo year', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let mentor: Client;
  let mentorRows: Record<string, Row[]>;
  let clusterId: string;
  const as = (role: 'mentor' | 'teacher' | 'head_teacher' | 'district_officer' | 'program_admin') =>
    loginAs(app, demoLogin(PTMP, role).login, DEMO_PASSWORD);
  const concerns = async (c: Client) => {
    const res = await c.get(`/api/groups/${clusterId}/concerns`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as ConcernView[];
  };

  beforeAll(async () => {
    handle = await freshDb();
    await seedDemo(handle.db, clock, COMMANDS);
    app = await buildApp(testConfig(':memory:'), handle, clock);
    mentor = await as('mentor');
    mentorRows = await pull(mentor);
    clusterId = String((mentorRows.groups ?? []).find((g) => g.kind === 'cluster')?.id);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("shows the Uthal mentor's board with concerns in every state, overdue follow-ups flagged, one merged and one reopened", async () => {
    const items = await concerns(mentor);
    const states = new Set(items.map((c) => c.state));
    expect([...states].sort()).toEqual(['closed', 'discussed', 'followed_up', 'needs_follow_up', 'raised', 'resolved']);
    expect(items.filter((c) => c.overdue).length).toBeGreaterThanOrEqual(2);
    expect(items.filter((c) => c.state === 'resolved').every((c) => c.resolution)).toBe(true);
    expect(items.filter((c) => c.reopenedCount > 0)).toHaveLength(1);
    // The merged-away concern leaves the board; the one it went into names both raisers.
    const merged = (mentorRows.concerns ?? []).filter((c) => c.mergedIntoId);
    expect(merged).toHaveLength(1);
    const into = items.find((c) => c.id === merged[0]?.mergedIntoId);
    expect(into?.raisers).toHaveLength(2);
    // Texts in Urdu and in English.
    expect(items.some((c) => /[\u0600-\u06ff]{4,}/.test(c.description))).toBe(true);
    expect(items.some((c) => /^[A-Za-z][A-Za-z ,.'’0-9-]+$/.test(c.description.split('.')[0] ?? ''))).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(25);
  });

  it("puts an ordered agenda on Uthal's next meeting: the concern carried over, the reopened one, new ones", async () => {
    const next = (mentorRows.meetings ?? [])
      .filter((m) => m.kind === 'cluster_meeting' && m.status === 'scheduled')
      .sort((a, b) => String(a.scheduledFor).localeCompare(String(b.scheduledFor)))[0];
    const res = await mentor.get(`/api/meetings/${next?.id}/agenda`);
    expect(res.statusCode, res.body).toBe(200);
    const agenda = res.json().items as ConcernView[];
    expect(agenda.length).toBeGreaterThanOrEqual(5);
    expect(agenda.map((c) => c.agendaPosition)).toEqual(agenda.map((_, i) => i + 1));
    expect(agenda[0]?.state).toBe('discussed');
    expect(agenda[1]?.reopenedCount).toBe(1);
    expect(agenda.slice(2).every((c) => c.state === 'raised')).toBe(true);
    // Held meetings had their agendas too.
    const held = (mentorRows.meetings ?? []).filter((m) => m.kind === 'cluster_meeting' && m.status === 'held');
    const onHeld = new Set((mentorRows.concerns ?? []).map((c) => c.meetingId));
    expect(held.filter((m) => onHeld.has(m.id)).length).toBeGreaterThanOrEqual(held.length - 1);
  });

  it('shows Shazia Baloch her own concerns in several states, and the names only of raisers who chose to show them', async () => {
    const teacher = await as('teacher');
    const items = await concerns(teacher);
    const mine = items.filter((c) => c.raisedByMe);
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(new Set(mine.map((c) => c.state))).toEqual(
      new Set(['raised', 'discussed', 'resolved', 'needs_follow_up', 'closed']),
    );
    // She reopened one she found not sorted out, and shared her newest with her name.
    expect(mine.some((c) => c.reopenedCount === 1 && c.state === 'raised')).toBe(true);
    expect(mine.some((c) => c.state === 'raised' && c.showRaiserName && c.reopenedCount === 0)).toBe(true);
    const others = items.filter((c) => !c.raisedByMe);
    expect(others.length).toBeGreaterThanOrEqual(10);
    expect(others.every((c) => c.sharedWithCluster)).toBe(true);
    const named = others.filter((c) => c.showRaiserName);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((c) => c.raisers.length > 0)).toBe(true);
    // A merged concern lists each raiser who chose to show their name; the rest stay unnamed.
    const unnamed = others.filter((c) => !c.showRaiserName && c.raisers.length === 0);
    expect(unnamed.length).toBeGreaterThan(0);
    expect(others.filter((c) => !c.showRaiserName && c.raisers.length > 0).length).toBeLessThanOrEqual(1);
  });

  it('gives the head teacher of GPS Uthal No. 1 a visit to acknowledge, and acknowledged ones, and he can acknowledge it', async () => {
    const head = await as('head_teacher');
    const visits = (await pull(head)).visits ?? [];
    const waiting = visits.filter((v) => v.status === 'done' && !v.acknowledgedAt);
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    const school = String(waiting[0]?.schoolUnitId);
    const counts = (await head.get(`/api/org-units/${school}/visit-counts`)).json();
    expect(counts.done).toBeGreaterThan(counts.acknowledged);
    const ack = await head.send('POST', `/api/visits/${waiting[0]?.id}/acknowledge`, {
      comment: 'دورے کی تصدیق کرتا ہوں۔',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    // The mentor's phone: acknowledged visits with the head teachers' comments, planned and overdue ones.
    const mine = mentorRows.visits ?? [];
    expect(mine.filter((v) => v.acknowledgedAt).length).toBeGreaterThanOrEqual(3);
    expect((mentorRows.visitAcknowledgements ?? []).some((a) => a.comment)).toBe(true);
    expect(mine.some((v) => v.status === 'planned' && String(v.plannedFor) < TODAY)).toBe(true);
    expect(mine.some((v) => v.status === 'planned' && String(v.plannedFor) >= TODAY)).toBe(true);
    // Every visit done followed its concern up: none of them still waits for one.
    const done = new Set(mine.filter((v) => v.status === 'done').flatMap((v) => v.concernIds as string[]));
    const waitingConcerns = (mentorRows.concerns ?? []).filter((c) => c.state === 'needs_follow_up');
    expect(waitingConcerns.some((c) => done.has(String(c.id)))).toBe(false);
  });

  it('counts overdue follow-ups and visits for the Lasbella district officer, with no text', async () => {
    const officer = await as('district_officer');
    const units = (await pull(officer)).orgUnits ?? [];
    const lasbella = units.find((u) => u.name === 'Lasbella');
    const stats = (await officer.get(`/api/org-units/${lasbella?.id}/concern-stats`)).json();
    // Three clusters, each with two overdue follow-ups.
    expect(stats.overdueFollowUps).toBeGreaterThanOrEqual(6);
    expect(stats.resolvedCount).toBeGreaterThanOrEqual(30);
    expect(stats.medianDaysToResolution).toBeGreaterThan(0);
    const visits = (await officer.get(`/api/org-units/${lasbella?.id}/visit-counts`)).json();
    expect(visits.overdue).toBeGreaterThanOrEqual(3);
    expect(visits.acknowledged).toBeGreaterThanOrEqual(6);
  });

  it('shows feedback on most held meetings (five ratings or more), not on a few, Wadh rated lowest', async () => {
    const held = (mentorRows.meetings ?? []).filter((m) => m.kind === 'cluster_meeting' && m.status === 'held');
    const answers = [];
    for (const m of held) {
      const res = await mentor.get(`/api/meetings/${m.id}/feedback`);
      expect(res.statusCode, res.body).toBe(200);
      answers.push(res.json());
    }
    const shown = answers.filter((a) => a.shown);
    expect(shown.length).toBeGreaterThan(held.length / 2);
    expect(shown.length).toBeLessThan(held.length);
    for (const a of shown) {
      expect(a.count).toBeGreaterThanOrEqual(5);
      expect(a.mean).toBeGreaterThanOrEqual(2);
      expect(a.mean).toBeLessThanOrEqual(5);
    }
    // A realistic spread: every rating 1..5 given somewhere, and comments in Urdu and English.
    const spread = [1, 2, 3, 4, 5].map((k) => shown.reduce((s, a) => s + a.distribution[k], 0));
    expect(spread.every((n) => n > 0)).toBe(true);
    const comments = shown.flatMap((a) => a.comments as string[]).join(' ');
    expect(comments).toMatch(/[\u0600-\u06ff]{4,}/);
    expect(comments).toMatch(/[A-Za-z]{6,}/);
    const admin = await as('program_admin');
    const programId = String(held[0]?.programId);
    const program = (await admin.get(`/api/programs/${programId}/feedback`)).json();
    const clusters = program.groups.filter((g: { meetings: number }) => g.meetings > 0);
    expect(clusters).toHaveLength(5);
    const byMean = [...clusters].sort((a, b) => a.mean - b.mean);
    expect(byMean[0].groupName).toBe('Cluster Wadh mentoring group');
    // The demo teacher rated some meetings herself.
    expect(((await pull(await as('teacher'))).feedbackGiven ?? []).length).toBeGreaterThanOrEqual(1);
  });

  it('leaves the Kosovo program without concerns, visits or feedback', async () => {
    const kosovo = await handle.db
      .selectFrom('programs')
      .select('id')
      .where('name', '=', 'Kosovo in-service mentoring')
      .executeTakeFirstOrThrow();
    for (const t of ['concerns', 'visits'] as const)
      expect(await handle.db.selectFrom(t).select('id').where('programId', '=', kosovo.id).execute()).toEqual([]);
    const rated = await handle.db
      .selectFrom('feedbackRatings as f')
      .innerJoin('meetings as m', 'm.id', 'f.meetingId')
      .select('f.id')
      .where('m.programId', '=', kosovo.id)
      .execute();
    expect(rated).toEqual([]);
  });
});
