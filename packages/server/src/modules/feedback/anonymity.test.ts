import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, PersonKey } from '../../../test/world';
import { ATTENDEES, type FeedbackWorld, makeFeedbackWorld } from './test-feedback-world';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const comment = (n: number) => `comment-marker-${n}`;
const KEYS: PersonKey[] = [
  'admin',
  'officer',
  'otherOfficer',
  'head',
  'mentor',
  'mentee',
  'outsider',
  'researcher',
  'sysadmin',
  'otherAdmin',
];

/**
 * ADR 0022, checked on the stored data and on every answer: after ten ratings (half by the sync
 * push, half by REST, one refused repeat), nothing in the database or in what any user can read
 * joins a rating to the person who gave it.
 */
describe('feedback is anonymous by construction', () => {
  let w: FeedbackWorld;
  let auditBefore = 0;
  let pendingBeforeRelease: string[] = [];
  const rows = async (table: string) =>
    (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(w.handle.db)).rows;

  beforeAll(async () => {
    w = await makeFeedbackWorld();
    auditBefore = (await rows('audit_events')).length;
    for (let n = 0; n < ATTENDEES; n++) {
      const c = await w.teacher(n);
      const args = { meetingId: w.meetingId, rating: (n % 5) + 1, comment: comment(n) };
      if (n % 2)
        await c.send('POST', '/api/sync/push', {
          clientId: randomUUID(),
          mutations: [{ id: 1, name: 'feedback.give', args }],
        });
      else
        await c.send('POST', `/api/meetings/${w.meetingId}/feedback`, { rating: args.rating, comment: args.comment });
      if (n === 3) pendingBeforeRelease = (await rows('feedback_pending')).map((r) => String(r.id));
    }
    // A refused repeat from a second device: a rejected mutation is stored too.
    await (await w.teacher(0)).send('POST', '/api/sync/push', {
      clientId: randomUUID(),
      mutations: [
        { id: 1, name: 'feedback.give', args: { meetingId: w.meetingId, rating: 1, comment: 'repeat-marker' } },
      ],
    });
  });
  afterAll(() => w.close());

  it('releases all ten: nothing pending, fresh random ids, and a stored order that is not the order of giving', async () => {
    expect(await rows('feedback_pending')).toEqual([]);
    const ratings = await rows('feedback_ratings');
    expect(ratings).toHaveLength(ATTENDEES);
    for (const r of ratings) expect(String(r.id)).toMatch(V4);
    expect(pendingBeforeRelease).toHaveLength(4);
    expect(ratings.map((r) => r.id)).not.toEqual(expect.arrayContaining([pendingBeforeRelease[0]]));
    // 1 in 10! that a fresh shuffle is the order of giving.
    expect(ratings.map((r) => r.comment)).not.toEqual([...Array(ATTENDEES).keys()].map(comment));
  });

  it('the rating tables hold no author, time or version; the givers table no rating or time', async () => {
    const tables = await w.handle.db.introspection.getTables();
    const columns = (name: string) =>
      tables
        .find((t) => t.name === name)
        ?.columns.map((c) => c.name)
        .sort();
    expect(columns('feedback_ratings')).toEqual(['comment', 'id', 'meeting_id', 'rating']);
    expect(columns('feedback_pending')).toEqual(['comment', 'id', 'meeting_id', 'rating']);
    expect(columns('feedback_givers')).toEqual(['deleted_at', 'id', 'meeting_id', 'person_id', 'version']);
    const givers = await rows('feedback_givers');
    expect(givers).toHaveLength(ATTENDEES);
    for (const g of givers) expect(String(g.id)).toMatch(V4);
  });

  it('no table but the rating tables holds a rating id, a comment or the refused repeat; no rating row holds a person id, giver id or version', async () => {
    const ratingIds = (await rows('feedback_ratings')).map((r) => String(r.id));
    const secrets = [
      ...ratingIds,
      ...pendingBeforeRelease,
      ...[...Array(ATTENDEES).keys()].map(comment),
      'repeat-marker',
    ];
    const givers = await rows('feedback_givers');
    const giverValues = new Set(givers.flatMap((g) => [String(g.id), String(g.version)]));
    const personIds = new Set([...w.teachers, ...Object.values(w.people)]);
    const tables = (await w.handle.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['sync_mutations', 'audit_events', 'feedback_givers']));
    for (const t of tables) {
      const all = await rows(t);
      if (t === 'feedback_ratings' || t === 'feedback_pending') {
        for (const r of all)
          for (const v of Object.values(r)) {
            expect(personIds.has(String(v)), `${t} holds a person id`).toBe(false);
            expect(giverValues.has(String(v)) && typeof v === 'string', `${t} holds a giver id`).toBe(false);
          }
        continue;
      }
      const text = JSON.stringify(all);
      for (const s of secrets) expect(text.includes(s), `${t} holds ${s}`).toBe(false);
    }
  });

  it('the sync push kept the device and time of each give but none of its args, applied or rejected', async () => {
    const stored = await w.handle.db
      .selectFrom('syncMutations')
      .select(['status', 'args'])
      .where('name', '=', 'feedback.give')
      .execute();
    expect(stored.filter((m) => m.status === 'applied')).toHaveLength(ATTENDEES / 2);
    expect(stored.filter((m) => m.status === 'rejected')).toHaveLength(1);
    for (const m of stored) expect(m.args).toBe('null');
  });

  it('writes no audit event', async () => {
    expect(await rows('audit_events')).toHaveLength(auditBefore);
  });

  it('no answer to anyone — pull, REST reads, exports — ties a rating to a person', async () => {
    const ratingIds = (await rows('feedback_ratings')).map((r) => String(r.id));
    const giverIds = (await rows('feedback_givers')).map((r) => String(r.id));
    const comments = [...Array(ATTENDEES).keys()].map(comment);
    const clients: [string, Client, string][] = [];
    for (const k of KEYS) clients.push([k, await w.as(k), w.people[k]]);
    for (let n = 0; n < ATTENDEES; n++) clients.push([`t${n}`, await w.teacher(n), w.teachers[n] as string]);
    const urls = [
      `/api/meetings/${w.meetingId}`,
      `/api/meetings/${w.meetingId}/feedback`,
      `/api/programs/${w.programId}/feedback`,
      `/api/groups/${w.groupId}/meetings`,
      `/api/programs/${w.programId}/exports/teachers?format=csv`,
      `/api/programs/${w.programId}/exports/schools?format=csv`,
    ];
    let commentsSeen = 0;
    for (const [who, c, personId] of clients) {
      const pull = await c.get(`/api/sync/pull?clientId=${randomUUID()}&cursor=0`);
      expect(pull.statusCode).toBe(200);
      for (const s of [...ratingIds, ...comments]) expect(pull.body.includes(s), `${who}'s pull`).toBe(false);
      // The "has rated" marker reaches its own person only.
      const markers = (pull.json().changes as { t: string; id: string }[]).filter((ch) => ch.t === 'feedbackGiven');
      const own = who.startsWith('t') ? 1 : 0;
      expect(markers, who).toHaveLength(own);
      for (const m of markers) expect(giverIds).toContain(m.id);
      for (const url of urls) {
        const res = await c.get(url);
        for (const s of [...ratingIds, ...giverIds]) expect(res.body.includes(s), `${who} ${url}`).toBe(false);
        if (comments.some((s) => res.body.includes(s))) {
          commentsSeen++;
          // The only answer with comments is the aggregate: no person, not even the reader.
          expect(url, who).toBe(`/api/meetings/${w.meetingId}/feedback`);
          for (const p of [...w.teachers, personId]) expect(res.body.includes(p), `${who} ${url}`).toBe(false);
        }
      }
    }
    // The mentor, program admin, district officer of the scope and system admin read the comments.
    expect(commentsSeen).toBe(4);
  });
});
