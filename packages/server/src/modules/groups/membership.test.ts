import { isCurrentMember } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/world';
import { newId } from '../../clock';
import { currentMembership } from '../../db/current-membership';

/** Issue 7: "current membership" is one rule, in SQL here and in JS in core; both must agree. */
describe('current membership', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  const day = '2026-03-15'; // the fixed clock's day
  const cases = [
    { startDate: '2026-01-01', endDate: null, deletedAt: null },
    { startDate: '2026-03-15', endDate: null, deletedAt: null },
    { startDate: '2026-03-16', endDate: null, deletedAt: null },
    { startDate: '2026-01-01', endDate: '2026-03-15', deletedAt: null },
    { startDate: '2026-01-01', endDate: '2026-03-14', deletedAt: null },
    { startDate: '2026-01-01', endDate: '2026-06-30', deletedAt: null },
    { startDate: '2026-01-01', endDate: null, deletedAt: '2026-02-01T00:00:00.000Z' },
  ];

  it("selects in SQL exactly the memberships core's isCurrentMember calls current", async () => {
    const groupId = newId();
    await w.handle.db
      .insertInto('groups')
      .values({
        id: groupId,
        programId: w.programId,
        kind: 'school',
        name: 'Dates',
        orgUnitId: w.units.s1.id,
        searchKey: 'dates',
        createdAt: day,
        updatedAt: day,
        deletedAt: null,
        version: 1,
      })
      .execute();
    const rows = cases.map((c) => ({
      ...c,
      id: newId(),
      groupId,
      personId: w.people.mentee,
      role: 'mentee',
      createdAt: day,
      updatedAt: day,
      version: 1,
    }));
    await w.handle.db.insertInto('groupMembers').values(rows).execute();
    const inSql = await w.handle.db
      .selectFrom('groupMembers')
      .select('id')
      .where('groupId', '=', groupId)
      .where(currentMembership(day))
      .execute();
    const inJs = rows.filter((r) => isCurrentMember(r, day)).map((r) => r.id);
    expect(inSql.map((r) => r.id).sort()).toEqual(inJs.sort());
    expect(inJs).toHaveLength(4);
  });

  it('counts a mentee whose membership ends later as a current mentee of the group list', async () => {
    const admin = await w.as('admin');
    const g = (
      await admin.send('POST', '/api/groups', {
        programId: w.programId,
        kind: 'school',
        name: 'Ending later',
        orgUnitId: w.units.s2.id,
      })
    ).json();
    const add = (personId: string, startDate: string, endDate: string | null) =>
      admin.send('POST', `/api/groups/${g.id}/members`, { personId, role: 'mentee', startDate, endDate });
    expect((await add(w.people.mentee, '2026-01-01', '2026-06-30')).statusCode).toBe(201);
    expect((await add(w.people.head, '2026-01-01', '2026-03-01')).statusCode).toBe(201);
    const list = await admin.get(`/api/groups?programId=${w.programId}&q=ending`);
    expect(list.json().items[0]).toMatchObject({ name: 'Ending later', menteeCount: 1 });
  });
});
