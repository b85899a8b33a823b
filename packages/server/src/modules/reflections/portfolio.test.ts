import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type PersonKey, type World } from '../../../test/world';

const dir = mkdtempSync(join(tmpdir(), 'mentora-portfolio-'));
/** The PDF's text as Debian's poppler-utils reads it, bidi marks dropped, spaces collapsed. */
function pdfText(pdf: Buffer): string {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');
}

const ALBANIAN = 'Nxënësit punuan në grupe dhe çdo grup paraqiti përgjigjet e veta.';
const URDU = 'بچوں نے گروپ میں کام کیا اور سوال پوچھے۔';
const MENTORS = 'Mentor’s own note about the cluster meeting.';

/** Issue 8, point 6: a teacher exports their own portfolio as PDF — theirs alone, in their language. */
describe('portfolio timeline and PDF', () => {
  let w: World;
  const c = {} as Record<PersonKey, Client>;
  beforeAll(async () => {
    w = await makeWorld();
    for (const k of ['mentee', 'mentor', 'officer', 'otherOfficer'] as const) c[k] = await w.as(k);
    const write = async (who: PersonKey, entryDate: string, answers: Record<string, string>, visibility = 'author') => {
      const res = await c[who].send('POST', '/api/reflections', {
        programId: w.programId,
        authorPersonId: w.people[who],
        groupId: w.groupId,
        partnerPersonId: who === 'mentee' ? w.people.mentor : w.people.mentee,
        answers,
        entryDate,
        visibility,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await write('mentee', '2026-03-08', { describe: URDU });
    await write('mentee', '2026-03-01', { describe: ALBANIAN, plan: 'Do të provoj fletë dalëse.' });
    // The mentor's entry is readable by the teacher (pair) but is not the teacher's: never in their PDF.
    await write('mentor', '2026-03-05', { describe: MENTORS }, 'pair');
  });
  afterAll(async () => {
    await w.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists a person's entries newest first, only those the asker may read", async () => {
    const own = (await c.mentee.get(`/api/persons/${w.people.mentee}/portfolio`)).json();
    expect(own.items.map((i: { reflection: { entryDate: string } }) => i.reflection.entryDate)).toEqual([
      '2026-03-08',
      '2026-03-01',
    ]);
    expect(own.items[0]).toMatchObject({ authorName: 'mentee person', may: { update: true, share: true } });
    // The mentor sees none of the teacher's private entries; the teacher sees the mentor's pair entry.
    expect((await c.mentor.get(`/api/persons/${w.people.mentee}/portfolio`)).json().items).toEqual([]);
    expect((await c.mentee.get(`/api/persons/${w.people.mentor}/portfolio`)).json().items).toHaveLength(1);
  });

  it("prints the teacher's own entries in Albanian and Urdu in order, and nothing of another person's", async () => {
    const res = await c.mentee.get(`/api/persons/${w.people.mentee}/portfolio.pdf?locale=sq`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Portfolio reflektuese');
    expect(text).toContain('Përshkruaj');
    const a = text.indexOf(ALBANIAN);
    const u = text.indexOf(URDU);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(u).toBeGreaterThan(a); // oldest first: 1 March before 8 March
    expect(text).not.toContain(MENTORS);
    const audit = await w.handle.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'portfolio.export')
      .execute();
    expect(audit).toMatchObject([{ resourceId: w.people.mentee }]);
  });

  it('prints the labels in Urdu for an Urdu reader', async () => {
    const res = await c.mentee.get(`/api/persons/${w.people.mentee}/portfolio.pdf?locale=ur`);
    expect(res.statusCode).toBe(200);
    expect(pdfText(res.rawPayload)).toContain('بیان کریں');
  });

  it("refuses anyone else's export: 403 to who may see the person, 404 to who may not", async () => {
    for (const k of ['mentor', 'officer'] as const)
      expect((await c[k].get(`/api/persons/${w.people.mentee}/portfolio.pdf`)).statusCode, k).toBe(403);
    expect((await c.otherOfficer.get(`/api/persons/${w.people.mentee}/portfolio.pdf`)).statusCode).toBe(404);
    expect((await c.mentee.get(`/api/persons/${w.people.mentee}/portfolio.pdf?locale=xx`)).statusCode).toBe(400);
  });
});
