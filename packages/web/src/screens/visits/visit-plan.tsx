import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { formatDate, today } from '../../app/format';
import { me } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { clusterChoices, followUpConcerns } from './queries';

/**
 * `/visits/new`: plan a follow-up visit to one of the cluster's schools on a day, with the
 * cluster's concerns waiting for follow-up (when this build has them). Works offline.
 */
export function VisitPlan() {
  const personId = me.value?.personId ?? '';
  const clusters = useLive(localDb.value, (db) => clusterChoices(db, personId), [personId]);
  if (!clusters.loaded) return <Loading />;
  const list = clusters.value ?? [];
  return (
    <section class="stack">
      <p>
        <a href="/visits">{t('visits.back')}</a>
      </p>
      <h1>{t('visits.planTitle')}</h1>
      {list.length === 0 ? <p class="muted">{t('visits.noCluster')}</p> : <PlanForm clusters={list} />}
    </section>
  );
}

function PlanForm({ clusters }: { clusters: Awaited<ReturnType<typeof clusterChoices>> }) {
  const { route } = useLocation();
  const [groupId, setGroupId] = useState(clusters[0]?.groupId ?? '');
  const [school, setSchool] = useState('');
  const [day, setDay] = useState(today());
  const [chosen, setChosen] = useState<string[]>([]);
  const concerns = useLive(localDb.value, (db) => followUpConcerns(db, groupId), [groupId]).value ?? [];
  const write = useDispatch();
  const cluster = clusters.find((c) => c.groupId === groupId);

  async function submit(e: Event) {
    e.preventDefault();
    const done = await write.run('visit.plan', { groupId, schoolUnitId: school, plannedFor: day, concernIds: chosen });
    if (done) route('/visits');
  }

  return (
    <form class="card" onSubmit={submit}>
      {clusters.length > 1 && (
        <Field id="visit-cluster" label={t('visits.cluster')} required>
          {(c) => (
            <select {...c} value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
              {clusters.map((x) => (
                <option key={x.groupId} value={x.groupId}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="visit-school" label={t('visits.school')} required>
        {(c) => (
          <select {...c} value={school} onChange={(e) => setSchool(e.currentTarget.value)}>
            <option value="">{t('visits.chooseSchool')}</option>
            {cluster?.schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField id="visit-day" label={t('visits.day')} type="date" required value={day} onValue={setDay} />
      {concerns.length > 0 && (
        <fieldset>
          <legend>{t('visits.concerns')}</legend>
          {concerns.map((c) => (
            <label key={c.id} class="choice">
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                onChange={(e) =>
                  setChosen((all) => (e.currentTarget.checked ? [...all, c.id] : all.filter((x) => x !== c.id)))
                }
              />
              <span>
                {c.category ?? t('visits.concern')}
                {c.followUpBy && (
                  <span class="muted"> · {t('visits.followUpBy', { date: formatDate(c.followUpBy) })}</span>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <ErrorBox error={write.error} />
      <button type="submit" class="button" disabled={write.busy || !school || !day}>
        {t('visits.plan')}
      </button>
    </form>
  );
}
