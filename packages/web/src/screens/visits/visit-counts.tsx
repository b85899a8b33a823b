import type { VisitCountsResponse } from '@mentora/core/types';
import { api } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { OnlineOnly } from '../../ui/online-only';

const COLUMNS = ['planned', 'done', 'overdue', 'acknowledged'] as const;

/**
 * `/visits/counts/:unitId`: follow-up visits of a unit's schools as counts (district officer, head
 * teacher, program admin of the unit): planned, done, overdue, acknowledged. No names, no notes.
 */
export function VisitCounts({ unitId }: { unitId: string }) {
  return (
    <OnlineOnly title={t('visits.counts.title')}>
      <Counts unitId={unitId} />
    </OnlineOnly>
  );
}

function Counts({ unitId }: { unitId: string }) {
  const res = useResource(() => api.get<VisitCountsResponse>(`/api/org-units/${unitId}/visit-counts`), [unitId]);
  const data = res.data;
  return (
    <section class="stack">
      <h1>{t('visits.counts.title')}</h1>
      {res.loading && !data && <Loading />}
      <ErrorBox error={res.error} />
      {data && (
        <>
          <p data-testid="overdue-total">
            {t('visits.counts.summary', {
              overdue: formatNumber(data.overdue),
              planned: formatNumber(data.planned),
              date: formatDate(data.asOf),
            })}
          </p>
          {data.schools.length === 0 ? (
            <p class="muted">{t('visits.none')}</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on a phone; the keyboard must reach it (axe: scrollable-region-focusable)
            <section class="table-wrap" tabIndex={0} aria-labelledby="counts-caption">
              <table>
                <caption id="counts-caption">{t('visits.counts.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('visits.school')}</th>
                    {COLUMNS.map((c) => (
                      <th scope="col" class="num" key={c}>
                        {t(`visits.counts.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.schools.map((s) => (
                    <tr key={s.unitId}>
                      <th scope="row">{s.name}</th>
                      {COLUMNS.map((c) => (
                        <td class="num" key={c}>
                          {formatNumber(s[c])}
                          {c === 'overdue' && s.overdue > 0 && (
                            <>
                              {' '}
                              <span class="overdue">{t('visits.overdue')}</span>
                            </>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </section>
  );
}
