import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core/types';
import { describe, expect, it } from 'vitest';
import { getMeta, type LocalDb } from '../../store/db';
import { applyPull } from '../../store/outbox';
import { localDbs } from '../../store/test-local-db';
import { planView } from './plan-queries';

const open = localDbs('plan-queries');
const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });
const sync = { createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T09:00:00Z', deletedAt: null, version: 1 };
const pair = {
  programId: 'p',
  groupId: 'g',
  ownerPersonId: 'a',
  partnerPersonId: 'mentor',
  authorPersonId: 'mentor',
  visibility: 'pair',
};

async function store(): Promise<LocalDb> {
  const db = await open();
  await applyPull(db, (await getMeta<string>(db, 'clientId')) ?? '', {
    cursor: 1,
    lastMutationId: 0,
    reset: true,
    scope: 's',
    more: false,
    rejected: [],
    changes: [
      row('persons', { id: 'mentor', fullName: 'Mimoza Krasniqi' }),
      row('persons', { id: 'a', fullName: 'Arben Gashi' }),
      row('groupMembers', {
        id: 'm0',
        groupId: 'g',
        personId: 'mentor',
        role: 'mentor',
        startDate: '2026-01-01',
        endDate: null,
      }),
      row('groupMembers', {
        id: 'm1',
        groupId: 'g',
        personId: 'a',
        role: 'mentee',
        startDate: '2026-01-01',
        endDate: null,
      }),
      row('needs', {
        id: 'n1',
        ...pair,
        ...sync,
        areaKey: 'assessment',
        level: 'basic',
        status: 'open',
        description: 'Tests',
      }),
      row('goals', { id: 'g1', ...pair, ...sync, title: 'Exit tickets', needIds: ['n1'], status: 'open' }),
      row('actions', {
        id: 'x2',
        ...pair,
        ...sync,
        goalId: 'g1',
        title: 'Later',
        assigneePersonId: 'mentor',
        dueDate: '2026-04-01',
        status: 'planned',
      }),
      row('actions', {
        id: 'x1',
        ...pair,
        ...sync,
        goalId: 'g1',
        title: 'First',
        assigneePersonId: 'a',
        dueDate: '2026-03-10',
        status: 'planned',
      }),
      row('actions', {
        id: 'x3',
        ...pair,
        ...sync,
        goalId: null,
        title: 'From the observation',
        assigneePersonId: 'a',
        dueDate: '2026-03-20',
        status: 'planned',
      }),
      row('actionReviews', { id: 'r1', ...pair, ...sync, actionId: 'x1', text: 'Done in 7B', uploadIds: [] }),
    ],
  });
  return db;
}

describe('planView', () => {
  it('gives the teacher their plan, actions by due date with their reviews, and their mentor as the pair', async () => {
    const sut = await planView(await store(), 'a', 'a', '2026-03-15');
    expect(sut.needs.map((n) => n.id)).toEqual(['n1']);
    expect(sut.goals.map((g) => [g.goal.id, g.actions.map((v) => v.action.id)])).toEqual([['g1', ['x1', 'x2']]]);
    expect(sut.goals[0]?.actions[0]?.reviews.map((r) => r.text)).toEqual(['Done in 7B']);
    expect(sut.otherActions.map((v) => v.action.id)).toEqual(['x3']);
    expect(sut.pair).toEqual({ groupId: 'g', ownerPersonId: 'a', partnerPersonId: 'mentor' });
    expect(sut.names).toMatchObject({ a: 'Arben Gashi', mentor: 'Mimoza Krasniqi' });
  });

  it('makes the mentor the partner of a mentee’s plan, and nobody else a pair', async () => {
    const db = await store();
    expect((await planView(db, 'a', 'mentor', '2026-03-15')).pair).toEqual({
      groupId: 'g',
      ownerPersonId: 'a',
      partnerPersonId: 'mentor',
    });
    expect((await planView(db, 'a', 'someone-else', '2026-03-15')).pair).toBeNull();
    // Outside the memberships' dates the mentor reads what the device holds but writes no more.
    expect((await planView(db, 'a', 'mentor', '2025-12-31')).pair).toBeNull();
  });
});
