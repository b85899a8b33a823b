import type { ConcernStatsResponse } from '@mentora/core/types';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';

const days = (d: number | null) => (d === null ? '—' : t('concerns.stats.days', { n: formatNumber(d) }));

/**
 * The concern figures of a unit for its head teacher or district officer (issue 9: "counts, dates,
 * states, times to resolution only"): no text, no names. Online only (a REST read).
 */
export function ConcernStats({ unitId }: { unitId: string }) {
  const stats = useResource(() => api.get<ConcernStatsResponse>(`/api/org-units/${unitId}/concern-stats`), [unitId]);
  const s = stats.data;
  return (
    <section aria-labelledby={`concern-stats-${unitId}`}>
      <h3 id={`concern-stats-${unitId}`}>{t('concerns.stats.title')}</h3>
      <ErrorBox error={stats.error} />
      {s && (
        <dl class="figures" data-testid="concern-stats">
          <div>
            <dt>{t('concerns.stats.open')}</dt>
            <dd>{formatNumber(s.open)}</dd>
          </div>
          <div>
            <dt>{t('concerns.stats.overdue')}</dt>
            <dd>{formatNumber(s.overdueFollowUps)}</dd>
          </div>
          <div>
            <dt>{t('concerns.stats.resolved')}</dt>
            <dd>{formatNumber(s.resolvedCount)}</dd>
          </div>
          <div>
            <dt>{t('concerns.stats.median')}</dt>
            <dd>{days(s.medianDaysToResolution)}</dd>
          </div>
          <div>
            <dt>{t('concerns.stats.mean')}</dt>
            <dd>{days(s.meanDaysToResolution)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
