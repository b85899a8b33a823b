import type { TeamWorkloadResponse } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { OnlineOnly } from '../../ui/online-only';
import { Figure, figuresOf, thisMonth } from './figures';

/**
 * `/workload/team`: the program's mentors in one month (program admin, district officer: the
 * mentors working in their subtree), anyone over a limit marked. Figures only, no content.
 */
export function TeamWorkload() {
  return (
    <OnlineOnly title={t('workload.team.title')}>
      <Team />
    </OnlineOnly>
  );
}

function Team() {
  const [month, setMonth] = useState(thisMonth());
  const program = programId.value ?? '';
  const res = useResource(
    () => api.get<TeamWorkloadResponse>(`/api/programs/${program}/workload`, { month }),
    [program, month],
  );
  const data = res.data;
  const overCount = data?.mentors.filter((m) => m.over.clusters || m.over.teachers || m.over.visits).length ?? 0;
  return (
    <section class="stack">
      <h1>{t('workload.team.title')}</h1>
      <TextField id="team-month" label={t('workload.month')} type="month" value={month} onValue={setMonth} />
      {res.loading && !data && <Loading />}
      <ErrorBox error={res.error} />
      {data && (
        <>
          <p data-testid="team-limits">
            {t('workload.team.limits', {
              clusters: formatNumber(data.limits.maxClustersPerMentor),
              teachers: formatNumber(data.limits.maxMenteesPerMentor),
              visits: formatNumber(data.limits.maxVisitsPerMonth),
            })}
          </p>
          {overCount > 0 && (
            <p class="alert alert-info" role="status">
              {t('workload.team.overCount', { count: overCount, n: formatNumber(overCount) })}
            </p>
          )}
          {data.mentors.length === 0 ? (
            <p class="muted">{t('workload.team.none')}</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on a phone; the keyboard must reach it (axe: scrollable-region-focusable)
            <section class="table-wrap" tabIndex={0} aria-labelledby="team-caption">
              <table data-testid="team-table">
                <caption id="team-caption">{t('workload.team.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('workload.mentor')}</th>
                    {figuresOf(data.mentors[0] as (typeof data.mentors)[number], data.limits).map((f) => (
                      <th scope="col" key={f.key} class="num">
                        {t(`workload.figure.${f.key}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.mentors.map((m) => (
                    <tr key={m.mentorPersonId} data-testid="team-row">
                      <th scope="row">{m.fullName}</th>
                      {figuresOf(m, data.limits).map((f) => (
                        <td key={f.key} class="num">
                          <Figure value={f.value} over={f.over} />
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
