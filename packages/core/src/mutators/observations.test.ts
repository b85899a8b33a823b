import { describe, expect, it } from 'vitest';
import { defaultLessonObservationInstrument } from '../model/default-instrument';
import type { Group } from '../model/group';
import { mutators } from './index';
import { MemoryRows } from './memory-rows';

const NOW = '2026-03-20T08:30:00.000Z';
const sync = { createdAt: 'x', updatedAt: 'x', deletedAt: null, version: 1 };
const group: Group = { id: 'g', programId: 'p', kind: 'school', name: 'Drenas 1', orgUnitId: 'u', ...sync };

function device() {
  const sut = new MemoryRows();
  sut.table('groups').set('g', group);
  sut.table('instrumentVersions').set('v1', {
    id: 'v1',
    instrumentId: 'i',
    programId: 'p',
    number: 1,
    definition: defaultLessonObservationInstrument,
    publishedAt: 'x',
    frozenAt: null,
    ...sync,
  });
  return sut;
}
const schedule = {
  id: 'o',
  groupId: 'g',
  observerPersonId: 'mentor',
  observedPersonId: 'teacher',
  direction: 'mentor_to_mentee' as const,
  instrumentVersionId: 'v1',
  scheduledFor: '2026-03-20T08:00:00.000Z',
};

describe('observation mutators (what the phone shows at once, offline)', () => {
  it('schedules a cycle with its empty details, owned by the teacher and the observer', async () => {
    const sut = device();
    await mutators['observation.schedule'].apply(sut, schedule, NOW);
    expect(await sut.get('observations', 'o')).toMatchObject({ status: 'scheduled', programId: 'p' });
    expect(await sut.get('observationDetails', 'o')).toMatchObject({
      ownerPersonId: 'teacher',
      partnerPersonId: 'mentor',
      visibility: 'pair',
      focusItemKeys: [],
    });
  });

  it('keeps one response per item: a second answer replaces the first', async () => {
    const sut = device();
    await mutators['observation.schedule'].apply(sut, schedule, NOW);
    await mutators['observation.respond'].apply(
      sut,
      { id: 'r1', observationId: 'o', itemKey: 'planning-flow', value: 2 },
      NOW,
    );
    await mutators['observation.respond'].apply(
      sut,
      { id: 'r2', observationId: 'o', itemKey: 'planning-flow', value: 3 },
      NOW,
    );
    expect([...sut.table('observationResponses').values()].map((r) => [r.id, r.itemType, r.value])).toEqual([
      ['r1', 'scale_1_4', 3],
    ]);
  });

  it("holds the observer's reflection back until the teacher's self-reflection exists, as the server does", async () => {
    const sut = device();
    await mutators['observation.schedule'].apply(sut, schedule, NOW);
    await mutators['observation.record'].apply(sut, { id: 'o', classSize: 20 }, NOW);
    await mutators['observation.reflect'].apply(sut, { id: 'o', observerReflection: 'Too early' }, NOW);
    expect((await sut.get('observationDetails', 'o'))?.observerReflection).toBeNull();
    await mutators['observation.selfReflect'].apply(sut, { id: 'o', selfReflection: ' Calm ' }, NOW);
    await mutators['observation.reflect'].apply(sut, { id: 'o', observerReflection: 'Good' }, NOW);
    expect(await sut.get('observationDetails', 'o')).toMatchObject({
      selfReflection: 'Calm',
      observerReflection: 'Good',
    });
    await mutators['observation.agreeNextSteps'].apply(
      sut,
      { id: 'o', nextSteps: [{ id: 'a1', title: ' Use a timer ', dueDate: '2026-04-01' }] },
      NOW,
    );
    expect(await sut.get('observations', 'o')).toMatchObject({ status: 'post_conference_done', observedAt: NOW });
    // The agreed step shows in the teacher's plan at once, as the action the server will make.
    expect(await sut.get('actions', 'a1')).toMatchObject({
      ownerPersonId: 'teacher',
      assigneePersonId: 'teacher',
      observationId: 'o',
      title: 'Use a timer',
      dueDate: '2026-04-01',
      status: 'planned',
    });
  });
});
