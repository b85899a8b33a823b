import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/world';
import { makeVisitsWorld, pullAll, type VisitsKey, type VisitsWorld } from './visits-world';

type Who = VisitsKey | 'admin' | 'officer' | 'otherOfficer' | 'head' | 'mentor' | 'mentee' | 'outsider' | 'researcher';
const EVERYONE: Who[] = [
  'admin',
  'officer',
  'otherOfficer',
  'head',
  'mentor',
  'mentee',
  'teacherA',
  'outsider',
  'otherMentor',
  'researcher',
];
const SUPPORT = 'Modelled questioning with Shazia in grade 4';

// Issue 9 / ARCHITECTURE §3: the mentor reads the visit, its note and the acknowledgement; the head
// teacher of the visited school the visit and their acknowledgement, never the note; officials
// counts only; the teachers seen, the cluster and other mentors nothing.
describe('visits privacy matrix (REST and sync pull)', () => {
  let w: VisitsWorld;
  const clients = {} as Record<Who, Client>;
  let visitId: string;
  beforeAll(async () => {
    w = await makeVisitsWorld();
    for (const who of EVERYONE) clients[who] = await w.login(who);
    visitId = (
      await clients.mentor.send('POST', '/api/visits', {
        groupId: w.groupId,
        schoolUnitId: w.units.s1.id,
        plannedFor: '2026-03-12',
      })
    ).json().id;
    await clients.mentor.send('POST', `/api/visits/${visitId}/record`, {
      teacherPersonIds: [w.extra.teacherA],
      supportGiven: SUPPORT,
    });
    await clients.head.send('POST', `/api/visits/${visitId}/acknowledge`, { comment: 'Welcome any time' });
  });
  afterAll(() => w.close());

  const reads: [string, (id: string) => string, Who[]][] = [
    ['the visit', (id) => `/api/visits/${id}`, ['mentor', 'head']],
    ['the support given', (id) => `/api/visits/${id}/note`, ['mentor']],
    ['the acknowledgement', (id) => `/api/visits/${id}/acknowledgement`, ['mentor', 'head']],
  ];
  for (const [what, url, allowed] of reads)
    it(`REST: ${what} is read by ${allowed.join(', ')} only (others: 404)`, async () => {
      const got = Object.fromEntries(
        await Promise.all(EVERYONE.map(async (who) => [who, (await clients[who].get(url(visitId))).statusCode])),
      );
      expect(got).toEqual(Object.fromEntries(EVERYONE.map((who) => [who, allowed.includes(who) ? 200 : 404])));
    });

  it('REST: only the officials of the unit read its visit counts', async () => {
    const url = `/api/org-units/${w.units.d1.id}/visit-counts`;
    const got = Object.fromEntries(
      await Promise.all(EVERYONE.map(async (who) => [who, (await clients[who].get(url)).statusCode === 200])),
    );
    expect(Object.keys(got).filter((k) => got[k])).toEqual(['admin', 'officer']);
    const school = await clients.head.get(`/api/org-units/${w.units.s1.id}/visit-counts`);
    expect(school.json()).toMatchObject({ done: 1, acknowledged: 1 });
    expect(school.body).not.toContain(SUPPORT);
  });

  it('sync pull: the mentor’s device gets all three; the head teacher’s no note; everyone else nothing', async () => {
    const held = Object.fromEntries(
      await Promise.all(
        EVERYONE.map(async (who) => {
          const device = await pullAll(clients[who]);
          const tables = ['visits', 'visitNotes', 'visitAcknowledgements'].filter((t) =>
            (device[t] ?? []).some((r) => r.id === visitId),
          );
          return [who, tables];
        }),
      ),
    );
    expect(held).toEqual(
      Object.fromEntries(
        EVERYONE.map((who) => [
          who,
          who === 'mentor'
            ? ['visits', 'visitNotes', 'visitAcknowledgements']
            : who === 'head'
              ? ['visits', 'visitAcknowledgements']
              : [],
        ]),
      ),
    );
    const head = JSON.stringify(await pullAll(clients.head));
    expect(head).not.toContain(SUPPORT);
  });
});
