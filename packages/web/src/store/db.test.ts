import 'fake-indexeddb/auto';
import { SYNC_TABLES } from '@mentora/core/sync';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { dbName, deleteLocalDb, openLocalDb } from './db';

const USER = 'upgrade-user';
afterEach(() => deleteLocalDb(USER));

/**
 * A phone that installed an older build holds a database without the tables a newer area adds
 * (the schema comes from core's area list, ADR 0015). Opening it with the new build must add the
 * tables and keep what is queued: nothing typed offline is lost by an upgrade.
 */
describe('LocalDb schema from the area list', () => {
  it("a database made before an area existed gains the area's table and keeps its outbox", async () => {
    const old = new Dexie(dbName(USER));
    old.version(1).stores({ persons: 'id', outbox: 'id', meta: 'key' });
    await old.open();
    await old
      .table('outbox')
      .put({ id: 1, name: 'person.update', args: { id: 'p1', fullName: 'Ana' }, createdAt: 'x' });
    old.close();

    const sut = await openLocalDb(USER);
    expect(sut.tables.map((t) => t.name).sort()).toEqual(
      expect.arrayContaining([...SYNC_TABLES, 'outbox', 'rejected', 'meta', 'shadow', 'uploads']),
    );
    await sut.rows('groupMembers').put({
      id: 'm1',
      groupId: 'g1',
      personId: 'p1',
      role: 'mentee',
      startDate: '2026-01-01',
      endDate: null,
      createdAt: 'x',
      updatedAt: 'x',
      deletedAt: null,
      version: 1,
    });
    expect((await sut.rows('groupMembers').where('groupId').equals('g1').toArray()).map((m) => m.id)).toEqual(['m1']);
    expect((await sut.outbox.toArray()).map((e) => e.args)).toEqual([{ id: 'p1', fullName: 'Ana' }]);
    sut.close();
  });

  it('every sync table is indexed on the fields its area declares', async () => {
    const sut = await openLocalDb(USER);
    const members = sut
      .rows('groupMembers')
      .schema.indexes.map((i) => i.name)
      .sort();
    expect(members).toEqual(['groupId', 'personId']);
    expect(sut.rows('orgUnits').schema.indexes.map((i) => i.name)).toEqual(['parentId']);
    sut.close();
  });
});
