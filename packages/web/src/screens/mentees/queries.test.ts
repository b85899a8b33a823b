import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core/types';
import { describe, expect, it } from 'vitest';
import { getMeta, type LocalDb } from '../../store/db';
import { applyPull, enqueue } from '../../store/outbox';
import { localDbs } from '../../store/test-local-db';
import { dueFor, menteeHub } from './queries';

const open = localDbs('mentee-hub');
const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });
const sync = { createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T09:00:00Z', deletedAt: null, version: 1 };
const TODAY = '2026-03-10';
const pair = (ownerPersonId: string) => ({
  programId: 'p',
  groupId: 'g',
  ownerPersonId,
  partnerPersonId: 'mentor',
  authorPersonId: 'mentor',
  visibility: 'pair',
});
const member = (id: string, personId: string, role: string, endDate: string | null = null) =>
  row('groupMembers', { id, groupId: 'g', personId, role, startDate: '2026-01-01', endDate, ...sync });
const action = (id: string, ownerPersonId: string, dueDate: string, extra: Record<string, unknown> = {}) =>
  row('actions', {
    id,
    ...pair(ownerPersonId),
    ...sync,
    goalId: null,
    observationId: null,
    title: `Action ${id}`,
    assigneePersonId: ownerPersonId,
    dueDate,
    status: 'planned',
    ...extra,
  });
const observation = (id: string, observerPersonId: string, observedPersonId: string, status: string) =>
  row('observations', {
    id,
    programId: 'p',
    groupId: 'g',
    observerPersonId,
    observedPersonId,
    direction: observerPersonId === 'mentor' ? 'mentor_to_mentee' : 'mentee_to_mentor',
    instrumentVersionId: 'v1',
    scheduledFor: '2026-03-05T08:00:00.000Z',
    status,
    observedAt: null,
    ...sync,
  });
const details = (id: string, ownerPersonId: string) =>
  row('observationDetails', {
    id,
    ...pair(ownerPersonId),
    ...sync,
    focusItemKeys: [],
    focusNeedIds: [],
    subject: null,
    grade: null,
    topic: null,
    classSize: null,
    selfReflection: null,
    selfReflectedAt: null,
    observerReflection: null,
    observerReflectedAt: null,
    nextSteps: [],
  });
const meeting = (id: string, scheduledFor: string, extra: Record<string, unknown> = {}) =>
  row('meetings', {
    id,
    programId: 'p',
    groupId: 'g',
    kind: 'group_meeting',
    title: `Meeting ${id}`,
    scheduledFor,
    durationMinutes: 60,
    endsOn: null,
    status: 'scheduled',
    heldAt: null,
    createdByPersonId: 'mentor',
    menteePersonId: null,
    ...sync,
    ...extra,
  });
const reflection = (id: string, entryDate: string, visibility: string) =>
  row('reflections', {
    id,
    programId: 'p',
    groupId: 'g',
    ownerPersonId: 'a',
    partnerPersonId: 'mentor',
    authorPersonId: 'a',
    visibility,
    promptSetKey: 'default',
    answers: { describe: 'We tried exit tickets.' },
    linkedType: null,
    linkedId: null,
    entryDate,
    ...sync,
  });

/** The mentor's phone: a group with Arben (a) and Besa (b), Arben's plan, cycles, meetings and shared entries. */
async function mentorPhone(): Promise<LocalDb> {
  const db = await open();
  await applyPull(db, (await getMeta<string>(db, 'clientId')) ?? '', {
    cursor: 1,
    lastMutationId: 0,
    reset: true,
    scope: 's',
    more: false,
    rejected: [],
    changes: [
      row('groups', { id: 'g', programId: 'p', name: 'Gymnasium colleagues', orgUnitId: 'u', kind: 'school', ...sync }),
      row('persons', { id: 'mentor', fullName: 'Mimoza Krasniqi' }),
      row('persons', { id: 'a', fullName: 'Arben Gashi' }),
      row('persons', { id: 'b', fullName: 'Besa Mustafa' }),
      member('m0', 'mentor', 'mentor'),
      member('m1', 'a', 'mentee'),
      member('m2', 'b', 'mentee'),
      row('needs', {
        id: 'n1',
        ...pair('a'),
        ...sync,
        areaKey: 'assessment',
        level: 'specific',
        source: 'self',
        moduleId: null,
        description: 'Checking understanding',
        status: 'open',
        closedAt: null,
      }),
      row('goals', { id: 'g1', ...pair('a'), ...sync, title: 'Exit tickets', needIds: ['n1'], status: 'open' }),
      action('late', 'a', '2026-03-02', { goalId: 'g1' }),
      action('soon', 'a', '2026-03-12', { goalId: 'g1', assigneePersonId: 'mentor' }),
      action('later', 'a', '2026-04-30', { goalId: 'g1' }),
      action('besa', 'b', '2026-03-01'),
      observation('o-a', 'mentor', 'a', 'observed'),
      details('o-a', 'a'),
      observation('o-b', 'mentor', 'b', 'scheduled'),
      meeting('past', '2026-03-09T09:00:00.000Z'),
      meeting('b-1to1', '2026-03-11T09:00:00.000Z', { kind: 'one_to_one', menteePersonId: 'b' }),
      meeting('a-1to1', '2026-03-13T09:00:00.000Z', { kind: 'one_to_one', menteePersonId: 'a' }),
      reflection('r-old', '2026-02-20', 'pair'),
      reflection('r-new', '2026-03-08', 'author'),
    ],
  });
  return db;
}

describe('the mentee page reads the mentor’s phone', () => {
  it('gathers what is due for the mentee: late and soon actions, their turn in a cycle, their next one-to-one', async () => {
    const db = await mentorPhone();
    const hub = await menteeHub(db, 'a', 'mentor', TODAY);
    expect(hub?.due.map((i) => [i.kind, i.id, i.overdue, i.whoseNames])).toEqual([
      ['action', 'late', true, ['Arben Gashi']],
      ['observation', 'o-a', false, ['Arben Gashi']],
      ['action', 'soon', false, ['Mimoza Krasniqi']],
      ['meeting', 'a-1to1', false, ['Mimoza Krasniqi', 'Arben Gashi']],
    ]);
    expect(hub?.due.find((i) => i.id === 'o-a')).toMatchObject({ step: 'self_reflect', observedName: 'Arben Gashi' });
  });

  it('names the mentee and their group, summarises the plan, lists their cycles and shared portfolio entries', async () => {
    const db = await mentorPhone();
    const hub = await menteeHub(db, 'a', 'mentor', TODAY);
    expect(hub).toMatchObject({
      name: 'Arben Gashi',
      groups: [{ id: 'g', name: 'Gymnasium colleagues' }],
      mentoredByMe: true,
      plan: { openNeeds: 1, openGoals: 1, openActions: 3, overdueActions: 1 },
    });
    expect(hub?.observations.map((c) => [c.o.id, c.otherName, c.stage.dueNext])).toEqual([
      ['o-a', 'Mimoza Krasniqi', 'self_reflect'],
    ]);
    expect(hub?.portfolio.map((r) => r.id)).toEqual(['r-new', 'r-old']);
    expect(await menteeHub(db, 'not-here', 'mentor', TODAY)).toBeUndefined();
    expect((await menteeHub(db, 'a', 'b', TODAY))?.mentoredByMe).toBe(false);
  });

  it('moves the cycle to the observer’s turn as soon as the teacher’s self-reflection is on the phone', async () => {
    const db = await mentorPhone();
    await enqueue(db, 'observation.selfReflect', { id: 'o-a', selfReflection: 'The end was rushed.' });
    const item = (await dueFor(db, 'a', TODAY)).find((i) => i.id === 'o-a');
    expect(item).toMatchObject({ step: 'observer_reflect', whoseNames: ['Mimoza Krasniqi'] });
  });

  it('drops an action from what is due once it is marked done offline', async () => {
    const db = await mentorPhone();
    await enqueue(db, 'action.update', { id: 'late', status: 'done' });
    expect((await dueFor(db, 'a', TODAY)).map((i) => i.id)).not.toContain('late');
  });
});
