import { formatDate } from '../../app/format';
import { me } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { PendingChanges } from '../../ui/pending-changes';
import { FocusSection } from './focus-section';
import { itemsOf } from './instrument-text';
import { ItemInput } from './item-input';
import { ContextSection, NotesSection } from './lesson-section';
import { DueNext } from './observations-list';
import { PostConference } from './post-conference';
import { type CycleView, cycleView } from './queries';

const OPEN = ['scheduled', 'pre_conference_done', 'observed'];

/** The observation form: the agreed focus items first, every other item of the version below them. */
function ItemsSection({ view, editable }: { view: CycleView; editable: boolean }) {
  const write = useDispatch();
  const def = view.version?.definition;
  if (!def) return <p class="muted">{t('observations.noInstrument')}</p>;
  const focus = new Set(view.details?.focusItemKeys ?? []);
  const all = itemsOf(def);
  const answer = (itemKey: string) => (value: unknown) =>
    write.run('observation.respond', { observationId: view.o.id, itemKey, value });
  const render = (list: typeof all) =>
    list.map(({ item }) => (
      <ItemInput
        key={item.key}
        item={item}
        value={view.responses.get(item.key)?.value}
        editable={editable}
        onAnswer={answer(item.key)}
      />
    ));
  return (
    <section class="card" aria-labelledby="items-title">
      <h2 id="items-title">{t('observations.form')}</h2>
      <ErrorBox error={write.error} />
      {focus.size > 0 && (
        <>
          <h3>{t('observations.focusItems')}</h3>
          {render(all.filter((i) => focus.has(i.item.key)))}
        </>
      )}
      <details open={focus.size === 0}>
        <summary>{t('observations.otherItems')}</summary>
        {def.sections.map((s) => {
          const rest = all.filter((i) => i.sectionKey === s.key && !focus.has(i.item.key));
          return rest.length ? <div key={s.key}>{render(rest)}</div> : null;
        })}
      </details>
    </section>
  );
}

/**
 * One observation cycle on a phone in the classroom: where it stands and what is due next, the
 * pre-observation conference, the form, time-stamped notes and the post-observation conference.
 * Everything reads the phone's store and writes through the outbox, so it all works offline.
 */
export function ObservationDetail({ observationId }: { observationId: string }) {
  const personId = me.value?.personId ?? '';
  const live = useLive(localDb.value, (db) => cycleView(db, observationId), [observationId]);
  const cancel = useDispatch();
  if (!live.loaded) return <Loading />;
  const view = live.value;
  if (!view) return <p class="muted">{t('observations.notHere')}</p>;
  const { o } = view;
  const iObserve = o.observerPersonId === personId;
  const open = OPEN.includes(o.status);
  return (
    <div class="stack">
      <p>
        <a href="/observations">{t('observations.back')}</a>
      </p>
      <h1>
        {t('observations.cycleTitle', { observer: view.observerName ?? '—', observed: view.observedName ?? '—' })}
      </h1>
      <dl class="facts card">
        <div>
          <dt>{t('observations.when')}</dt>
          <dd>{formatDate(o.scheduledFor)}</dd>
        </div>
        <div>
          <dt>{t('observations.directionLabel')}</dt>
          <dd>{t(`observations.direction.${o.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('observations.statusLabel')}</dt>
          <dd>{t(`observations.status.${o.status}`)}</dd>
        </div>
        <div>
          <dt>{t('observations.dueLabel')}</dt>
          <dd>
            <DueNext item={view} personId={personId} />
          </dd>
        </div>
      </dl>
      <ConflictCopies recordId={o.id} />
      <FocusSection view={view} editable={o.status === 'scheduled' || o.status === 'pre_conference_done'} />
      <ContextSection view={view} editable={open} />
      <ItemsSection view={view} editable={iObserve && open} />
      <NotesSection view={view} editable={iObserve && open} />
      <PostConference view={view} personId={personId} />
      {open && (
        <p>
          <ErrorBox error={cancel.error} />
          <button
            type="button"
            class="button secondary"
            disabled={cancel.busy}
            onClick={() => {
              if (window.confirm(t('observations.cancelConfirm'))) void cancel.run('observation.cancel', { id: o.id });
            }}
          >
            {t('observations.cancel')}
          </button>
        </p>
      )}
      <PendingChanges recordId={o.id} />
    </div>
  );
}
