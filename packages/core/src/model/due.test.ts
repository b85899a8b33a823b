import { describe, expect, it } from 'vitest';
import { addDays, type DueInput, dueItems } from './due';

const TODAY = '2026-03-10';
const action = (id: string, dueDate: string, more: Partial<DueInput['actions'][number]> = {}) => ({
  id,
  ownerPersonId: 'teacher',
  assigneePersonId: 'teacher',
  dueDate,
  status: 'planned' as const,
  deletedAt: null,
  title: `Action ${id}`,
  ...more,
});
const observation = (id: string, status: DueInput['observations'][number]['status'], scheduledFor: string) => ({
  id,
  observerPersonId: 'mentor',
  observedPersonId: 'teacher',
  status,
  scheduledFor,
  deletedAt: null,
});
const meeting = (id: string, scheduledFor: string, more: Partial<DueInput['meetings'][number]> = {}) => ({
  id,
  kind: 'group_meeting' as const,
  status: 'scheduled' as const,
  scheduledFor,
  deletedAt: null,
  title: `Meeting ${id}`,
  createdByPersonId: 'mentor',
  menteePersonId: null,
  ...more,
});
const empty: DueInput = { actions: [], observations: [], details: new Map(), meetings: [] };

describe(dueItems.name, () => {
  it('lists overdue actions and those due within a week, not later ones nor finished ones', () => {
    const items = dueItems(
      {
        ...empty,
        actions: [
          action('late', '2026-03-01'),
          action('today', TODAY),
          action('last-soon-day', addDays(TODAY, 6)),
          action('next-week', addDays(TODAY, 7)),
          action('done', '2026-03-01', { status: 'done' }),
          action('dropped', '2026-03-01', { status: 'dropped' }),
          action('deleted', '2026-03-01', { deletedAt: '2026-03-02T00:00:00Z' }),
          action('other-teacher', '2026-03-01', { ownerPersonId: 'someone', assigneePersonId: 'someone' }),
        ],
      },
      'teacher',
      TODAY,
    );
    expect(items.map((i) => [i.id, i.overdue])).toEqual([
      ['late', true],
      ['today', false],
      ['last-soon-day', false],
    ]);
    expect(items[0]).toMatchObject({ kind: 'action', title: 'Action late', whosePersonIds: ['teacher'], at: null });
  });

  it("names whose turn an action is: the mentor's action in the teacher's plan is the mentor's", () => {
    const [item] = dueItems(
      { ...empty, actions: [action('a', TODAY, { assigneePersonId: 'mentor' })] },
      'teacher',
      TODAY,
    );
    expect(item?.whosePersonIds).toEqual(['mentor']);
  });

  it('lists open cycles with their next step and whose it is: the teacher reflects first, then the observer', () => {
    const observations = [
      observation('o1', 'observed', '2026-03-05T08:00:00.000Z'),
      observation('o2', 'observed', '2026-03-06T08:00:00.000Z'),
      observation('done', 'post_conference_done', '2026-03-01T08:00:00.000Z'),
      observation('cancelled', 'cancelled', '2026-03-01T08:00:00.000Z'),
      { ...observation('others', 'scheduled', '2026-03-01T08:00:00.000Z'), observedPersonId: 'someone' },
    ];
    const details = new Map([['o2', { selfReflection: 'I rushed the end', observerReflection: null }]]);
    const items = dueItems({ ...empty, observations, details }, 'teacher', TODAY);
    expect(items.map((i) => [i.id, i.step, i.whosePersonIds, i.dueDate])).toEqual([
      ['o1', 'self_reflect', ['teacher'], '2026-03-05'],
      ['o2', 'observer_reflect', ['mentor'], '2026-03-06'],
    ]);
  });

  it('shows only the next scheduled meeting of the person, skipping past, cancelled and other pairs’ one-to-ones', () => {
    const meetings = [
      meeting('past', '2026-03-09T09:00:00.000Z'),
      meeting('cancelled', '2026-03-11T09:00:00.000Z', { status: 'cancelled' }),
      meeting('other-pair', '2026-03-11T10:00:00.000Z', { kind: 'one_to_one', menteePersonId: 'someone' }),
      meeting('mine', '2026-03-12T09:00:00.000Z', { kind: 'one_to_one', menteePersonId: 'teacher' }),
      meeting('group', '2026-03-20T09:00:00.000Z'),
    ];
    expect(dueItems({ ...empty, meetings }, 'teacher', TODAY)).toEqual([
      {
        kind: 'meeting',
        id: 'mine',
        dueDate: '2026-03-12',
        at: '2026-03-12T09:00:00.000Z',
        overdue: false,
        step: null,
        whosePersonIds: ['mentor', 'teacher'],
        title: 'Meeting mine',
      },
    ]);
  });

  it('sorts everything by due date, actions before cycles before meetings on one day', () => {
    const items = dueItems(
      {
        actions: [action('a-12', '2026-03-12'), action('a-01', '2026-03-01')],
        observations: [observation('o-12', 'scheduled', '2026-03-12T07:00:00.000Z')],
        details: new Map(),
        meetings: [meeting('m-12', '2026-03-12T06:00:00.000Z')],
      },
      'teacher',
      TODAY,
    );
    expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual([
      'action:a-01',
      'action:a-12',
      'observation:o-12',
      'meeting:m-12',
    ]);
  });

  it('is empty when nothing is due', () => {
    expect(dueItems(empty, 'teacher', TODAY)).toEqual([]);
  });
});

describe(addDays.name, () => {
  it('crosses months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
