import { describe, expect, it } from 'vitest';
import { applyMutation } from './index';
import { MemoryRows } from './memory-rows';

/** ADR 0022: on the phone, rating a meeting shows "thank you" at once and stores no rating in a synced table. */
describe('feedback mutators', () => {
  it('marks the meeting as rated on this device, with neither the rating nor the comment', async () => {
    const rows = new MemoryRows();
    await applyMutation(
      rows,
      'feedback.give',
      { id: 'f1', meetingId: 'm1', rating: 2, comment: 'Too long' },
      '2026-03-01T10:00:00.000Z',
    );
    expect(await rows.find('feedbackGiven', 'meetingId', 'm1')).toEqual([
      { id: 'f1', meetingId: 'm1', deletedAt: null, version: 0 },
    ]);
    // Every table the mutator touched, as rows: only the marker, nothing of what was said.
    const stored = [...rows.tables].map(([t, m]) => [t, [...m.values()]]);
    expect(stored).toEqual([['feedbackGiven', [{ id: 'f1', meetingId: 'm1', deletedAt: null, version: 0 }]]]);
  });
});
