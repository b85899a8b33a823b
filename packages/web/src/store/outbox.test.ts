import 'fake-indexeddb/auto';
import type { Change, PullResponse } from '@mentora/core/types';
import { describe, expect, it } from 'vitest';
import { getMeta, type LocalDb } from './db';
import { applyPull, discardRejected, enqueue } from './outbox';
import { localDbs } from './test-local-db';

const freshDb = localDbs('outbox-test');

const person = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  programId: 'p',
  fullName: 'Mimoza Krasniqi',
  gender: 'female',
  subjects: ['Mathematics'],
  grades: ['10'],
  yearsExperience: 12,
  phone: null,
  email: 'mimoza@example.org',
  schoolId: null,
  emisId: null,
  ...fields,
});

const pulled = (p: Partial<PullResponse>): PullResponse => ({
  cursor: 1,
  lastMutationId: 0,
  reset: false,
  scope: 's',
  changes: [],
  more: false,
  rejected: [],
  ...p,
});
const upsert = (t: Change['t'], d: { id: string } & Record<string, unknown>, v = 1): Change => ({ t, id: d.id, v, d });

async function seed(db: LocalDb, ...changes: Change[]) {
  const clientId = (await getMeta<string>(db, 'clientId')) ?? '';
  await applyPull(db, clientId, pulled({ reset: true, changes }));
  return clientId;
}

describe('the outbox', () => {
  it('numbers mutations 1, 2, 3 per device and never reuses a number after an acknowledgement', async () => {
    const sut = await freshDb();
    const clientId = await seed(sut, upsert('persons', person('a')));
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push((await enqueue(sut, 'person.update', { id: 'a', fullName: name })).id);
    expect(ids).toEqual([1, 2, 3]);
    await applyPull(sut, clientId, pulled({ cursor: 2, lastMutationId: 3 }));
    expect(await sut.outbox.count()).toBe(0);
    expect((await enqueue(sut, 'person.update', { id: 'a', fullName: 'D' })).id).toBe(4);
  });

  it("records as base the device's current values of the edited fields, pending edits included", async () => {
    const sut = await freshDb();
    await seed(sut, upsert('persons', person('a')));
    const first = await enqueue(sut, 'person.update', { id: 'a', fullName: 'Mimoza K.' });
    expect(first.base).toEqual({ fullName: 'Mimoza Krasniqi' });
    const second = await enqueue(sut, 'person.update', { id: 'a', fullName: 'M. Krasniqi', phone: '044123456' });
    expect(second.base).toEqual({ fullName: 'Mimoza K.', phone: null });
    // A record not on this device and no screen values: no base.
    expect((await enqueue(sut, 'group.update', { id: 'elsewhere', name: 'X' })).base).toBeUndefined();
  });

  it('takes the base from what the edit screen showed, also for a record loaded from the server (issue 10, kind 5)', async () => {
    const sut = await freshDb();
    const shownByServer = { id: 'elsewhere', name: 'Gymnasium group', orgUnitId: 'u' };
    const entry = await enqueue(sut, 'group.update', { id: 'elsewhere', name: 'X' }, new Date(), shownByServer);
    expect(entry.base).toEqual({ name: 'Gymnasium group' });
    await seed(sut, upsert('persons', person('a')));
    const shown = person('a', { fullName: 'As displayed' });
    expect((await enqueue(sut, 'person.update', { id: 'a', fullName: 'New' }, new Date(), shown)).base).toEqual({
      fullName: 'As displayed',
    });
  });

  it('applies a change to the local tables at once, and gives created records a UUIDv7', async () => {
    const sut = await freshDb();
    await seed(sut, upsert('persons', person('a')));
    await enqueue(sut, 'person.update', { id: 'a', subjects: ['Mathematics', 'Astronomy'] });
    expect((await sut.rows('persons').get('a'))?.subjects).toEqual(['Mathematics', 'Astronomy']);
    const created = await enqueue(sut, 'group.create', { programId: 'p', kind: 'school', name: 'G', orgUnitId: 'u' });
    expect(String(created.args.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(await sut.rows('groups').get(String(created.args.id))).toMatchObject({ name: 'G' });
  });
});

describe('taking a pull', () => {
  it('replaces the local tables on a reset, keeping pending edits on top', async () => {
    const sut = await freshDb();
    const clientId = await seed(sut, upsert('persons', person('a')), upsert('groups', { id: 'old', name: 'Old' }));
    await enqueue(sut, 'person.update', { id: 'a', fullName: 'Typed offline' });
    await applyPull(
      sut,
      clientId,
      pulled({ reset: true, cursor: 9, changes: [upsert('persons', person('a', { grades: ['11'] }), 9)] }),
    );
    expect(await sut.rows('groups').get('old')).toBeUndefined();
    expect(await sut.rows('persons').get('a')).toMatchObject({ fullName: 'Typed offline', grades: ['11'] });
    expect(await getMeta(sut, 'cursor')).toBe(9);
    expect(await getMeta(sut, 'lastSyncedAt')).toBeTypeOf('string');
  });

  it('drops acknowledged mutations (id ≤ lastMutationId) and re-applies the rest on the server data', async () => {
    const sut = await freshDb();
    const clientId = await seed(sut, upsert('persons', person('a')));
    await enqueue(sut, 'person.update', { id: 'a', fullName: 'One' });
    await enqueue(sut, 'person.update', { id: 'a', phone: '044000111' });
    await enqueue(sut, 'person.update', { id: 'a', subjects: ['Physics'] });
    // The server applied 1 and 2; its copy now also carries another device's edit of the grades.
    await applyPull(
      sut,
      clientId,
      pulled({
        cursor: 5,
        lastMutationId: 2,
        changes: [upsert('persons', person('a', { fullName: 'One', phone: '044000111', grades: ['12'] }), 5)],
      }),
    );
    expect((await sut.outbox.toArray()).map((e) => e.id)).toEqual([3]);
    expect(await sut.rows('persons').get('a')).toMatchObject({
      fullName: 'One',
      phone: '044000111',
      grades: ['12'],
      subjects: ['Physics'],
    });
    // Once 3 is acknowledged, the local copy is exactly the server's.
    await applyPull(
      sut,
      clientId,
      pulled({
        cursor: 6,
        lastMutationId: 3,
        changes: [
          upsert(
            'persons',
            person('a', { fullName: 'One', phone: '044000111', grades: ['12'], subjects: ['Physics'] }),
            6,
          ),
        ],
      }),
    );
    expect(await sut.outbox.count()).toBe(0);
    expect(await sut.shadow.count()).toBe(0);
  });

  it('keeps a refused mutation with what was typed and why, and undoes its local effect', async () => {
    const sut = await freshDb();
    const clientId = await seed(sut, upsert('persons', person('a')));
    const typed = await enqueue(sut, 'person.update', { id: 'a', phone: '12' });
    await enqueue(sut, 'person.update', { id: 'a', subjects: ['Biology'] });
    expect((await sut.rows('persons').get('a'))?.phone).toBe('12');
    const error = {
      code: 'validation_failed',
      message: 'Invalid input',
      details: [{ path: 'phone', message: 'must be a phone number of 7–15 digits' }],
    };
    await applyPull(
      sut,
      clientId,
      pulled({
        cursor: 3,
        lastMutationId: 2,
        changes: [upsert('persons', person('a', { subjects: ['Biology'] }), 3)],
        rejected: [{ id: 1, name: 'person.update', args: { id: 'a', phone: '12' }, error }],
      }),
    );
    const rejected = await sut.rejected.toArray();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      id: 1,
      key: `${clientId}:1`,
      name: 'person.update',
      args: { id: 'a', phone: '12' },
      base: { phone: null },
      error,
      createdAt: typed.createdAt,
    });
    expect(await sut.rows('persons').get('a')).toMatchObject({ phone: null, subjects: ['Biology'] });
    expect(await sut.outbox.count()).toBe(0);
    // It stays until the user discards it (or sends a fixed version).
    await applyPull(sut, clientId, pulled({ cursor: 4, lastMutationId: 2 }));
    expect(await sut.rejected.count()).toBe(1);
    await discardRejected(sut, `${clientId}:1`);
    expect(await sut.rejected.count()).toBe(0);
  });

  it('removes deleted records, lets the last change of a record win, and undoes a pending create the server refused', async () => {
    const sut = await freshDb();
    const clientId = await seed(sut, upsert('groups', { id: 'g', name: 'G' }), upsert('persons', person('a')));
    const created = await enqueue(sut, 'group.create', {
      programId: 'p',
      kind: 'school',
      name: 'Mine',
      orgUnitId: 'u',
    });
    await applyPull(
      sut,
      clientId,
      pulled({
        cursor: 4,
        lastMutationId: 1,
        changes: [
          upsert('persons', person('a', { fullName: 'first' }), 2),
          { t: 'groups', id: 'g', v: 3 },
          upsert('persons', person('a', { fullName: 'second' }), 4),
        ],
        rejected: [
          {
            id: 1,
            name: 'group.create',
            args: created.args,
            error: { code: 'forbidden', message: 'no', details: [] },
          },
        ],
      }),
    );
    expect(await sut.rows('groups').count()).toBe(0);
    expect((await sut.rows('persons').get('a'))?.fullName).toBe('second');
  });
});
