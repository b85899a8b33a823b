import { randomUUID } from 'node:crypto';
import type { Actor, PullResponse } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeWorld, type World } from '../../test/world';
import { nextVersion } from '../db/version';
import { loadActor } from '../modules/auth/queries';
import { type PullDeps, pull } from './pull';

/**
 * Issue 7, build point 2: each sync table is asked in SQL for the working set inside the version
 * window, so an up-to-date device's pull reads no row however long the user's history, and a
 * pull after one change reads that change.
 */
describe('a pull reads only what changed', () => {
  let w: World;
  let actor: Actor;
  const read = new Map<string, number>();
  let deps: PullDeps;
  beforeAll(async () => {
    w = await makeWorld();
    const user = await w.handle.db
      .selectFrom('users')
      .selectAll()
      .where('personId', '=', w.people.mentor)
      .executeTakeFirstOrThrow();
    actor = await loadActor(w.handle.db, user, '2026-03-15');
    deps = {
      db: w.handle.db,
      clock: fixedClock,
      syncTables: w.app.deps.syncTables,
      meter: (t, n) => read.set(t, (read.get(t) ?? 0) + n),
    };
  });
  afterAll(() => w.close());

  const total = () => [...read.values()].reduce((a, b) => a + b, 0);
  async function pullFrom(clientId: string, cursor: number, scope?: string): Promise<PullResponse> {
    read.clear();
    return pull(deps, actor, { clientId, cursor, ...(scope ? { scope } : {}) });
  }

  it('reads no row when nothing changed, however many rows the working set has', async () => {
    const admin = await w.as('admin');
    // History in the mentor's group: memberships added and ended, all before the device's cursor.
    for (let i = 0; i < 20; i++) {
      const p = await admin.send('POST', '/api/persons', { programId: w.programId, fullName: `Former mentee ${i}` });
      const m = await admin.send('POST', `/api/groups/${w.groupId}/members`, {
        personId: p.json().id,
        role: 'mentee',
        startDate: '2025-01-01',
        endDate: '2025-06-30',
      });
      expect(m.statusCode).toBe(201);
    }
    const device = randomUUID();
    const full = await pullFrom(device, 0);
    expect(full.reset).toBe(true);
    expect(read.get('groupMembers')).toBeGreaterThanOrEqual(20);
    const empty = await pullFrom(device, full.cursor, full.scope);
    expect(empty).toMatchObject({ reset: false, changes: [] });
    expect(total()).toBe(0);
  });

  it('reads the one changed row after one change', async () => {
    const device = randomUUID();
    const full = await pullFrom(device, 0);
    const admin = await w.as('admin');
    expect((await admin.send('PATCH', `/api/groups/${w.groupId}`, { name: 'Renamed cluster group' })).statusCode).toBe(
      200,
    );
    const next = await pullFrom(device, full.cursor, full.scope);
    expect(next.changes.map((c) => [c.t, c.id])).toEqual([['groups', w.groupId]]);
    expect(total()).toBe(1);
  });

  it('pages a catch-up in SQL: each page reads about a page per table, pages join to the whole set, no version is split', async () => {
    const admin = await w.as('admin');
    // 30 more people in the group, each person and membership written in its own version.
    for (let i = 0; i < 30; i++) {
      const p = await admin.send('POST', '/api/persons', { programId: w.programId, fullName: `Paged mentee ${i}` });
      await admin.send('POST', `/api/groups/${w.groupId}/members`, {
        personId: p.json().id,
        role: 'mentee',
        startDate: '2026-01-01',
      });
    }
    const device = randomUUID();
    const whole = await pullFrom(device, 0);
    expect(whole.more).toBe(false);
    const paged = { ...deps, pageSize: 7 };
    const pages: PullResponse[] = [];
    let res = await pull(paged, actor, { clientId: device, cursor: 0 });
    pages.push(res);
    for (let n = 0; res.more && n < 100; n++) {
      read.clear();
      res = await pull(paged, actor, { clientId: device, cursor: res.cursor, scope: res.scope });
      pages.push(res);
      // One page reads at most pageSize + 1 rows of each table, however long the history behind it.
      for (const [t, rows] of read) if (t !== 'conflictCopies') expect(rows, t).toBeLessThanOrEqual(8);
    }
    expect(pages.length).toBeGreaterThan(5);
    expect(res.more).toBe(false);
    const key = (c: { t: string; id: string }) => `${c.t}:${c.id}`;
    const live = new Map<string, number>();
    for (const page of pages)
      for (const c of page.changes) c.d === undefined ? live.delete(key(c)) : live.set(key(c), c.v);
    expect([...live.keys()].sort()).toEqual(whole.changes.map(key).sort());
    // A version's rows arrive on one page: the versions of consecutive pages do not overlap.
    for (let i = 1; i < pages.length; i++) {
      const before = Math.max(...(pages[i - 1] as PullResponse).changes.map((c) => c.v), 0);
      for (const c of (pages[i] as PullResponse).changes) expect(c.v).toBeGreaterThan(before);
    }
  });

  it('a version with more rows than a page comes whole on one page', async () => {
    // One transaction that touches every membership of the group (as an import does): one version.
    await w.handle.db.transaction().execute(async (trx) => {
      const v = await nextVersion(trx);
      await trx.updateTable('groupMembers').set({ version: v }).where('groupId', '=', w.groupId).execute();
    });
    const device = randomUUID();
    const all = await pullFrom(device, 0);
    const rowsOf = new Map<number, number>();
    for (const c of all.changes) rowsOf.set(c.v, (rowsOf.get(c.v) ?? 0) + 1);
    expect(Math.max(...rowsOf.values())).toBeGreaterThan(20);
    let res = await pull({ ...deps, pageSize: 1 }, actor, { clientId: device, cursor: 0 });
    const seen = new Map<number, number>();
    for (let n = 0; n < 500; n++) {
      const onPage = new Map<number, number>();
      for (const c of res.changes) onPage.set(c.v, (onPage.get(c.v) ?? 0) + 1);
      for (const [v, k] of onPage) {
        expect(seen.has(v), `version ${v} split across pages`).toBe(false);
        expect(k, `version ${v}`).toBe(rowsOf.get(v));
        seen.set(v, k);
      }
      if (!res.more) break;
      res = await pull({ ...deps, pageSize: 1 }, actor, { clientId: device, cursor: res.cursor, scope: res.scope });
    }
    expect(res.more).toBe(false);
    expect(seen).toEqual(rowsOf);
  });
});
