import { describe, expect, it } from 'vitest';
import { cycleStage, type ObservationStatus } from './observation-types';

const o = (status: ObservationStatus) => ({ status, observerPersonId: 'obs', observedPersonId: 'teacher' });
const d = (selfReflection: string | null, observerReflection: string | null) => ({
  selfReflection,
  observerReflection,
});

describe(cycleStage.name, () => {
  it('walks the cycle: focus together, the observer observes, the teacher reflects first, then the observer, then both', () => {
    expect(cycleStage(o('scheduled'), d(null, null))).toEqual({
      stage: 'scheduled',
      dueNext: 'agree_focus',
      who: 'both',
      personIds: ['obs', 'teacher'],
    });
    expect(cycleStage(o('pre_conference_done'), d(null, null))).toMatchObject({
      dueNext: 'observe',
      personIds: ['obs'],
    });
    expect(cycleStage(o('observed'), d(null, null))).toMatchObject({ dueNext: 'self_reflect', personIds: ['teacher'] });
    expect(cycleStage(o('observed'), d('I rushed', null))).toMatchObject({
      dueNext: 'observer_reflect',
      who: 'observer',
    });
    expect(cycleStage(o('observed'), d('I rushed', 'Good pairs'))).toMatchObject({
      dueNext: 'agree_next_steps',
      who: 'both',
    });
    expect(cycleStage(o('post_conference_done'), d('a', 'b'))).toEqual({
      stage: 'post_conference_done',
      dueNext: null,
      who: null,
      personIds: [],
    });
  });

  it('asks the teacher for the self-reflection when a device does not hold the details yet', () => {
    expect(cycleStage(o('observed'), undefined)).toMatchObject({ dueNext: 'self_reflect' });
  });

  it('has nothing due in a cancelled cycle', () => {
    expect(cycleStage(o('cancelled'), d(null, null))).toMatchObject({ dueNext: null, who: null });
  });
});
