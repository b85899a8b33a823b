import { describe, expect, it } from 'vitest';
import { applyMutation, baseOf, baseTable } from './index';
import { MemoryRows } from './memory-rows';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

/** What a teacher sees on the phone at once, offline, before the server answers. */
describe('reflection mutators', () => {
  const write = (rows: MemoryRows) =>
    applyMutation(
      rows,
      'reflection.write',
      {
        id: 'r1',
        programId: 'p',
        authorPersonId: 'teacher',
        answers: { describe: ' Nxënësit punuan në grupe. ', plan: 'Fletë dalëse.' },
        entryDate: '2026-03-01',
      },
      NOW,
    );

  it('writes a private entry owned by its author, answers trimmed', async () => {
    const rows = new MemoryRows();
    await write(rows);
    expect(await rows.get('reflections', 'r1')).toMatchObject({
      ownerPersonId: 'teacher',
      authorPersonId: 'teacher',
      visibility: 'author',
      promptSetKey: 'describe-interpret-evaluate-plan',
      answers: { describe: 'Nxënësit punuan në grupe.', plan: 'Fletë dalëse.' },
    });
  });

  it('sends the answers the user saw as the base of an edit (conflict copies)', async () => {
    const rows = new MemoryRows();
    await write(rows);
    expect(baseTable('reflection.update')).toBe('reflections');
    const args = { id: 'r1', answers: { describe: 'New.' } };
    expect(baseOf(args, await rows.get('reflections', 'r1'))).toEqual({
      answers: { describe: 'Nxënësit punuan në grupe.', plan: 'Fletë dalëse.' },
    });
    await applyMutation(rows, 'reflection.update', args, LATER);
    expect((await rows.get('reflections', 'r1'))?.answers).toEqual({ describe: 'New.' });
  });

  it('records a share as given by the author and marks it revoked on unshare', async () => {
    const rows = new MemoryRows();
    await write(rows);
    await applyMutation(
      rows,
      'content.share',
      { id: 's1', table: 'reflections', recordId: 'r1', personId: 'officer' },
      NOW,
    );
    expect(await rows.get('contentShares', 's1')).toMatchObject({ grantedByPersonId: 'teacher', revokedAt: null });
    await applyMutation(rows, 'content.unshare', { id: 's1' }, LATER);
    expect((await rows.get('contentShares', 's1'))?.revokedAt).toBe(LATER);
    await applyMutation(rows, 'reflection.delete', { id: 'r1' }, LATER);
    expect(await rows.get('reflections', 'r1')).toBeUndefined();
  });
});
