// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { PlanAction } from '@mentora/core/types';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDb } from '../../store/device';
import { localDbs } from '../../store/test-local-db';
import { byLabel, mount, submit } from '../../ui/test-dom';
import { ReviewForm } from './plan-forms';

const freshDb = localDbs('review-form-test');
afterEach(() => {
  localDb.value = null;
});

const action: PlanAction = {
  id: '0190f5a0-0000-7000-8000-0000000000a1',
  programId: 'p',
  groupId: 'g',
  ownerPersonId: 'teacher',
  partnerPersonId: 'mentor',
  authorPersonId: 'mentor',
  visibility: 'pair',
  goalId: null,
  observationId: null,
  title: 'Try exit tickets in 5B',
  assigneePersonId: 'teacher',
  dueDate: '2026-04-01',
  status: 'in_progress',
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
};

/** Chooses `file` in a file input, as the phone's file picker would. */
async function choose(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe(ReviewForm.name, () => {
  it('attaches a PDF as evidence through the upload queue; the review is saved once the file is sent', async () => {
    const db = await freshDb();
    localDb.value = db;
    await db.rows('actions').put(action);
    const root = await mount(<ReviewForm action={action} />);
    const text = root.querySelector('textarea') as HTMLTextAreaElement;
    await act(() => {
      text.value = 'Half the class answered the second question.';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await choose(
      byLabel(root, 'Evidence: a photo or PDF (optional)'),
      new File(['%PDF-1.4'], 'tickets.pdf', { type: 'application/pdf' }),
    );

    const [queued] = await db.uploads.toArray();
    expect(queued).toMatchObject({ filename: 'tickets.pdf', status: 'queued' });
    const save = root.querySelector('button[type="submit"]') as HTMLButtonElement;
    await vi.waitFor(() => expect(root.textContent).toMatch(/Sending the file/));
    expect(save.disabled).toBe(true);

    await db.uploads.update(queued?.id as string, { status: 'done', offset: queued?.size });
    await vi.waitFor(() => expect(save.disabled).toBe(false));
    await submit(root.querySelector('form'));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [entry] = await db.outbox.toArray();
    expect(entry?.name).toBe('action.review');
    expect(entry?.args).toMatchObject({ actionId: action.id, uploadIds: [queued?.id] });
    const [review] = await db.rows('actionReviews').toArray();
    expect(review?.uploadIds).toEqual([queued?.id]);
  });

  it('refuses a file type the server does not take, and saves a review without a file', async () => {
    const db = await freshDb();
    localDb.value = db;
    await db.rows('actions').put(action);
    const root = await mount(<ReviewForm action={action} />);
    await choose(
      byLabel(root, 'Evidence: a photo or PDF (optional)'),
      new File(['MZ'], 'x.exe', { type: 'application/x-msdownload' }),
    );
    expect(await db.uploads.count()).toBe(0);
    // The accepted kinds are named, not the import's .csv/.xlsx.
    expect(root.textContent).toContain('Send a photo (JPEG, PNG or WebP) or a PDF.');
    const text = root.querySelector('textarea') as HTMLTextAreaElement;
    await act(() => {
      text.value = 'Done, no photo this time.';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit(root.querySelector('form'));
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(1));
    expect((await db.outbox.toArray())[0]?.args).toMatchObject({ uploadIds: [] });
  });
});
