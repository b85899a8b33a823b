import { memberOf } from '@mentora/core/policy';
import { useState } from 'preact/hooks';
import { formatDate, today } from '../../app/format';
import { actor } from '../../app/policy';
import { me } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { ConcernCard } from './concern-card';
import { categoriesOf, clusterSchools, meetingAgenda } from './queries';

/**
 * `/meetings/:meetingId/agenda`: the concerns the cluster meeting takes up, in the mentor's order.
 * The mentor adds concerns, moves them up or down, and discusses, resolves or sends them to a school
 * follow-up from here (PTMP: the cluster meets "to raise and sort out classroom and school concerns").
 */
export function MeetingAgenda({ meetingId }: { meetingId: string }) {
  const personId = me.value?.personId ?? '';
  const day = today();
  const db = localDb.value;
  const data = useLive(db, (d) => meetingAgenda(d, meetingId, personId, day), [meetingId, personId, day]);
  const groupId = data.value?.meeting.groupId ?? '';
  const extra = useLive(
    db,
    async (d) => ({
      categories: await categoriesOf(d, data.value?.meeting.programId),
      schools: groupId ? await clusterSchools(d, groupId) : [],
    }),
    [groupId],
  );
  const write = useDispatch();
  const [adding, setAdding] = useState('');
  const a = actor.value;
  if (!data.loaded) return <Loading />;
  if (!data.value) return <p class="muted">{t('concerns.notHere')}</p>;
  const { meeting, onAgenda, addable } = data.value;
  const mentor = !!a && memberOf(a, meeting.groupId, 'mentor');
  const ctx = { categories: extra.value?.categories ?? [], schools: extra.value?.schools ?? [], mentor };
  const move = (from: number, to: number) => {
    const ids = onAgenda.map((c) => c.id);
    const [id] = ids.splice(from, 1);
    if (!id) return;
    ids.splice(to, 0, id);
    write.run('concern.orderAgenda', { id: meetingId, meetingId, concernIds: ids });
  };
  return (
    <div class="stack">
      <p>
        <a href={`/meetings/${meetingId}`}>{t('concerns.backToMeeting')}</a>
      </p>
      <h1>{t('concerns.agendaTitle')}</h1>
      <p class="lead">
        {meeting.title} · <bdi>{formatDate(meeting.scheduledFor)}</bdi>
      </p>
      {onAgenda.length === 0 && <p class="muted">{t('concerns.agendaEmpty')}</p>}
      <ol class="list stack" data-testid="agenda">
        {onAgenda.map((c, i) => (
          <ConcernCard key={c.id} c={c} ctx={ctx}>
            {mentor && onAgenda.length > 1 && (
              <div class="actions">
                <button
                  type="button"
                  class="button small secondary"
                  disabled={i === 0 || write.busy}
                  aria-label={t('concerns.moveUpOf', { n: i + 1 })}
                  onClick={() => move(i, i - 1)}
                >
                  {t('concerns.moveUp')}
                </button>
                <button
                  type="button"
                  class="button small secondary"
                  disabled={i === onAgenda.length - 1 || write.busy}
                  aria-label={t('concerns.moveDownOf', { n: i + 1 })}
                  onClick={() => move(i, i + 1)}
                >
                  {t('concerns.moveDown')}
                </button>
              </div>
            )}
          </ConcernCard>
        ))}
      </ol>
      {mentor && addable.length > 0 && meeting.status !== 'cancelled' && (
        <form
          class="card stack"
          onSubmit={async (e) => {
            e.preventDefault();
            if (adding && (await write.run('concern.addToAgenda', { id: adding, meetingId }))) setAdding('');
          }}
        >
          <Field id="agenda-add" label={t('concerns.addToThisAgenda')}>
            {(f) => (
              <select {...f} value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
                <option value="">{t('concerns.chooseConcern')}</option>
                {addable.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.description.slice(0, 80)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" class="button" disabled={!adding || write.busy}>
            {t('concerns.add')}
          </button>
        </form>
      )}
      <ErrorBox error={write.error} />
    </div>
  );
}
