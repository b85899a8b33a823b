import { randomUUID } from 'node:crypto';
import type { Mutation } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, makeWorld, type World } from '../../test/world';
import { newId } from '../clock';

type Pulled = {
  cursor: number;
  scope: string;
  lastMutationId: number;
  reset: boolean;
  more: boolean;
  changes: { t: string; id: string; v: number; d?: Record<string, unknown> }[];
  rejected: { id: number; name: string; args: unknown; error: { code: string } }[];
};

describe('sync push and pull', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld();
  });
  afterAll(() => w.close());

  const pushAs = (c: Client, clientId: string, mutations: Mutation[]) =>
    c.send('POST', '/api/sync/push', { clientId, mutations });
  /** `after` is the previous pull: its cursor and scope go back to the server, as a device does. */
  const pullAs = async (c: Client, clientId: string, after?: Pulled | number, pending?: number): Promise<Pulled> => {
    const from = typeof after === 'object' ? `cursor=${after.cursor}&scope=${after.scope}` : `cursor=${after ?? 0}`;
    const res = await c.get(`/api/sync/pull?clientId=${clientId}&${from}${pending ? `&pending=${pending}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('applies mutations once, in order, and skips ones already applied', async () => {
    const mentor = await w.as('mentor');
    const clientId = randomUUID();
    const rename = (id: number, name: string): Mutation => ({
      id,
      name: 'person.update',
      args: { id: w.people.mentor, fullName: name },
    });
    const first = await pushAs(mentor, clientId, [rename(1, 'Abdul Ghani'), rename(2, 'Abdul Ghani Jamot')]);
    expect(first.json()).toMatchObject({ lastMutationId: 2, results: [{ status: 'applied' }, { status: 'applied' }] });
    const again = await pushAs(mentor, clientId, [
      rename(1, 'Abdul Ghani'),
      rename(2, 'Abdul Ghani Jamot'),
      rename(3, 'A. G. Jamot'),
    ]);
    expect(again.json().results.map((r: { status: string }) => r.status)).toEqual(['skipped', 'skipped', 'applied']);
    const person = await mentor.get(`/api/persons/${w.people.mentor}`);
    expect(person.json().person.fullName).toBe('A. G. Jamot');
    const gap = await pushAs(mentor, clientId, [rename(5, 'Gap')]);
    expect(gap.statusCode).toBe(409);
    expect((await mentor.get(`/api/persons/${w.people.mentor}`)).json().person.fullName).toBe('A. G. Jamot');
  });

  it('records a refused mutation with its reason, keeps going, and returns it on pull until discarded', async () => {
    const mentee = await w.as('mentee');
    const clientId = randomUUID();
    const res = await pushAs(mentee, clientId, [
      { id: 1, name: 'group.update', args: { id: w.groupId, name: 'Mentees rule' } }, // policy: mentees may not rename groups
      { id: 2, name: 'person.update', args: { id: w.people.mentee, subjects: ['Urdu'] } },
      { id: 3, name: 'person.update', args: { id: w.people.mentee, yearsExperience: -4 } }, // validation
      { id: 4, name: 'account.create', args: { personId: w.people.mentee } }, // online-only command
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'applied',
      'rejected',
      'rejected',
    ]);
    expect(res.json().results[0].error.code).toBe('forbidden');
    const pulled = await pullAs(mentee, clientId, 0, 1);
    expect(pulled.lastMutationId).toBe(4);
    expect(pulled.rejected.map((r) => [r.id, r.error.code])).toEqual([
      [1, 'forbidden'],
      [3, 'validation_failed'],
      [4, 'bad_request'],
    ]);
    expect(pulled.rejected[0]?.args).toEqual({ id: w.groupId, name: 'Mentees rule' });
    expect((await pullAs(mentee, clientId, pulled.cursor, 5)).rejected).toEqual([]);
  });

  it('binds a device id to the user whose mutation first used it', async () => {
    const clientId = randomUUID();
    const mentor = await w.as('mentor');
    const claim = await pushAs(mentor, clientId, [
      { id: 1, name: 'person.update', args: { id: w.people.mentor, fullName: 'A. G. Jamot' } },
    ]);
    expect(claim.json().results[0].status).toBe('applied');
    const other = await w.as('mentee');
    const res = await other.get(`/api/sync/pull?clientId=${clientId}&cursor=0`);
    expect(res.statusCode).toBe(403);
  });

  it('gives a mentor their groups, the people in them and the units above — not the district', async () => {
    const pulled = await pullAs(await w.as('mentor'), randomUUID());
    expect(pulled.reset).toBe(true);
    const of = (t: string) => pulled.changes.filter((c) => c.t === t).map((c) => c.d?.fullName ?? c.d?.name);
    expect(of('persons').sort()).toEqual(['A. G. Jamot', 'mentee person'].sort());
    expect(of('groups')).toEqual(['Uthal cluster group']);
    expect(of('orgUnits').sort()).toEqual(
      ['Balochistan', 'GGPS Uthal 2', 'GPS Uthal 1', 'Lasbella', 'Uthal cluster'].sort(),
    );
    expect(of('programs')).toEqual(['Test PTMP']);
  });

  it("gives a district officer no one else's records and no confidential content", async () => {
    const pulled = await pullAs(await w.as('officer'), randomUUID());
    const tables = new Set(pulled.changes.map((c) => c.t));
    // Program configuration (the published instruments) is everyone's in the program; content is not.
    expect([...tables].sort()).toEqual([
      'instrumentVersions',
      'instruments',
      'orgUnits',
      'persons',
      'programs',
      'roleAssignments',
    ]);
    expect(pulled.changes.filter((c) => c.t === 'persons').map((c) => c.id)).toEqual([w.people.officer]);
    expect(pulled.changes.filter((c) => c.t === 'conflictCopies')).toEqual([]);
  });

  it('sends only what changed since the cursor, deletions as deletions, and resets when the scope changes', async () => {
    const mentor = await w.as('mentor');
    const admin = await w.as('admin');
    const clientId = randomUUID();
    const first = await pullAs(mentor, clientId);
    expect((await pullAs(mentor, clientId, first)).changes).toEqual([]);
    await admin.send('PATCH', `/api/groups/${w.groupId}`, { name: 'Uthal group' });
    const second = await pullAs(mentor, clientId, first);
    expect(second.reset).toBe(false);
    expect(second.changes.map((c) => [c.t, c.d?.name])).toEqual([['groups', 'Uthal group']]);
    // A new mentee joins: the working set changes shape, so the device gets a reset.
    const p = await admin.send('POST', '/api/persons', {
      programId: w.programId,
      fullName: 'New Mentee',
      schoolId: w.units.s2.id,
    });
    const m = await admin.send('POST', `/api/groups/${w.groupId}/members`, {
      personId: p.json().id,
      role: 'mentee',
      startDate: '2026-03-01',
    });
    const third = await pullAs(mentor, clientId, second);
    expect(third.reset).toBe(true);
    expect(third.changes.some((c) => c.t === 'persons' && c.d?.fullName === 'New Mentee')).toBe(true);
    // A group the mentor can see is archived: it arrives as a deletion.
    const g = await admin.send('POST', '/api/groups', {
      programId: w.programId,
      kind: 'school',
      name: 'Temp',
      orgUnitId: w.units.s1.id,
    });
    await admin.send('POST', `/api/groups/${g.json().id}/members`, {
      personId: w.people.mentor,
      role: 'mentor',
      startDate: '2026-03-01',
    });
    const fourth = await pullAs(await w.as('mentor'), clientId, third);
    expect(fourth.changes.some((c) => c.t === 'groups' && c.id === g.json().id && c.d)).toBe(true);
    expect(m.statusCode).toBe(201);
    // Archived, the group leaves the mentor's scope: a reset without it replaces the device's copy.
    expect((await admin.send('DELETE', `/api/groups/${g.json().id}`)).statusCode).toBe(204);
    const fifth = await pullAs(await w.as('mentor'), clientId, fourth);
    expect(fifth.reset).toBe(true);
    expect(fifth.changes.some((c) => c.id === g.json().id)).toBe(false);
    expect(fifth.changes.some((c) => c.id === w.groupId)).toBe(true);
    // A mentee's membership ended elsewhere in the mentor's own group arrives as a changed row.
    const sixth = await pullAs(await w.as('mentor'), clientId, fifth);
    expect(sixth.changes).toEqual([]);
  });

  it('keeps the overwritten text as a visible conflict copy when two devices edit the same field', async () => {
    const admin = await w.as('admin');
    const phoneA = randomUUID();
    const phoneB = randomUUID();
    const g = await admin.send('POST', '/api/groups', {
      id: newId(),
      programId: w.programId,
      kind: 'school',
      name: 'Original',
      orgUnitId: w.units.s1.id,
    });
    const id = g.json().id;
    await pushAs(admin, phoneA, [
      { id: 1, name: 'group.update', args: { id, name: 'Typed on A' }, base: { name: 'Original' } },
    ]);
    await pushAs(admin, phoneB, [
      { id: 1, name: 'group.update', args: { id, name: 'Typed on B' }, base: { name: 'Original' } },
    ]);
    const detail = await admin.get(`/api/groups/${id}`);
    expect(detail.json().group.name).toBe('Typed on B');
    const copies = await w.handle.db.selectFrom('conflictCopies').selectAll().where('recordId', '=', id).execute();
    expect(copies.map((c) => [c.field, c.keptText, c.winningText])).toEqual([['name', 'Typed on A', 'Typed on B']]);
    await admin.send('POST', `/api/groups/${id}/members`, {
      personId: w.people.admin,
      role: 'mentor',
      startDate: '2026-03-01',
    });
    const pulled = await pullAs(await w.as('admin'), randomUUID());
    expect(pulled.changes.find((c) => c.t === 'conflictCopies')?.d).toMatchObject({
      recordId: id,
      keptText: 'Typed on A',
    });
  });

  it('rejects an edit to a record deleted elsewhere, keeping the typed text in the rejection', async () => {
    const admin = await w.as('admin');
    const p = await admin.send('POST', '/api/persons', { programId: w.programId, fullName: 'Soon Gone' });
    await admin.send('DELETE', `/api/persons/${p.json().id}`);
    const clientId = randomUUID();
    const res = await pushAs(admin, clientId, [
      { id: 1, name: 'person.update', args: { id: p.json().id, fullName: 'Typed offline' } },
    ]);
    expect(res.json().results[0]).toMatchObject({ status: 'rejected', error: { code: 'not_found' } });
    const pulled = await pullAs(admin, clientId, 0, 1);
    expect(pulled.rejected[0]?.args).toMatchObject({ fullName: 'Typed offline' });
  });
});
