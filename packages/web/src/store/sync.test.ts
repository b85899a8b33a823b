import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { getMeta, type LocalDb } from './db';
import { type EngineEnv, SyncEngine } from './engine';
import { FakeSyncServer } from './fake-sync-server';
import { enqueue } from './outbox';
import { SyncError, syncOnce } from './sync';
import { localDbs } from './test-local-db';

const device = localDbs('sync-test');

function serverWithMentor() {
  const server = new FakeSyncServer();
  server.put('persons', { id: 'me', fullName: 'Mimoza Krasniqi', subjects: ['Mathematics'], phone: null });
  server.put('groups', { id: 'g', name: 'Gymnasium mentoring group' });
  return server;
}

const edit = (db: LocalDb, fields: Record<string, unknown>) => enqueue(db, 'person.update', { id: 'me', ...fields });

describe('syncOnce', () => {
  it('sends the phone clock and remembers how far it is off until the server finds it right (issue 10, kind 6)', async () => {
    const server = serverWithMentor();
    const sut = await device();
    await edit(sut, { fullName: 'Mimoza K.' });
    await syncOnce(sut, server, () => new Date('2027-03-15T09:00:00.000Z'));
    expect(server.pushes[0]?.deviceTime).toBe('2027-03-15T09:00:00.000Z');
    expect(await getMeta(sut, 'clockSkewSeconds')).toBe(365 * 86_400);
    await syncOnce(sut, server, () => new Date('2026-03-15T09:01:00.000Z'));
    expect(await getMeta(sut, 'clockSkewSeconds')).toBeNull();
  });

  it('pushes the whole outbox in order in one request, then pulls: the device ends equal to the server', async () => {
    const server = serverWithMentor();
    const sut = await device();
    await syncOnce(sut, server);
    expect(await sut.rows('groups').get('g')).toMatchObject({ name: 'Gymnasium mentoring group' });
    await edit(sut, { subjects: ['Mathematics', 'Astronomy'] });
    await edit(sut, { fullName: 'Mimoza K.' });
    await syncOnce(sut, server);
    expect(server.pushes.map((p) => p.mutations.map((m) => m.id))).toEqual([[1, 2]]);
    expect(server.get('persons', 'me')).toMatchObject({
      fullName: 'Mimoza K.',
      subjects: ['Mathematics', 'Astronomy'],
    });
    expect(await sut.outbox.count()).toBe(0);
    expect(await sut.rows('persons').get('me')).toEqual(server.get('persons', 'me'));
  });

  it('sends at most 1,000 mutations per request', async () => {
    const server = serverWithMentor();
    const sut = await device();
    await syncOnce(sut, server);
    for (let i = 0; i < 1203; i++) await edit(sut, { fullName: `Name ${i}` });
    await syncOnce(sut, server);
    expect(server.pushes.map((p) => p.mutations.length)).toEqual([1000, 203]);
    expect(server.pushes[1]?.mutations[0]?.id).toBe(1001);
    expect(server.get('persons', 'me')?.fullName).toBe('Name 1202');
  });

  it('keeps the outbox when the network fails, and a lost answer never applies a mutation twice', async () => {
    const server = serverWithMentor();
    const sut = await device();
    await syncOnce(sut, server);
    await edit(sut, { subjects: ['Physics'] });
    server.failNext = new SyncError(0, 'network');
    await expect(syncOnce(sut, server)).rejects.toMatchObject({ status: 0 });
    expect(await sut.outbox.count()).toBe(1);
    server.loseNextAnswer = true;
    await expect(syncOnce(sut, server)).rejects.toMatchObject({ status: 0 });
    expect(await sut.outbox.count()).toBe(1);
    const versionAfterApply = server.version;
    await edit(sut, { grades: ['11'] });
    await syncOnce(sut, server);
    expect(server.pushes.at(-1)?.mutations.map((m) => m.id)).toEqual([1, 2]);
    expect(server.version).toBe(versionAfterApply + 1); // mutation 1 was skipped, only 2 ran
    expect(await sut.outbox.count()).toBe(0);
  });

  it('keeps a refused change visible and goes on with the ones after it', async () => {
    const server = serverWithMentor();
    server.refuse = (m) =>
      (m.args as { phone?: string }).phone === '12'
        ? { code: 'validation_failed', message: 'Invalid', details: [{ path: 'phone', message: 'too short' }] }
        : null;
    const sut = await device();
    await syncOnce(sut, server);
    await edit(sut, { phone: '12' });
    await edit(sut, { subjects: ['Chemistry'] });
    await syncOnce(sut, server);
    expect(await sut.rows('persons').get('me')).toMatchObject({ phone: null, subjects: ['Chemistry'] });
    const [refused] = await sut.rejected.toArray();
    expect(refused).toMatchObject({ id: 1, args: { id: 'me', phone: '12' }, error: { code: 'validation_failed' } });
  });

  it('tells the server which refusals it holds, keeps them itself, and sends back the scope it was given', async () => {
    const server = serverWithMentor();
    server.refuse = (m) =>
      (m.args as { phone?: string }).phone === '12'
        ? { code: 'validation_failed', message: 'Invalid', details: [{ path: 'phone', message: 'too short' }] }
        : null;
    const pull = vi.spyOn(server, 'pull');
    const sut = await device();
    await syncOnce(sut, server);
    await edit(sut, { phone: '12' });
    await syncOnce(sut, server);
    expect(server.pushes.at(-1)?.acknowledged).toBe(1);
    expect(server.clients.get((await getMeta<string>(sut, 'clientId')) ?? '')?.rejected).toHaveLength(1);
    await edit(sut, { subjects: ['Chemistry'] });
    await syncOnce(sut, server);
    // The outbox now starts at 2: refusal 1 is on the phone, so the server may forget it.
    expect(server.pushes.at(-1)?.acknowledged).toBe(2);
    expect(server.clients.get((await getMeta<string>(sut, 'clientId')) ?? '')?.rejected).toEqual([]);
    expect(await sut.rejected.toArray()).toMatchObject([{ id: 1, args: { phone: '12' } }]);
    expect(pull.mock.calls.at(-1)?.[0]).toMatchObject({ scope: 'fake' });
  });

  it('pulls page after page until the server has no more', async () => {
    const server = serverWithMentor();
    for (let i = 0; i < 25; i++) server.put('orgUnits', { id: `u${i}`, name: `School ${i}` });
    server.pageSize = 10;
    const sut = await device();
    const pull = vi.spyOn(server, 'pull');
    await syncOnce(sut, server);
    expect(pull).toHaveBeenCalledTimes(3);
    expect(await sut.rows('orgUnits').count()).toBe(25);
    expect(await getMeta(sut, 'cursor')).toBe(server.version);
  });

  it('after a gap (409) pulls and pushes again from the start; a server that forgot the device gets a fresh client', async () => {
    const server = serverWithMentor();
    const sut = await device();
    await syncOnce(sut, server);
    await edit(sut, { fullName: 'One' });
    await edit(sut, { fullName: 'Two' });
    await syncOnce(sut, server);
    const oldClient = await getMeta<string>(sut, 'clientId');
    // Restored from a backup older than mutation 2: the server now expects 2, the device sends 3.
    server.forget(oldClient ?? '', 0);
    await edit(sut, { subjects: ['History'] });
    await syncOnce(sut, server);
    expect(await getMeta(sut, 'clientId')).not.toBe(oldClient);
    expect(server.get('persons', 'me')?.subjects).toEqual(['History']);
    expect(await sut.outbox.count()).toBe(0);
  });
});

/** A browser that is online and visible, with no events. */
const quietEnv = (online = true): EngineEnv => ({ online: () => online, visible: () => true, listen: () => () => {} });

describe('SyncEngine', () => {
  it('on a 401 keeps the outbox, stops and asks for a login; nothing is pushed', async () => {
    const server = serverWithMentor();
    const sut = await device();
    await edit(sut, { subjects: ['Music'] });
    const onSessionEnded = vi.fn();
    const engine = new SyncEngine(
      sut,
      server,
      {
        confirmSession: () => Promise.reject(new SyncError(401, 'unauthenticated')),
        onSessionEnded,
      },
      quietEnv(),
    );
    engine.start();
    await engine.syncNow();
    await vi.waitFor(() => expect(onSessionEnded).toHaveBeenCalled());
    expect(engine.phase.value).toBe('sessionEnded');
    expect(server.pushes).toEqual([]);
    expect(await sut.outbox.count()).toBe(1);
    engine.stop();
  });

  it('offline it waits; a network failure leaves the change pending and retries later', async () => {
    const server = serverWithMentor();
    const sut = await device();
    const offline = new SyncEngine(
      sut,
      server,
      { confirmSession: async () => {}, onSessionEnded: () => {} },
      quietEnv(false),
    );
    offline.start();
    await offline.syncNow();
    expect(offline.phase.value).toBe('offline');
    offline.stop();

    // Only the engine's timers: fake-indexeddb schedules its work with setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const engine = new SyncEngine(
        sut,
        server,
        { confirmSession: async () => {}, onSessionEnded: () => {} },
        quietEnv(),
      );
      engine.markSessionConfirmed();
      const entry = await edit(sut, { subjects: ['Art'] });
      server.failNext = new SyncError(0, 'network');
      engine.start();
      await vi.waitFor(() => expect(engine.phase.value).toBe('offline'));
      expect(await sut.outbox.count()).toBe(1);
      await vi.advanceTimersByTimeAsync(3500); // the first back-off is 2–3 s
      await vi.waitFor(() => expect(engine.phase.value).toBe('idle'));
      expect(await sut.outbox.get(entry.id)).toBeUndefined();
      expect(server.get('persons', 'me')?.subjects).toEqual(['Art']);
      engine.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('send() tells a screen whether its change was applied or refused', async () => {
    const server = serverWithMentor();
    server.refuse = (m) =>
      (m.args as { fullName?: string }).fullName === ''
        ? { code: 'validation_failed', message: 'x', details: [] }
        : null;
    const sut = await device();
    const engine = new SyncEngine(
      sut,
      server,
      { confirmSession: async () => {}, onSessionEnded: () => {} },
      quietEnv(),
    );
    engine.start();
    expect(await engine.send((await edit(sut, { fullName: 'Ok' })).id)).toEqual({ status: 'applied' });
    const refused = await engine.send((await edit(sut, { fullName: '' })).id);
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'validation_failed' } });
    engine.stop();
  });
});
