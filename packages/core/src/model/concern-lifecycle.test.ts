import { describe, expect, it } from 'vitest';
import {
  CONCERN_STATES,
  CONCERN_TRANSITIONS,
  type ConcernTransition,
  daysToResolution,
  isOverdueFollowUp,
  nextConcernState,
} from './concern-lifecycle';

describe('concern lifecycle (issue 9)', () => {
  it('walks raised → discussed → resolved, and reopens to raised or discussed', () => {
    expect(nextConcernState('discuss', 'raised')).toBe('discussed');
    expect(nextConcernState('resolve', 'discussed')).toBe('resolved');
    expect(nextConcernState('reopen', 'resolved')).toBe('raised');
    expect(nextConcernState('reopen', 'closed', 'discussed')).toBe('discussed');
  });

  it('walks discussed → needs_follow_up → followed_up → closed', () => {
    expect(nextConcernState('sendToFollowUp', 'discussed')).toBe('needs_follow_up');
    expect(nextConcernState('markFollowedUp', 'needs_follow_up')).toBe('followed_up');
    expect(nextConcernState('close', 'followed_up')).toBe('closed');
  });

  it('refuses every other move', () => {
    const allowed: [ConcernTransition, string][] = [
      ['discuss', 'raised'],
      ['resolve', 'discussed'],
      ['sendToFollowUp', 'discussed'],
      ['markFollowedUp', 'needs_follow_up'],
      ['close', 'resolved'],
      ['close', 'followed_up'],
      ['reopen', 'resolved'],
      ['reopen', 'closed'],
      ['merge', 'raised'],
      ['merge', 'discussed'],
    ];
    for (const t of Object.keys(CONCERN_TRANSITIONS) as ConcernTransition[])
      for (const s of CONCERN_STATES)
        expect(nextConcernState(t, s) !== null, `${t} from ${s}`).toBe(
          allowed.some(([at, as]) => at === t && as === s),
        );
  });

  it('flags a follow-up overdue only after its date has passed', () => {
    const c = { state: 'needs_follow_up' as const, followUpBy: '2026-03-14' };
    expect(isOverdueFollowUp(c, '2026-03-15')).toBe(true);
    expect(isOverdueFollowUp(c, '2026-03-14')).toBe(false);
    expect(isOverdueFollowUp({ ...c, state: 'followed_up' }, '2026-04-01')).toBe(false);
  });

  it('counts days to resolution', () => {
    expect(daysToResolution('2026-03-01T09:00:00.000Z', '2026-03-11T21:00:00.000Z')).toBe(10.5);
  });
});
