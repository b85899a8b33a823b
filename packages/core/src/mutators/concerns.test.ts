import { describe, expect, it } from 'vitest';
import { mutators } from './index';
import { MemoryRows } from './memory-rows';

const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-11T21:00:00.000Z';

describe('concern mutators (what the phone shows before the server answers)', () => {
  it('raises a concern that names nobody, discusses and resolves it, counting the days', async () => {
    const rows = new MemoryRows();
    const raise = { id: 'c', groupId: 'g', category: 'pedagogy', description: ' Too many pupils ' };
    await mutators['concern.raise'].apply(rows, raise, T0);
    expect(rows.table('concerns').get('c')).toMatchObject({ state: 'raised', sharedWithCluster: false });
    expect(rows.table('concernDetails').get('c')).toMatchObject({ description: 'Too many pupils', ownerPersonId: '' });
    // A move the lifecycle refuses leaves the row as it was (the server will reject it too).
    await mutators['concern.resolve'].apply(rows, { id: 'c', resolution: 'x' }, T1);
    expect(rows.table('concerns').get('c')?.state).toBe('raised');
    await mutators['concern.discuss'].apply(rows, { id: 'c' }, T0);
    await mutators['concern.resolve'].apply(rows, { id: 'c', resolution: 'Two shifts' }, T1);
    expect(rows.table('concerns').get('c')).toMatchObject({ state: 'resolved', resolvedAt: T1, resolutionDays: 10.5 });
    expect(rows.table('concernDetails').get('c')?.resolution).toBe('Two shifts');
    await mutators['concern.reopen'].apply(rows, { id: 'c', to: 'discussed' }, T1);
    expect(rows.table('concerns').get('c')).toMatchObject({
      state: 'discussed',
      reopenedCount: 1,
      resolutionDays: null,
    });
  });

  it('orders an agenda: the listed concerns first, the others after in their old order', async () => {
    const rows = new MemoryRows();
    for (const id of ['a', 'b', 'c']) {
      await mutators['concern.raise'].apply(rows, { id, groupId: 'g', category: 'other', description: id }, T0);
      await mutators['concern.addToAgenda'].apply(rows, { id, meetingId: 'm' }, T0);
    }
    await mutators['concern.orderAgenda'].apply(rows, { id: 'm', meetingId: 'm', concernIds: ['c'] }, T0);
    const order = [...rows.table('concerns').values()]
      .sort((x, y) => (x.agendaPosition ?? 0) - (y.agendaPosition ?? 0))
      .map((c) => c.id);
    expect(order).toEqual(['c', 'a', 'b']);
  });
});
