import { describe, expect, it } from 'vitest';
import { applyMutation } from '../mutators/index';
import { MemoryRows } from '../mutators/memory-rows';
import { type Goal, overdueActions } from './plan';
import { AddAction, RecordNeed } from './plan-inputs';

const A = '0190f5c2-6d7e-7a00-8000-000000000001';
const B = '0190f5c2-6d7e-7a00-8000-000000000002';
const G = '0190f5c2-6d7e-7a00-8000-000000000003';

describe('overdueActions', () => {
  const act = (
    dueDate: string,
    status: 'planned' | 'in_progress' | 'done' | 'dropped',
    deletedAt: string | null = null,
  ) => ({
    dueDate,
    status,
    deletedAt,
  });

  it('flags open actions due before today, not those due today, done, dropped or deleted', () => {
    const late = act('2026-03-14', 'planned');
    const started = act('2026-01-01', 'in_progress');
    const sut = overdueActions(
      [
        late,
        started,
        act('2026-03-15', 'planned'),
        act('2026-03-01', 'done'),
        act('2026-03-01', 'dropped'),
        act('2026-03-01', 'planned', 'x'),
      ],
      '2026-03-15',
    );
    expect(sut).toEqual([late, started]);
  });
});

describe('plan inputs', () => {
  const need = {
    groupId: G,
    ownerPersonId: A,
    partnerPersonId: B,
    level: 'basic',
    areaKey: 'assessment',
    source: 'meeting',
    description: ' Tests that check understanding ',
  };

  it('a need defaults to the pair, with no module, and trims its description', () => {
    expect(RecordNeed.parse(need)).toMatchObject({
      visibility: 'pair',
      moduleId: null,
      description: 'Tests that check understanding',
    });
  });

  it('refuses a need whose mentor is the teacher, an unknown level and a malformed area key', () => {
    expect(RecordNeed.safeParse({ ...need, partnerPersonId: A }).success).toBe(false);
    expect(RecordNeed.safeParse({ ...need, level: 'advanced' }).success).toBe(false);
    expect(RecordNeed.safeParse({ ...need, areaKey: 'Class Room' }).success).toBe(false);
  });

  it('an action needs a real date and starts planned', () => {
    expect(
      AddAction.safeParse({ goalId: G, title: 'Prepare a test', assigneePersonId: A, dueDate: '2026-02-30' }).success,
    ).toBe(false);
    expect(
      AddAction.parse({ goalId: G, title: 'Prepare a test', assigneePersonId: A, dueDate: '2026-04-01' }).status,
    ).toBe('planned');
  });
});

describe('plan mutators', () => {
  it("an action added on a device belongs to its goal's pair at once", async () => {
    const rows = new MemoryRows();
    const goal: Goal = {
      id: G,
      programId: 'p',
      groupId: 'g',
      ownerPersonId: A,
      partnerPersonId: B,
      authorPersonId: B,
      visibility: 'pair',
      title: 'Assessment for learning',
      needIds: [],
      status: 'open',
      createdAt: 'x',
      updatedAt: 'x',
      deletedAt: null,
      version: 1,
    };
    await rows.put('goals', goal);
    await applyMutation(
      rows,
      'action.add',
      { id: 'act1', goalId: G, title: ' Prepare a test together ', assigneePersonId: B, dueDate: '2026-04-01' },
      '2026-03-15T10:00:00.000Z',
    );
    expect(await rows.find('actions', 'goalId', G)).toMatchObject([
      {
        id: 'act1',
        ownerPersonId: A,
        partnerPersonId: B,
        programId: 'p',
        title: 'Prepare a test together',
        status: 'planned',
      },
    ]);
  });
});
