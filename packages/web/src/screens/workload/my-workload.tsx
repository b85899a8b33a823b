import { useState } from 'preact/hooks';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { me, programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { OnlineOnly } from '../../ui/online-only';
import { Figure, figuresOf, type Limits, thisMonth, type Workload } from './figures';

/** `/workload`: the mentor's own month (issue 9, PTMP: "workload of TLRT"), figures from the server, against the program's limits. */
export function MyWorkload() {
  return (
    <OnlineOnly title={t('workload.mine.title')}>
      <Mine />
    </OnlineOnly>
  );
}

function Mine() {
  const [month, setMonth] = useState(thisMonth());
  const personId = me.value?.personId ?? '';
  const program = programId.value ?? '';
  const res = useResource(
    () => api.get<Workload & { limits: Limits }>(`/api/programs/${program}/workload/${personId}`, { month }),
    [program, personId, month],
  );
  const w = res.data;
  return (
    <section class="stack">
      <h1>{t('workload.mine.title')}</h1>
      <TextField id="workload-month" label={t('workload.month')} type="month" value={month} onValue={setMonth} />
      {res.loading && !w && <Loading />}
      <ErrorBox error={res.error} />
      {w && (
        <dl class="card" data-testid="my-workload">
          {figuresOf(w, w.limits).map((f) => (
            <div key={f.key}>
              <dt>{t(`workload.figure.${f.key}`)}</dt>
              <dd>
                <Figure value={f.value} over={f.over} />
                {f.limit !== null && <span class="muted"> · {t('workload.limit', { n: formatNumber(f.limit) })}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <a href="/visits">{t('visits.title')}</a>
      </p>
    </section>
  );
}
