import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type PersonKey, type World } from '../../../test/world';
import { newId } from '../../clock';

/**
 * Issue 8, points 6 and 7: a reflection is its author's alone until they choose the pair or share it
 * with a named person; a share is consent (recorded, audited, revocable) and reaches exactly that
 * person, over REST and in their device's pull, until it is revoked.
 */
describe('reflections and sharing', () => {
  let w: World;
  const c = {} as Record<PersonKey, Client>;
  beforeAll(async () => {
    w = await makeWorld();
    for (const k of ['mentee', 'mentor', 'officer', 'otherOfficer', 'head', 'admin', 'outsider'] as const)
      c[k] = await w.as(k);
  });
  afterAll(() => w.close());

  const write = (who: PersonKey, body: Record<string, unknown> = {}) =>
    c[who].send('POST', '/api/reflections', {
      programId: w.programId,
      authorPersonId: w.people[who],
      groupId: w.groupId,
      partnerPersonId: who === 'mentee' ? w.people.mentor : w.people.mentee,
      answers: { describe: 'We worked on questions in groups.', plan: 'Try exit tickets next week.' },
      entryDate: '2026-03-10',
      ...body,
    });
  /** A device's first pull (cursor 0): every record of the working set. */
  const pull = async (who: PersonKey, clientId = randomUUID(), cursor = 0, scope?: string) => {
    const q = `clientId=${clientId}&cursor=${cursor}${scope ? `&scope=${scope}` : ''}`;
    const res = await c[who].get(`/api/sync/pull?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      cursor: number;
      scope: string;
      reset: boolean;
      changes: { t: string; id: string; d?: Record<string, unknown> }[];
    };
  };
  const reflectionIds = (p: Awaited<ReturnType<typeof pull>>) =>
    p.changes.filter((ch) => ch.t === 'reflections' && ch.d).map((ch) => ch.id);
  const count = async (table: 'reflections' | 'contentShares') =>
    Number(
      (
        await w.handle.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('keeps a new reflection private, shows it to the pair when chosen, and shares it with exactly one named person', async () => {
    const made = await write('mentee');
    expect(made.statusCode, made.body).toBe(201);
    const r = made.json();
    expect(r).toMatchObject({
      visibility: 'author',
      ownerPersonId: w.people.mentee,
      promptSetKey: 'describe-interpret-evaluate-plan',
    });

    // Private: the mentor of the pair cannot read it, neither over REST nor in a pull.
    expect((await c.mentor.get(`/api/reflections/${r.id}`)).statusCode).toBe(404);
    expect(reflectionIds(await pull('mentor'))).not.toContain(r.id);
    expect((await c.mentee.get(`/api/reflections/${r.id}`)).json().may).toEqual({
      update: true,
      delete: true,
      share: true,
    });

    // The pair: the mentor reads it; officials still do not.
    expect((await c.mentee.send('PUT', `/api/reflections/${r.id}/visibility`, { visibility: 'pair' })).statusCode).toBe(
      200,
    );
    const asMentor = await c.mentor.get(`/api/reflections/${r.id}`);
    expect(asMentor.statusCode).toBe(200);
    expect(asMentor.json()).toMatchObject({ shares: [], may: { update: false, share: false } });
    expect(reflectionIds(await pull('mentor'))).toContain(r.id);
    for (const k of ['officer', 'head', 'admin', 'outsider'] as const) {
      expect((await c[k].get(`/api/reflections/${r.id}`)).statusCode, k).toBe(404);
      expect(reflectionIds(await pull(k)), k).toEqual([]);
    }

    // Only the teacher it is about (here its author) shares: the mentor, who may read it, is refused and nothing is recorded.
    const byMentor = await c.mentor.send('POST', '/api/content-shares', {
      table: 'reflections',
      recordId: r.id,
      personId: w.people.officer,
    });
    expect(byMentor.statusCode).toBe(403);
    expect(byMentor.json().error.code).toBe('forbidden');
    expect(await count('contentShares')).toBe(0);

    // The officer's device before the share, and a second entry of the teacher's that stays private.
    const officerDevice = randomUUID();
    const before = await pull('officer', officerDevice);
    const other = (await write('mentee', { answers: { describe: 'Only mine.' } })).json();

    const shared = await c.mentee.send('POST', '/api/content-shares', {
      table: 'reflections',
      recordId: r.id,
      personId: w.people.officer,
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const share = shared.json();
    expect(share).toMatchObject({ personId: w.people.officer, grantedByPersonId: w.people.mentee, revokedAt: null });
    const audit = await w.handle.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'content.share')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ resourceType: 'reflections', resourceId: r.id });
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({ personId: w.people.officer, shareId: share.id });
    // The consent is on the author's device too.
    expect((await pull('mentee')).changes.some((ch) => ch.t === 'contentShares' && ch.id === share.id)).toBe(true);

    // The officer reads exactly that item: REST, the portfolio and the next pull (a reset: the set changed).
    expect((await c.officer.get(`/api/reflections/${r.id}`)).statusCode).toBe(200);
    expect((await c.officer.get(`/api/reflections/${other.id}`)).statusCode).toBe(404);
    const portfolio = await c.officer.get(`/api/persons/${w.people.mentee}/portfolio`);
    expect(portfolio.json().items.map((i: { reflection: { id: string } }) => i.reflection.id)).toEqual([r.id]);
    const after = await pull('officer', officerDevice, before.cursor, before.scope);
    expect(after.reset).toBe(true);
    expect(reflectionIds(after)).toEqual([r.id]);
    expect(after.changes.some((ch) => ch.t === 'contentShares')).toBe(false);
    // The head teacher of the mentor's school still reads nothing.
    expect(reflectionIds(await pull('head'))).toEqual([]);

    // Revoked: not readable, and gone from the officer's device at its next pull.
    const revoked = await c.mentee.send('DELETE', `/api/content-shares/${share.id}`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect(
      await w.handle.db
        .selectFrom('auditEvents')
        .select('resourceId')
        .where('action', '=', 'content.unshare')
        .execute(),
    ).toEqual([{ resourceId: r.id }]);
    expect((await c.officer.get(`/api/reflections/${r.id}`)).statusCode).toBe(404);
    const gone = await pull('officer', officerDevice, after.cursor, after.scope);
    expect(gone.reset).toBe(true);
    expect(reflectionIds(gone)).toEqual([]);
    // The officer may know the teacher exists (their district), but reads none of their entries.
    expect((await c.officer.get(`/api/persons/${w.people.mentee}/portfolio`)).json().items).toEqual([]);
    expect((await c.otherOfficer.get(`/api/persons/${w.people.mentee}/portfolio`)).statusCode).toBe(404);
  });

  it('lets nobody but the giver revoke a share, and lets an author keep a pair entry from the group', async () => {
    const r = (await write('mentee', { visibility: 'pair' })).json();
    const share = (
      await c.mentee.send('POST', '/api/content-shares', {
        table: 'reflections',
        recordId: r.id,
        personId: w.people.head,
      })
    ).json();
    for (const k of ['head', 'mentor'] as const)
      expect((await c[k].send('DELETE', `/api/content-shares/${share.id}`)).statusCode, k).toBe(404);
    expect((await c.head.get(`/api/reflections/${r.id}`)).statusCode).toBe(200);
    // A second share with the same person is the same consent, not a new one.
    const again = await c.mentee.send('POST', '/api/content-shares', {
      table: 'reflections',
      recordId: r.id,
      personId: w.people.head,
    });
    expect(again.json().id).toBe(share.id);
    // The mentor may read a pair entry but not change who sees it, nor delete it.
    expect(
      (await c.mentor.send('PUT', `/api/reflections/${r.id}/visibility`, { visibility: 'group' })).statusCode,
    ).toBe(403);
    expect((await c.mentor.send('DELETE', `/api/reflections/${r.id}`)).statusCode).toBe(403);
    expect((await c.mentee.send('DELETE', `/api/reflections/${r.id}`)).statusCode).toBe(204);
    expect((await c.head.get(`/api/reflections/${r.id}`)).statusCode).toBe(404);
  });

  it('answers bad input with a 4xx error and writes nothing', async () => {
    const r = (await write('mentee')).json();
    const [reflections, shares] = [await count('reflections'), await count('contentShares')];
    const bad: [string, Promise<{ statusCode: number; json: () => { error: { code: string } } }>][] = [
      ['no answers', write('mentee', { answers: {} })],
      ['an unknown prompt', write('mentee', { answers: { feelings: 'x' } })],
      ['a NUL', write('mentee', { answers: { describe: 'a\u0000b' } })],
      ['a link without id', write('mentee', { linkedType: 'meeting' })],
      ['someone else as author', write('mentee', { authorPersonId: w.people.mentor })],
      ['another program', write('mentee', { programId: w.otherProgramId })],
      ['not a pair', write('mentee', { partnerPersonId: w.people.outsider })],
      [
        'group visibility without group',
        write('mentee', { groupId: null, partnerPersonId: null, visibility: 'group' }),
      ],
      ['a bad date', write('mentee', { entryDate: '2026-13-40' })],
      ['the pair without a partner', write('mentee', { partnerPersonId: null, visibility: 'pair' })],
      ['a partner without the group', write('mentee', { groupId: null })],
      [
        'a non-content table',
        c.mentee.send('POST', '/api/content-shares', { table: 'persons', recordId: r.id, personId: w.people.head }),
      ],
      [
        'an unknown table',
        c.mentee.send('POST', '/api/content-shares', { table: 'no_such', recordId: r.id, personId: w.people.head }),
      ],
      [
        'an unknown person',
        c.mentee.send('POST', '/api/content-shares', { table: 'reflections', recordId: r.id, personId: newId() }),
      ],
      [
        'oneself',
        c.mentee.send('POST', '/api/content-shares', {
          table: 'reflections',
          recordId: r.id,
          personId: w.people.mentee,
        }),
      ],
      [
        'another program’s person',
        c.mentee.send('POST', '/api/content-shares', {
          table: 'reflections',
          recordId: r.id,
          personId: w.people.otherAdmin,
        }),
      ],
      [
        'an unknown record',
        c.mentee.send('POST', '/api/content-shares', {
          table: 'reflections',
          recordId: newId(),
          personId: w.people.head,
        }),
      ],
      ['an unknown share', c.mentee.send('DELETE', `/api/content-shares/${newId()}`)],
      ['an unknown update field', c.mentee.send('PATCH', `/api/reflections/${r.id}`, { visibility: 'group' })],
      [
        'an update to an unknown prompt',
        c.mentee.send('PATCH', `/api/reflections/${r.id}`, { answers: { what: 'x' } }),
      ],
      ['a bad visibility', c.mentee.send('PUT', `/api/reflections/${r.id}/visibility`, { visibility: 'everyone' })],
    ];
    for (const [what, p] of bad) {
      const res = await p;
      expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, what).toBeLessThan(500);
      expect(res.json().error.code, what).toEqual(expect.any(String));
    }
    expect([await count('reflections'), await count('contentShares')]).toEqual([reflections, shares]);
  });

  it("asks the prompts of the program's chosen set, and keeps an entry's own set after the program changes", async () => {
    const before = (await write('mentee')).json();
    const settings = {
      clusterMeetingDaysPerMonth: 2,
      maxMenteesPerMentor: 40,
      portfolioPromptSet: 'what-so-what-now-what',
    };
    expect((await c.admin.send('PATCH', `/api/programs/${w.programId}`, { settings })).statusCode).toBe(200);
    const refused = await write('mentee');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'answers.describe',
      'answers.plan',
    ]);
    const made = await write('mentee', { answers: { what: 'Punë në grupe.', 'now-what': 'Fletë dalëse.' } });
    expect(made.json()).toMatchObject({ promptSetKey: 'what-so-what-now-what' });
    // An older entry keeps answering its own prompts.
    const edited = await c.mentee.send('PATCH', `/api/reflections/${before.id}`, { answers: { evaluate: 'Mirë.' } });
    expect(edited.statusCode, edited.body).toBe(200);
    await c.admin.send('PATCH', `/api/programs/${w.programId}`, {
      settings: { ...settings, portfolioPromptSet: undefined },
    });
  });

  it('writes and edits offline through the sync push, keeping a conflict copy of overwritten answers', async () => {
    const push = (who: PersonKey, clientId: string, mutations: unknown[]) =>
      c[who].send('POST', '/api/sync/push', { clientId, mutations });
    const id = newId();
    const phone = randomUUID();
    const args = {
      id,
      programId: w.programId,
      authorPersonId: w.people.mentor,
      answers: { describe: 'Observed Ardita’s lesson.' },
      entryDate: '2026-03-12',
    };
    const res = await push('mentor', phone, [{ id: 1, name: 'reflection.write', args }]);
    expect(res.json().results).toMatchObject([{ id: 1, status: 'applied' }]);
    const base = { answers: { describe: 'Observed Ardita’s lesson.' } };
    // Two devices edit the same entry from the same base: the later wins, the earlier is kept as a copy.
    const tablet = randomUUID();
    await push('mentor', phone, [
      { id: 2, name: 'reflection.update', args: { id, answers: { describe: 'Phone text.' } }, base },
    ]);
    await push('mentor', tablet, [
      { id: 1, name: 'reflection.update', args: { id, answers: { describe: 'Tablet text.' } }, base },
    ]);
    const copies = await w.handle.db.selectFrom('conflictCopies').selectAll().where('recordId', '=', id).execute();
    expect(copies.map((k) => JSON.parse(k.keptText))).toEqual([{ describe: 'Phone text.' }]);
    expect((await c.mentor.get(`/api/reflections/${id}`)).json().reflection.answers).toEqual({
      describe: 'Tablet text.',
    });
    // An edit from what is stored now keeps no copy.
    await push('mentor', tablet, [
      {
        id: 2,
        name: 'reflection.update',
        args: { id, answers: { describe: 'Again.' } },
        base: { answers: { describe: 'Tablet text.' } },
      },
    ]);
    expect(
      await w.handle.db.selectFrom('conflictCopies').select('id').where('recordId', '=', id).execute(),
    ).toHaveLength(1);
  });

  it("a mentor's entry written for the pair belongs to the teacher: the teacher may share it, the mentor may not (probe finding 1)", async () => {
    const made = await write('mentor', { visibility: 'pair' });
    expect(made.statusCode, made.body).toBe(201);
    const r = made.json();
    expect(r).toMatchObject({ authorPersonId: w.people.mentor, ownerPersonId: w.people.mentee });
    const before = await count('contentShares');
    const byMentor = await c.mentor.send('POST', '/api/content-shares', {
      table: 'reflections',
      recordId: r.id,
      personId: w.people.officer,
    });
    expect([403, 404]).toContain(byMentor.statusCode);
    expect(await count('contentShares')).toBe(before);
    expect((await c.officer.get(`/api/reflections/${r.id}`)).statusCode).toBe(404);
    // Nor may the mentor show it to the whole group (issue 8 re-probe, finding 1).
    const toGroup = await c.mentor.send('PUT', `/api/reflections/${r.id}/visibility`, { visibility: 'group' });
    expect(toGroup.statusCode).toBe(403);
    // The mentor still chooses who of the pair reads what they wrote, and edits it.
    const hidden = await c.mentor.send('PUT', `/api/reflections/${r.id}/visibility`, { visibility: 'author' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect((await c.mentee.get(`/api/reflections/${r.id}`)).statusCode).toBe(404);
  });
});
