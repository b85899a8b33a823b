// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { Meeting } from '@mentora/core/types';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDb } from '../../store/device';
import { localDbs } from '../../store/test-local-db';
import { mount, submit } from '../../ui/test-dom';
import { AttendanceEditor } from './attendance';
import type { MeetingShown } from './queries';

const freshDb = localDbs('attendance-test');
afterEach(() => {
  localDb.value = null;
});

const MEETING = '0190f5a0-0000-7000-8000-00000000000a';
const ARBEN = '0190f5a0-0000-7000-8000-00000000000b';
const BESA = '0190f5a0-0000-7000-8000-00000000000c';
const meeting: Meeting = {
  id: MEETING,
  programId: 'p',
  groupId: 'g',
  kind: 'group_meeting',
  title: 'Exit tickets',
  scheduledFor: '2026-03-12T13:00:00.000Z',
  durationMinutes: 90,
  endsOn: null,
  status: 'scheduled',
  heldAt: null,
  createdByPersonId: 'mentor',
  menteePersonId: null,
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
};
const shown: MeetingShown = {
  meeting,
  attendance: [],
  notes: null,
  artefacts: [],
  attendees: [
    { personId: ARBEN, fullName: 'Arben Gashi', role: 'mentee' },
    { personId: BESA, fullName: 'Besa Mustafa', role: 'mentee' },
  ],
  goals: [],
};

describe(AttendanceEditor.name, () => {
  it('marks a teacher present with one tap, hours taken from the meeting’s length, and saves on the phone', async () => {
    const db = await freshDb();
    localDb.value = db;
    const root = await mount(<AttendanceEditor shown={shown} />);
    const [arben] = [...root.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
    const hours = () => [...root.querySelectorAll<HTMLInputElement>('input[inputmode="decimal"]')];
    expect(hours().map((h) => [h.value, h.disabled])).toEqual([
      ['1.5', true],
      ['1.5', true],
    ]);
    await act(() => arben?.click());
    expect(arben?.getAttribute('aria-pressed')).toBe('true');
    expect(hours()[0]?.disabled).toBe(false);

    await submit(root.querySelector('form'));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [entry] = await db.outbox.toArray();
    expect(entry?.name).toBe('meeting.recordAttendance');
    expect(entry?.args).toEqual({
      id: MEETING,
      entries: [
        { personId: ARBEN, present: true, hours: 1.5 },
        { personId: BESA, present: false, hours: 0 },
      ],
    });
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="saved-note"]')?.textContent).toMatch(/Saved on this phone/),
    );
  });
});
