import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../clock';
import { type ConcernsKey, type ConcernsWorld, makeConcernsWorld, movableClock, pullAll } from './concerns-world';

type Who = ConcernsKey | 'mentee' | 'mentor' | 'outsider' | 'head' | 'officer' | 'admin';

/**
 * Issue 9, privacy: a concern reaches its raiser, the cluster's mentor, and the cluster once
 * shared — without the raiser's name unless they chose to show it; officials and head teachers
 * read figures only. Asked over the REST reads and a full sync pull, for every kind of reader.
 */
describe('concerns: who reads what', () => {
  const time = movableClock('2026-03-01T09:00:00.000Z');
  let w: ConcernsWorld;
  const ids = { unshared: '', anonymous: '', named: '' };
  const TEXT = {
    unshared: 'SECRET-U my head teacher',
    anonymous: 'SECRET-S late salaries',
    named: 'SECRET-N no chalk',
  };

  beforeAll(async () => {
    w = await makeConcernsWorld(time.clock);
    const mentee = await w.login('mentee');
    const teacherB = await w.login('teacherB');
    const raise = async (c: typeof mentee, description: string, share: object) => {
      const res = await c.send('POST', '/api/concerns', {
        id: newId(),
        groupId: w.groupId,
        category: 'school-management',
        description,
        ...share,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    ids.unshared = await raise(mentee, TEXT.unshared, {});
    ids.anonymous = await raise(mentee, TEXT.anonymous, { sharedWithCluster: true });
    ids.named = await raise(teacherB, TEXT.named, { sharedWithCluster: true, showRaiserName: true });
    const mentor = await w.login('mentor');
    await mentor.send('POST', `/api/concerns/${ids.anonymous}/discuss`, {});
    await mentor.send('POST', `/api/concerns/${ids.anonymous}/follow-up`, {
      schoolUnitId: w.units.s1.id,
      followUpBy: '2026-03-20',
    });
  });
  afterAll(() => w.close());

  // What each reader may read, and whose names they learn with it.
  const expected: Record<Who, { reads: (keyof typeof ids)[]; names: ('mentee' | 'teacherB')[] }> = {
    mentee: { reads: ['unshared', 'anonymous', 'named'], names: ['mentee', 'teacherB'] },
    mentor: { reads: ['unshared', 'anonymous', 'named'], names: ['mentee', 'teacherB'] },
    teacherA: { reads: ['anonymous', 'named'], names: ['teacherB'] },
    teacherB: { reads: ['anonymous', 'named'], names: ['teacherB'] },
    outsider: { reads: [], names: [] },
    otherMentor: { reads: [], names: [] },
    head: { reads: [], names: [] },
    officer: { reads: [], names: [] },
    admin: { reads: [], names: [] },
  };
  const personOf = (who: 'mentee' | 'teacherB') => (who === 'mentee' ? w.people.mentee : w.extra.teacherB);

  it.each(Object.keys(expected) as Who[])('%s reads only what is theirs to read, over REST', async (who) => {
    const c = await w.login(who);
    const { reads, names } = expected[who];
    for (const key of Object.keys(ids) as (keyof typeof ids)[]) {
      const res = await c.get(`/api/concerns/${ids[key]}`);
      expect(res.statusCode, `${who} ${key}`).toBe(reads.includes(key) ? 200 : 404);
    }
    const list = await c.get(`/api/groups/${w.groupId}/concerns`);
    const items =
      list.statusCode === 200 ? (list.json().items as { id: string; raisers: { personId: string }[] }[]) : [];
    expect(items.map((i) => i.id).sort(), who).toEqual(reads.map((k) => ids[k]).sort());
    const named = new Set(items.flatMap((i) => i.raisers.map((r) => r.personId)));
    expect([...named].sort(), who).toEqual(names.map(personOf).sort());
    if (!reads.includes('unshared')) expect(list.body).not.toContain('SECRET-U');
  });

  it.each(Object.keys(expected) as Who[])('%s pulls only what is theirs to read, naming nobody else', async (who) => {
    const pulled = await pullAll(await w.login(who));
    const { reads, names } = expected[who];
    expect((pulled.concerns ?? []).map((c) => c.id).sort(), who).toEqual(reads.map((k) => ids[k]).sort());
    expect((pulled.concernDetails ?? []).map((c) => c.id).sort(), who).toEqual(reads.map((k) => ids[k]).sort());
    // The raiser's person id travels in no concern table to a teacher who may not know it.
    const concernTables = JSON.stringify(Object.entries(pulled).filter(([t]) => t.startsWith('concern')));
    for (const raiser of ['mentee', 'teacherB'] as const) {
      const mayKnow = names.includes(raiser) || who === raiser;
      if (!mayKnow) expect(concernTables, `${who} learns ${raiser}`).not.toContain(personOf(raiser));
    }
    for (const key of Object.keys(ids) as (keyof typeof ids)[])
      if (!reads.includes(key)) expect(concernTables).not.toContain(TEXT[key]);
  });

  it('gives officials and the head teacher figures of their subtree only', async () => {
    const ok = async (who: Who, unit: string) => await (await w.login(who)).get(`/api/org-units/${unit}/concern-stats`);
    const officer = await ok('officer', w.units.d1.id);
    expect(officer.statusCode).toBe(200);
    expect(officer.json()).toMatchObject({ total: 3, byState: { raised: 2, needs_follow_up: 1 }, overdueFollowUps: 0 });
    for (const t of Object.values(TEXT)) expect(officer.body).not.toContain(t);
    expect((await ok('admin', w.units.root.id)).json()).toMatchObject({ total: 3 });
    // The head teacher of s1 sees the follow-up sent to their school, not the cluster's other concerns.
    expect((await ok('head', w.units.s1.id)).json()).toMatchObject({ total: 1, byState: { needs_follow_up: 1 } });
    expect((await ok('head', w.units.d1.id)).statusCode).toBe(404);
    expect((await ok('teacherA', w.units.s1.id)).statusCode).toBe(404);
    expect((await ok('mentor', w.units.c1.id)).statusCode).toBe(404);
  });

  it('takes a concern back from the cluster when its raiser unshares it; nobody else may', async () => {
    const teacherA = await w.login('teacherA');
    const refused = await teacherA.send('POST', `/api/concerns/${ids.anonymous}/share`, {
      sharedWithCluster: false,
      showRaiserName: false,
    });
    expect(refused.statusCode).toBe(403);
    const push = await (await w.login('outsider')).send('POST', '/api/sync/push', {
      clientId: crypto.randomUUID(),
      mutations: [{ id: 1, name: 'concern.discuss', args: { id: ids.named } }],
    });
    expect(push.json().results[0]).toMatchObject({ status: 'rejected', error: { code: 'not_found' } });
    // teacherA's phone holds the shared concern; after it is taken back, its next pull resets.
    const clientId = crypto.randomUUID();
    const first = (await teacherA.get(`/api/sync/pull?clientId=${clientId}&cursor=0`)).json();
    expect(first.changes.map((c: { id: string }) => c.id)).toContain(ids.anonymous);
    const mentee = await w.login('mentee');
    const res = await mentee.send('POST', `/api/concerns/${ids.anonymous}/share`, {
      sharedWithCluster: false,
      showRaiserName: false,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await teacherA.get(`/api/concerns/${ids.anonymous}`)).statusCode).toBe(404);
    const next = (
      await teacherA.get(`/api/sync/pull?clientId=${clientId}&cursor=${first.cursor}&scope=${first.scope}`)
    ).json();
    expect(next.reset).toBe(true);
    expect(JSON.stringify(next.changes)).not.toContain(TEXT.anonymous);
    // Nothing withdrawn since: the pull after that is an ordinary one.
    const calm = (
      await teacherA.get(`/api/sync/pull?clientId=${clientId}&cursor=${next.cursor}&scope=${next.scope}`)
    ).json();
    expect(calm.reset).toBe(false);
    expect(((await pullAll(teacherA)).concerns ?? []).map((c) => c.id)).toEqual([ids.named]);
    const named = await mentee.send('POST', `/api/concerns/${ids.anonymous}/share`, {
      sharedWithCluster: false,
      showRaiserName: true,
    });
    expect(named.statusCode).toBe(400);
  });
});
