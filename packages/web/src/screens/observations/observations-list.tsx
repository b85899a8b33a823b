import { formatDate } from '../../app/format';
import { me } from '../../app/session';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { Loading } from '../../ui/loading';
import { myObservations, type ObservationListItem } from './queries';

/** "Due: …" for one cycle, saying when it is the user's turn. */
export function DueNext({ item, personId }: { item: Pick<ObservationListItem, 'stage'>; personId: string }) {
  const { dueNext, personIds } = item.stage;
  if (!dueNext) return <span class="muted">{t('observations.due.none')}</span>;
  const mine = personIds.includes(personId);
  return (
    <span data-testid="due-next">
      {t(`observations.due.${dueNext}`)}
      {' · '}
      <strong>{mine ? t('observations.due.you') : t('observations.due.other')}</strong>
    </span>
  );
}

/** The user's observation cycles, as observer and as observed teacher, from the phone's store. */
export function ObservationsList() {
  const personId = me.value?.personId ?? '';
  const live = useLive(localDb.value, (db) => myObservations(db, personId), [personId]);
  if (!live.loaded) return <Loading />;
  const items = live.value ?? [];
  return (
    <div class="stack">
      <div class="title-row">
        <h1>{t('observations.title')}</h1>
        <a class="button" href="/observations/new">
          {t('observations.schedule')}
        </a>
      </div>
      <p class="muted">{t('observations.intro')}</p>
      {items.length === 0 && <p class="muted">{t('observations.none')}</p>}
      <ul class="list rows" data-testid="observations">
        {items.map((i) => (
          <li key={i.o.id}>
            <a href={`/observations/${i.o.id}`}>
              {t(i.iObserve ? 'observations.iObserve' : 'observations.observesMe', { name: i.otherName ?? '—' })}
            </a>
            <span class="muted">
              {' · '}
              {formatDate(i.o.scheduledFor)} · {t(`observations.status.${i.o.status}`)}
            </span>
            <br />
            <DueNext item={i} personId={personId} />
          </li>
        ))}
      </ul>
    </div>
  );
}
