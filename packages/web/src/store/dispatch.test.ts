import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../app/api';
import { dispatch, inputProblems, localDb } from './device';
import { localDbs } from './test-local-db';

const freshDb = localDbs('dispatch-test');
const ID = '0190f5a0-0000-7000-8000-000000000001';
const PROGRAM = '0190f5a0-0000-7000-8000-000000000002';

afterEach(() => {
  localDb.value = null;
});

describe('a write is checked on the device with core schemas before it is queued (ADR 0018)', () => {
  it('names the field and the rule, as the server would', async () => {
    expect(await inputProblems('person.update', { id: ID, yearsExperience: -1 })).toEqual([
      { path: 'yearsExperience', message: expect.stringMatching(/>=\s*0/) },
    ]);
    expect(await inputProblems('person.update', { id: ID, fullName: 'Shazia Baloch' })).toBeNull();
  });

  it('an invalid entry is refused at once, offline too, and nothing waits in the outbox', async () => {
    const db = await freshDb();
    localDb.value = db;
    const refused = await dispatch('person.create', { programId: PROGRAM, fullName: '   ' }).catch((e) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 400, code: 'validation_failed', details: [{ path: 'fullName' }] });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.rows('persons').count()).toBe(0);

    const queued = await dispatch('person.create', { programId: PROGRAM, fullName: 'Shazia Baloch' });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.rows('persons').get(String(queued.args.id))).toMatchObject({ fullName: 'Shazia Baloch' });
  });
});

describe('a full phone (issue 10, kind 8)', () => {
  it('says the storage is full, queues nothing, and leaves the earlier outbox as it was', async () => {
    const db = await freshDb();
    localDb.value = db;
    await dispatch('person.create', { programId: PROGRAM, fullName: 'Shazia Baloch' });
    const add = db.outbox.add.bind(db.outbox);
    db.outbox.add = (() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as typeof db.outbox.add;
    const refused = await dispatch('person.create', { programId: PROGRAM, fullName: 'Naseem Bibi' }).catch((e) => e);
    db.outbox.add = add;
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 507, code: 'storage_full' });
    expect(await db.outbox.count()).toBe(1);
    expect((await db.rows('persons').toArray()).map((p) => p.fullName)).toEqual(['Shazia Baloch']);
  });
});
