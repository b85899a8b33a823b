import { describe, expect, it } from 'vitest';
import { isCurrentMember } from './group';

describe('isCurrentMember', () => {
  const m = { startDate: '2026-02-01', endDate: '2026-03-01', deletedAt: null };
  it('holds from the start day through the end day', () => {
    expect(isCurrentMember(m, '2026-01-31')).toBe(false);
    expect(isCurrentMember(m, '2026-02-01')).toBe(true);
    expect(isCurrentMember(m, '2026-03-01')).toBe(true);
    expect(isCurrentMember(m, '2026-03-02')).toBe(false);
  });
  it('holds with no end, and never once deleted', () => {
    expect(isCurrentMember({ ...m, endDate: null }, '2030-01-01')).toBe(true);
    expect(isCurrentMember({ ...m, deletedAt: '2026-02-10T00:00:00Z' }, '2026-02-15')).toBe(false);
  });
});
