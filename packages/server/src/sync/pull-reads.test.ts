import { randomUUID } from 'node:crypto';
import type { Actor, PullResponse } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, makeWorld, type World } from '../../test/world';
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
});
