// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { MeResponse as Me, Meeting } from '@mentora/core/types';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { me } from '../../app/session';
import { localDb } from '../../store/device';
import { localDbs } from '../../store/test-local-db';
import { byLabel, mount, submit } from '../../ui/test-dom';
import { GiveFeedback } from './give-feedback';

const freshDb = localDbs('give-feedback-test');
afterEach(() => {
  localDb.value = null;
  me.value = null;
});

const MEETING = '0190f5a0-0000-7000-8000-00000000000a';
const SHAZIA = '0190f5a0-0000-7000-8000-00000000000b';
const meeting: Meeting = {
  id: MEETING,
  programId: 'p',
  groupId: 'g',
  kind: 'group_meeting',
  title: 'Cluster day: reading aloud',
  scheduledFor: new Date(Date.now() - 86400_000).toISOString(),
  durationMinutes: 240,
  endsOn: null,
  status: 'held',
  heldAt: null,
  createdByPersonId: 'mentor',
  menteePersonId: null,
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
};

async function phone(present: boolean) {
  const db = await freshDb();
  localDb.value = db;
  me.value = { userId: 'u', personId: SHAZIA, systemAdmin: false, roles: [], groups: [] } as unknown as Me;
  await db.rows('meetings').put(meeting);
  await db.rows('meetingAttendance').put({
    id: 'a1',
    meetingId: MEETING,
    groupId: 'g',
    personId: SHAZIA,
    present,
    hours: present ? 4 : 0,
    createdAt: 'x',
    updatedAt: 'x',
    deletedAt: null,
    version: 1,
  });
  return db;
}

describe(GiveFeedback.name, () => {
  it('an attendee picks a rating and writes a comment; the phone queues it and says thank you at once', async () => {
    const db = await phone(true);
    const root = await mount(<GiveFeedback meetingId={MEETING} />);
    await vi.waitFor(() => expect(root.querySelectorAll('input[type="radio"]')).toHaveLength(5));
    await submit(root.querySelector('form'));
    expect(root.textContent).toMatch(/Choose how useful it was/);
    expect(await db.outbox.count()).toBe(0);

    const useful = [...root.querySelectorAll<HTMLLabelElement>('label.choice')].find((l) =>
      /Very useful/.test(l.textContent ?? ''),
    );
    await act(() => useful?.querySelector('input')?.click());
    const comment = byLabel(root, 'Comment (optional)') as HTMLTextAreaElement;
    await act(() => {
      comment.value = '  More examples from our schools  ';
      comment.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit(root.querySelector('form'));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [entry] = await db.outbox.toArray();
    expect(entry?.name).toBe('feedback.give');
    expect(entry?.args).toMatchObject({ meetingId: MEETING, rating: 4, comment: 'More examples from our schools' });
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="feedback-thanks"]')?.textContent).toMatch(/Thank you/),
    );
    // The marker the phone keeps holds no rating.
    expect(await db.rows('feedbackGiven').toArray()).toEqual([
      { id: entry?.args.id, meetingId: MEETING, deletedAt: null, version: 0 },
    ]);
  });

  it('someone recorded absent cannot rate', async () => {
    await phone(false);
    const root = await mount(<GiveFeedback meetingId={MEETING} />);
    await vi.waitFor(() => expect(root.textContent).toMatch(/Only the teachers recorded present/));
    expect(root.querySelector('form')).toBeNull();
  });
});
