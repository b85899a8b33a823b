import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/world';

describe('groups', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  it('creates a school group, adds a mentor and mentees with dates, edits and ends a membership', async () => {
    const admin = await w.as('admin');
    const g = await admin.send('POST', '/api/groups', {
      programId: w.programId,
      kind: 'school',
      name: 'Khuzdar mentoring group',
      orgUnitId: w.units.s3.id,
    });
    expect(g.statusCode).toBe(201);
    const mentor = await admin.send('POST', `/api/groups/${g.json().id}/members`, {
      personId: w.people.outsider,
      role: 'mentor',
      startDate: '2026-02-01',
    });
    expect(mentor.statusCode).toBe(201);
    const mentee = await admin.send('POST', `/api/groups/${g.json().id}/members`, {
      personId: w.people.mentee,
      role: 'mentee',
      startDate: '2026-02-01',
    });
    expect(mentee.statusCode).toBe(201);
    const twice = await admin.send('POST', `/api/groups/${g.json().id}/members`, {
      personId: w.people.mentee,
      role: 'mentee',
      startDate: '2026-02-02',
    });
    expect(twice.statusCode).toBe(409);
    const backwards = await admin.send('POST', `/api/groups/${g.json().id}/members`, {
      personId: w.people.head,
      role: 'mentee',
      startDate: '2026-02-02',
      endDate: '2026-01-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect((await admin.send('PATCH', `/api/groups/${g.json().id}`, { name: 'Khuzdar group A' })).json().name).toBe(
      'Khuzdar group A',
    );
    const detail = await admin.get(`/api/groups/${g.json().id}`);
    expect(detail.json().members.map((m: { role: string }) => m.role)).toEqual(['mentee', 'mentor']);
    const ended = await admin.send('POST', `/api/group-members/${mentee.json().id}/end`, { endDate: '2026-03-01' });
    expect(ended.json().endDate).toBe('2026-03-01');
    // The fixed clock says 2026-03-15: the ended mentee no longer sees the group.
    const menteeClient = await w.as('mentee');
    expect((await menteeClient.get(`/api/groups/${g.json().id}`)).statusCode).toBe(404);
    const list = await admin.get(`/api/groups?programId=${w.programId}&q=khuzdar`);
    expect(list.json().items[0]).toMatchObject({
      name: 'Khuzdar group A',
      mentorNames: ['outsider person'],
      menteeCount: 0,
    });
  });

  it("enforces the program's maximum mentees per mentor", async () => {
    const admin = await w.as('admin');
    await w.handle.db
      .updateTable('programs')
      .set({ settings: JSON.stringify({ country: 'PK', clusterMeetingDaysPerMonth: 2, maxMenteesPerMentor: 1 }) })
      .where('id', '=', w.programId)
      .execute();
    const full = await admin.send('POST', `/api/groups/${w.groupId}/members`, {
      personId: w.people.head,
      role: 'mentee',
      startDate: '2026-03-01',
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toMatch(/limit/);
  });

  it('shows each role only the groups it may see', async () => {
    const count = async (who: Parameters<World['as']>[0]) =>
      (await (await w.as(who)).get(`/api/groups?programId=${w.programId}`)).json().items.length;
    expect(await count('mentor')).toBe(1);
    expect(await count('officer')).toBe(1); // the D1 cluster group, not the one in Khuzdar
    expect(await count('admin')).toBe(2);
    const officer = await w.as('officer');
    expect((await officer.send('PATCH', `/api/groups/${w.groupId}`, { name: 'x' })).statusCode).toBe(403);
    const mentee = await w.as('mentee');
    expect((await mentee.get(`/api/groups/${w.groupId}`)).json().may).toEqual({ update: false, delete: false });
  });
});
