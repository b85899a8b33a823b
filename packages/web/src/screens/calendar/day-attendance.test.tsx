// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { Meeting } from '@mentora/core/types';
import { options, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDb } from '../../store/device';
import { localDbs } from '../../store/test-local-db';
import { mount, submit } from '../../ui/test-dom';
import { DayList, PersonRow } from './day-attendance';
import type { MeetingDaysShown } from './queries';

const freshDb = localDbs('day-attendance-test');
afterEach(() => {
  localDb.value = null;
});

const MEETING = '0190f5a0-0000-7000-8000-0000000000aa';
const person = (i: number) => `0190f5a0-0000-7000-8000-${String(i).padStart(12, '0')}`;
const meeting: Meeting = {
  id: MEETING,
  programId: 'p',
  groupId: 'g',
  kind: 'cluster_meeting',
  title: 'March cluster meeting',
  scheduledFor: '2026-03-02T04:00:00.000Z',
  durationMinutes: 300,
  endsOn: '2026-03-03',
  status: 'scheduled',
  heldAt: null,
  createdByPersonId: 'mentor',
  menteePersonId: null,
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
};
// A cluster of forty: the phone must not redraw all of them on every tap.
const shown: MeetingDaysShown = {
  meeting,
  days: ['2026-03-02', '2026-03-03'],
  start: '09:00',
  people: Array.from({ length: 40 }, (_, i) => ({ personId: person(i), fullName: `Teacher ${i}`, row: undefined })),
  rows: [],
};

/** Counts how often rows are drawn: preact's `diffed` hook sees every component render. */
function countRows() {
  const counter = { n: 0 };
  const before = options.diffed;
  options.diffed = (vnode: VNode) => {
    if (vnode.type === PersonRow) counter.n += 1;
    before?.(vnode);
  };
  return { counter, stop: () => (options.diffed = before) };
}

describe(DayList.name, () => {
  it('redraws only the tapped row, shows the hours of a late arrival, and saves the day in one command', async () => {
    const db = await freshDb();
    localDb.value = db;
    const root = await mount(<DayList shown={shown} day="2026-03-02" />);
    const toggles = () => [...root.querySelectorAll<HTMLButtonElement>('li button[aria-pressed]')];
    expect(toggles()).toHaveLength(40);

    const { counter, stop } = countRows();
    await act(() => toggles()[3]?.click());
    stop();
    expect(counter.n).toBe(1);
    expect(toggles()[3]?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[data-testid="present-count"]')?.textContent).toBe('1 of 40 present');

    // Teacher 3 came at 10:30 of a 09:00–14:00 day: 3.5 hours.
    const row = root.querySelectorAll('li')[3] as HTMLElement;
    await act(() => row.querySelector<HTMLButtonElement>('button:not([aria-pressed])')?.click());
    const arrived = row.querySelector<HTMLInputElement>('input[type="time"]');
    await act(() => {
      if (!arrived) return;
      arrived.value = '10:30';
      arrived.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(row.textContent).toContain('present, 3.5 h');

    await submit(root.querySelector('form'));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [entry] = await db.outbox.toArray();
    expect(entry?.name).toBe('meeting.recordDayAttendance');
    const args = entry?.args as {
      day: string;
      entries: { personId: string; present: boolean; arrivedAt: string | null }[];
    };
    expect(args.day).toBe('2026-03-02');
    expect(args.entries).toHaveLength(40);
    expect(args.entries.filter((e) => e.present)).toEqual([
      { personId: person(3), present: true, arrivedAt: '10:30', leftAt: null },
    ]);
  });
});
