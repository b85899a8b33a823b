import { CONCERN_STATES } from '@mentora/core/concerns';
import { memberOf } from '@mentora/core/policy';
import { today } from '../../app/format';
import { actor } from '../../app/policy';
import { me } from '../../app/session';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { Loading } from '../../ui/loading';
import { ConcernCard } from './concern-card';
import { agendaMeetings, categoriesOf, clusterConcerns, clusterSchools } from './queries';

/**
 * `/groups/:groupId/concerns`: the cluster's concerns by state. The mentor discusses, merges,
 * resolves, sends to a school follow-up (overdue ones flagged) and puts them on a meeting's agenda;
 * a teacher of the cluster sees their own and those shared with the cluster.
 */
export function ClusterBoard({ groupId }: { groupId: string }) {
  const personId = me.value?.personId ?? '';
  const day = today();
  const db = localDb.value;
  const data = useLive(db, (d) => clusterConcerns(d, groupId, personId, day), [groupId, personId, day]);
  const extra = useLive(
    db,
    async (d) => {
      const group = await d.rows('groups').get(groupId);
      return {
        categories: await categoriesOf(d, group?.programId),
        schools: await clusterSchools(d, groupId),
        meetings: await agendaMeetings(d, groupId),
      };
    },
    [groupId],
  );
  const a = actor.value;
  const mentor = !!a && memberOf(a, groupId, 'mentor');
  if (!data.loaded || !extra.loaded) return <Loading />;
  if (!data.value) return <p class="muted">{t('concerns.notHere')}</p>;
  const { group, concerns } = data.value;
  const ctx = { ...(extra.value ?? { categories: [], schools: [], meetings: [] }), mentor, others: concerns };
  const overdue = concerns.filter((c) => c.overdue).length;
  return (
    <div class="stack">
      <p>
        <a href={`/groups/${groupId}`}>{t('groups.backToGroup')}</a>
      </p>
      <h1>{t('concerns.boardTitle', { name: group.name })}</h1>
      {overdue > 0 && (
        <p class="alert alert-error" role="status">
          {t('concerns.overdueCount', { count: overdue, n: overdue })}
        </p>
      )}
      {concerns.length === 0 && <p class="muted">{t('concerns.none')}</p>}
      {CONCERN_STATES.map((state) => {
        const here = concerns.filter((c) => c.state === state);
        if (here.length === 0) return null;
        return (
          <section key={state} aria-labelledby={`state-${state}`} class="stack">
            <h2 id={`state-${state}`}>
              {t(`concerns.state.${state}`)} <span class="muted">({here.length})</span>
            </h2>
            <ul class="list stack">
              {here.map((c) => (
                <ConcernCard key={c.id} c={c} ctx={ctx} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
