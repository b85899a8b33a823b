import { describe, expect, it } from 'vitest';
import { applyMutation, baseOf, baseTable } from './index';
import { MemoryRows } from './memory-rows';

const NOW = '2026-03-10T08:00:00.000Z';
const LATER = '2026-03-12T11:00:00.000Z';

/** What the mentor and the head teacher see on their phones at once, offline, before the server answers. */
describe('visit mutators', () => {
  const plan = (rows: MemoryRows) =>
    applyMutation(
      rows,
      'visit.plan',
      { id: 'v1', groupId: 'g', schoolUnitId: 's1', plannedFor: '2026-03-12', concernIds: ['c1'] },
      NOW,
    );

  it('plans, moves and records a visit; the support given is a note with the visit’s id', async () => {
    const rows = new MemoryRows();
    await plan(rows);
    expect(await rows.get('visits', 'v1')).toMatchObject({ status: 'planned', concernIds: ['c1'], doneAt: null });
    await applyMutation(rows, 'visit.update', { id: 'v1', plannedFor: '2026-03-13' }, NOW);
    expect((await rows.get('visits', 'v1'))?.plannedFor).toBe('2026-03-13');
    await applyMutation(
      rows,
      'visit.record',
      { id: 'v1', teacherPersonIds: ['t1', 't2'], supportGiven: ' Modelled a reading lesson. ', observationId: null },
      LATER,
    );
    expect(await rows.get('visits', 'v1')).toMatchObject({
      status: 'done',
      doneAt: LATER,
      teacherPersonIds: ['t1', 't2'],
    });
    expect(await rows.get('visitNotes', 'v1')).toMatchObject({
      visitId: 'v1',
      supportGiven: 'Modelled a reading lesson.',
      partnerPersonId: null,
      visibility: 'pair',
    });
  });

  it('sends the support given the mentor saw as the base of a correction (conflict copies)', async () => {
    const rows = new MemoryRows();
    await plan(rows);
    const first = { id: 'v1', teacherPersonIds: ['t1'], supportGiven: 'First.', observationId: null };
    await applyMutation(rows, 'visit.record', first, NOW);
    expect(baseTable('visit.record')).toBe('visitNotes');
    const again = { ...first, supportGiven: 'Second.' };
    expect(baseOf(again, await rows.get('visitNotes', 'v1'))).toEqual({ supportGiven: 'First.' });
    await applyMutation(rows, 'visit.record', again, LATER);
    expect(await rows.get('visitNotes', 'v1')).toMatchObject({
      supportGiven: 'Second.',
      createdAt: NOW,
      updatedAt: LATER,
    });
  });

  it('acknowledges on the head teacher’s phone with the comment, and cancels a planned visit', async () => {
    const rows = new MemoryRows();
    await plan(rows);
    await applyMutation(rows, 'visit.acknowledge', { id: 'v1', comment: ' Thank you. ' }, LATER);
    expect((await rows.get('visits', 'v1'))?.acknowledgedAt).toBe(LATER);
    expect(await rows.get('visitAcknowledgements', 'v1')).toMatchObject({ comment: 'Thank you.', schoolUnitId: 's1' });
    await applyMutation(rows, 'visit.cancel', { id: 'v1' }, LATER);
    expect((await rows.get('visits', 'v1'))?.status).toBe('cancelled');
  });
});
