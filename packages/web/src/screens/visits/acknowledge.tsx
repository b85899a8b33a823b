import type { Visit } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../app/format';
import { me, programId } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { SavedNote } from '../../ui/saved-note';
import { type VisitItem, visitsToAcknowledge } from './queries';
import { VisitRow } from './visits-list';

/**
 * `/visits/acknowledge`: the head teacher's visits to their school (their phone holds the metadata
 * only: where, when, who was seen — never the support given). A recorded visit is acknowledged with
 * an optional comment, offline too.
 */
export function VisitsToAcknowledge() {
  const schools = (me.value?.roles ?? [])
    .filter((r) => r.role === 'head_teacher' && r.programId === programId.value)
    .map((r) => r.orgUnitId);
  const live = useLive(localDb.value, (db) => visitsToAcknowledge(db, schools), [schools.join()]);
  const items = live.value ?? [];
  const waiting = items.filter((i) => i.visit.status === 'done' && !i.visit.acknowledgedAt);
  const others = items.filter((i) => !waiting.includes(i));
  return (
    <section class="stack">
      <h1>{t('visits.ack.title')}</h1>
      <p class="help">{t('visits.ack.help')}</p>
      {!live.loaded && <Loading />}
      {live.loaded && waiting.length === 0 && <p class="muted">{t('visits.ack.none')}</p>}
      {waiting.map((i) => (
        <AckCard key={i.visit.id} item={i} />
      ))}
      {others.length > 0 && (
        <>
          <h2>{t('visits.ack.others')}</h2>
          <ul class="list rows">
            {others.map((i) => (
              <VisitRow key={i.visit.id} item={i} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AckCard({ item }: { item: VisitItem }) {
  const v: Visit = item.visit;
  const [comment, setComment] = useState('');
  const write = useDispatch();
  const headingId = `ack-${v.id}`;
  return (
    <form
      class="card"
      aria-labelledby={headingId}
      data-testid="visit-to-acknowledge"
      onSubmit={(e) => {
        e.preventDefault();
        void write.run('visit.acknowledge', { id: v.id, comment: comment.trim() || null });
      }}
    >
      <h2 id={headingId}>
        {/* Each part isolated: a Latin school name beside an Urdu date keeps its order (probe finding 10). */}
        <bdi>{item.schoolName ?? t('visits.unknownSchool')}</bdi> · <bdi>{formatDate(v.doneAt ?? v.plannedFor)}</bdi>
      </h2>
      <p>{t('visits.seenCount', { count: v.teacherPersonIds.length, n: formatNumber(v.teacherPersonIds.length) })}</p>
      <Field id={`ack-comment-${v.id}`} label={t('visits.ack.comment')} hint={t('visits.ack.commentHelp')}>
        {(c) => (
          <textarea
            {...c}
            rows={3}
            maxLength={2000}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
        )}
      </Field>
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy}>
        {t('visits.ack.confirm')}
      </button>
    </form>
  );
}
