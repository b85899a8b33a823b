// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { MeetingNote } from '@mentora/core/types';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDb } from '../../store/device';
import { localDbs } from '../../store/test-local-db';
import { mount, submit } from '../../ui/test-dom';
import { NotesEditor, NotesView } from './meeting-notes';
import type { GoalChoice } from './queries';

const freshDb = localDbs('meeting-notes-test');
afterEach(() => {
  localDb.value = null;
});

const MEETING = '0190f5a0-0000-7000-8000-00000000000a';
const goals: GoalChoice[] = [
  { id: 'ga', title: 'Exit tickets in every lesson', ownerName: 'Arben Gashi' },
  { id: 'gb', title: 'Group work in chemistry', ownerName: 'Besa Mustafa' },
];
const notes: MeetingNote = {
  id: MEETING,
  meetingId: MEETING,
  programId: 'p',
  groupId: 'g',
  ownerPersonId: 'mentor',
  partnerPersonId: null,
  authorPersonId: 'mentor',
  visibility: 'group',
  agenda: null,
  notes: null,
  outcomes: 'Everyone tries exit tickets next week',
  goalIds: ['gb'],
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
};

describe('meeting outcomes linked to goals', () => {
  it('the notes form lists the members’ goals by title and saves the ones ticked', async () => {
    const db = await freshDb();
    localDb.value = db;
    const root = await mount(<NotesEditor meetingId={MEETING} notes={notes} goals={goals} />);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
    expect(boxes.map((b) => [b.closest('label')?.textContent, b.checked])).toEqual([
      ['Exit tickets in every lesson · Arben Gashi', false],
      ['Group work in chemistry · Besa Mustafa', true],
    ]);
    await act(() => boxes[0]?.click());
    await submit(root.querySelector('form'));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [entry] = await db.outbox.toArray();
    expect(entry?.name).toBe('meeting.writeNotes');
    expect(entry?.args).toEqual({ id: MEETING, goalIds: ['gb', 'ga'] });
  });

  it('says so when the phone holds no goal of the group', async () => {
    const root = await mount(<NotesEditor meetingId={MEETING} notes={null} goals={[]} />);
    expect(root.querySelector('fieldset')?.textContent).toMatch(/No goals of the group on this phone yet/);
  });

  it('the meeting page shows the linked goals’ titles', async () => {
    const root = await mount(<NotesView notes={notes} goals={goals} />);
    expect([...root.querySelectorAll('[data-testid="linked-goals"] li')].map((li) => li.textContent)).toEqual([
      'Group work in chemistry',
    ]);
  });
});
