import type { MentorWorkloadResponse } from '@mentora/core/types';
import { formatNumber } from '../../app/format';
import { t } from '../../i18n';

export type Workload = MentorWorkloadResponse;
export type Limits = { maxClustersPerMentor: number; maxMenteesPerMentor: number; maxVisitsPerMonth: number };

/** The figures of a mentor's month in display order, with the limit each is held against (if any). */
export function figuresOf(w: Workload, limits: Limits) {
  return [
    { key: 'clusters', value: w.clusters, limit: limits.maxClustersPerMentor, over: w.over.clusters },
    { key: 'teachers', value: w.teachers, limit: limits.maxMenteesPerMentor, over: w.over.teachers },
    { key: 'meetingDays', value: w.meetingDays, limit: null, over: false },
    { key: 'visitsPlanned', value: w.visitsPlanned, limit: limits.maxVisitsPerMonth, over: w.over.visits },
    { key: 'visitsDone', value: w.visitsDone, limit: null, over: false },
    { key: 'visitsOverdue', value: w.visitsOverdue, limit: null, over: false },
    { key: 'concernsOpen', value: w.concernsOpen, limit: null, over: false },
  ] as const;
}

/** A figure, "not counted" when null, and the words "over the limit" (not colour alone) when over. */
export function Figure({ value, over }: { value: number | null; over: boolean }) {
  return (
    <>
      {value === null ? <span class="muted">{t('workload.notCounted')}</span> : formatNumber(value)}
      {over && (
        <>
          {' '}
          <span class="overdue" data-testid="over-limit">
            {t('workload.over')}
          </span>
        </>
      )}
    </>
  );
}

/** The month picker's value: `YYYY-MM` of today. */
export const thisMonth = () => new Date().toISOString().slice(0, 7);
