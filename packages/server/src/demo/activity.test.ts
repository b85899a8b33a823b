import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/harness';
import { type Client, loginAs } from '../../test/world';
import { buildApp, COMMANDS } from '../app';
import { systemClock } from '../clock';
import { testConfig } from '../config';
import type { DbHandle } from '../db/connect';
import { JOINT_TEST_SENTENCE } from './kosovo-portfolio';
import { DEMO_PASSWORD, demoLogin } from './logins';
import { seedDemo } from './seed';

const KOSOVO = 'Kosovo in-service mentoring';
/** Tables whose rows are content (ARCHITECTURE §3): never on an official's device. */
const CONTENT_TABLES = [
  'needs',
  'goals',
  'actions',
  'actionReviews',
  'observationDetails',
  'observationResponses',
  'observationNotes',
  'meetingNotes',
  'meetingArtefacts',
  'reflections',
];

const dir = mkdtempSync(join(tmpdir(), 'mentora-demo-pdf-'));
/** The PDF's text as Debian's poppler-utils reads it, bidi marks dropped, spaces collapsed. */
function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');
}

type Row = Record<string, unknown>;

/** Everything a new device pulls, page by page, as live rows grouped by sync table. */
async function pullAll(c: Client): Promise<Record<string, Row[]>> {
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

/** Issue 8, point 9: a newcomer who logs in as the Kosovo mentor or teacher sees a living program. */
describe('six months of demo activity', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  const as = (role: 'mentor' | 'teacher' | 'head_teacher', program = KOSOVO) =>
    loginAs(app, demoLogin(program as typeof KOSOVO, role).login, DEMO_PASSWORD);
  const me = (c: Client) => (c.me as unknown as { personId: string }).personId;

  beforeAll(async () => {
    handle = await freshDb();
    // Its time is reported by `npm run bench:seed`, not asserted here (non-negotiable 3).
    await seedDemo(handle.db, systemClock, COMMANDS);
    app = await buildApp(testConfig(':memory:'), handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts the mentor's whole cycle on her phone: needs, goals, actions, observations with responses, meetings, her reflections", async () => {
    const mentor = await as('mentor');
    const rows = await pullAll(mentor);
    const count = (t: string) => rows[t]?.length ?? 0;
    expect(count('needs')).toBeGreaterThanOrEqual(5);
    expect(count('goals')).toBeGreaterThanOrEqual(4);
    expect(count('actions')).toBeGreaterThanOrEqual(10);
    expect(count('actionReviews')).toBeGreaterThanOrEqual(3);
    const observations = rows.observations ?? [];
    // Five cycles to a mentee (three with the demo teacher) and one of the mentor's own lesson.
    expect(observations.filter((o) => o.status === 'post_conference_done')).toHaveLength(6);
    expect(observations.some((o) => o.direction === 'mentee_to_mentor' && o.observedPersonId === me(mentor))).toBe(
      true,
    );
    // What is due: the next cycle with the demo teacher has its focus agreed, the lesson to come.
    expect(observations.filter((o) => o.status === 'pre_conference_done')).toHaveLength(1);
    expect(count('observationResponses')).toBeGreaterThanOrEqual(20);
    expect(count('observationNotes')).toBeGreaterThanOrEqual(8);
    const details = rows.observationDetails ?? [];
    expect(details.filter((d) => d.selfReflection && d.observerReflection)).toHaveLength(6);
    const meetings = rows.meetings ?? [];
    expect(meetings.filter((m) => m.kind === 'group_meeting' && m.status === 'held')).toHaveLength(6);
    expect(meetings.filter((m) => m.kind === 'one_to_one' && m.status === 'held')).toHaveLength(3);
    expect(meetings.filter((m) => m.status === 'scheduled')).toHaveLength(2);
    expect(count('meetingAttendance')).toBeGreaterThanOrEqual(6 * 7);
    expect(count('meetingNotes')).toBe(9);
    expect((rows.meetingArtefacts ?? []).map((a) => a.kind)).toEqual(['test']);
    const own = (rows.reflections ?? []).filter((r) => r.authorPersonId === me(mentor));
    expect(own.length).toBeGreaterThanOrEqual(4);
    expect(own.some((r) => r.visibility === 'author')).toBe(true);
    // Dates spread over six months: the oldest need is about half a year old.
    const oldest = Math.min(...(rows.needs ?? []).map((n) => Date.parse(String(n.createdAt))));
    expect((Date.now() - oldest) / 86_400_000).toBeGreaterThan(150);
    // Albanian content, and a few entries in Serbian (Latin and Cyrillic) by colleagues.
    const texts = JSON.stringify(rows.reflections);
    expect(texts).toContain('Frika nga inspektimi është e kuptueshme');
    expect(texts).toContain('Njutnovom zakonu');
    expect(texts).toMatch(/[\u0400-\u04ff]{5,}/);
  });

  it("shows the teacher's plan with one overdue action and next steps from observations as actions", async () => {
    const teacher = await as('teacher');
    const res = await teacher.get(`/api/persons/${me(teacher)}/plan`);
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    type Action = { title: string; status: string; overdue: boolean; observationId: string | null };
    const actions: Action[] = [...plan.goals.flatMap((g: { actions: Action[] }) => g.actions), ...plan.otherActions];
    expect(plan.overdueCount).toBe(1);
    expect(actions.filter((a) => a.overdue).map((a) => a.title)).toEqual([
      'Të hartoj një rubrikë vlerësimi për raportin e punës laboratorike',
    ]);
    const fromObservations = actions.filter((a) => a.observationId !== null);
    expect(fromObservations.length).toBeGreaterThanOrEqual(6);
    expect(fromObservations.some((a) => a.status === 'done')).toBe(true);
    expect(fromObservations.some((a) => a.status === 'planned')).toBe(true);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['done', 'in_progress', 'planned']));
  });

  it("shows the Drenas gymnasium's director that cycles and meetings took place, never their content", async () => {
    const mentor = await as('mentor');
    const director = await as('head_teacher');
    const mine = await pullAll(mentor);
    const rows = await pullAll(director);
    for (const t of CONTENT_TABLES) expect(rows[t] ?? [], t).toEqual([]);
    const observation = (mine.observations ?? []).find((o) => o.status === 'post_conference_done');
    const view = await director.get(`/api/observations/${observation?.id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().observation.status).toBe('post_conference_done');
    expect(view.json().content).toBeNull();
    const meeting = (mine.meetings ?? []).find((m) => m.kind === 'group_meeting' && m.status === 'held');
    const detail = await director.get(`/api/meetings/${meeting?.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().meeting.status).toBe('held');
    expect(detail.json().notes).toBeNull();
    const teacher = await as('teacher');
    expect((await director.get(`/api/persons/${me(teacher)}/plan`)).statusCode).toBe(404);
    const reflection = (mine.reflections ?? [])[0];
    expect((await director.get(`/api/reflections/${reflection?.id}`)).statusCode).toBe(404);
    // A portfolio is exported by its owner alone.
    const pdf = await director.get(`/api/persons/${me(teacher)}/portfolio.pdf`);
    expect(pdf.statusCode).toBe(403);
  });

  it("exports the Kosovo teacher's portfolio with an Albanian sentence of the demo, and the PTMP teacher's in Urdu", async () => {
    const teacher = await as('teacher');
    const res = await teacher.get(`/api/persons/${me(teacher)}/portfolio.pdf`);
    expect(res.statusCode).toBe(200);
    expect(pdfText(res.rawPayload, 'kosovo')).toContain(JOINT_TEST_SENTENCE);
    const ptmp = await loginAs(app, demoLogin('PTMP Balochistan', 'teacher').login, DEMO_PASSWORD);
    const urdu = await ptmp.get(`/api/persons/${me(ptmp)}/portfolio.pdf`);
    expect(urdu.statusCode).toBe(200);
    expect(pdfText(urdu.rawPayload, 'ptmp')).toContain('بچے اپنی مادری زبان میں بات کر کے زیادہ سمجھ رہے تھے۔');
  });
});
