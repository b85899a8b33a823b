import { memberOf } from '@mentora/core/policy';
import { useState } from 'preact/hooks';
import { formatDate, formatDateTime, today } from '../../app/format';
import { actor } from '../../app/policy';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { SavedNote } from '../../ui/saved-note';
import { isOverdue, type VisitShown, visitShown } from './queries';

// Helper C's command (issue9-design.md): dispatched only when this build's core has it.

/** `/visits/:visitId`: the visit as the mentor's phone holds it; record it (teachers seen, support given), move or cancel it. */
export function VisitDetail({ visitId }: { visitId: string }) {
  const live = useLive(localDb.value, (db) => visitShown(db, visitId), [visitId]);
  if (!live.loaded) return <Loading />;
  const shown = live.value;
  if (!shown)
    return (
      <section>
        <p>
          <a href="/visits">{t('visits.back')}</a>
        </p>
        <p class="muted">{t('visits.notHere')}</p>
      </section>
    );
  const v = shown.visit;
  const a = actor.value;
  const mentor = !!a && memberOf(a, v.groupId, 'mentor');
  return (
    <section class="stack">
      <p>
        <a href="/visits">{t('visits.back')}</a>
      </p>
      <h1>{shown.schoolName ?? t('visits.unknownSchool')}</h1>
      <p class="lead">
        {formatDate(v.plannedFor)} · {t(`visits.status.${v.status}`)}{' '}
        {isOverdue(v, today()) && <span class="overdue">{t('visits.overdue')}</span>}
      </p>
      {v.status === 'done' && <Recorded shown={shown} />}
      {mentor && v.status !== 'cancelled' && <RecordForm key={v.id} shown={shown} />}
      {mentor && v.status === 'planned' && <MoveOrCancel shown={shown} />}
    </section>
  );
}

function Recorded({ shown }: { shown: VisitShown }) {
  const v = shown.visit;
  return (
    <div class="card">
      <h2>{t('visits.recordedTitle')}</h2>
      {v.doneAt && <p>{t('visits.doneAt', { when: formatDateTime(v.doneAt) })}</p>}
      <p>
        {t('visits.seen')}: {shown.seen.map((s) => s.fullName ?? t('groups.notOnDevice')).join(', ')}
      </p>
      <h3>{t('visits.acknowledgement')}</h3>
      {shown.acknowledgement ? (
        <p data-testid="acknowledgement">
          {t('visits.acknowledgedOn', { date: formatDate(shown.acknowledgement.acknowledgedAt) })}
          {shown.acknowledgement.comment && (
            <>
              {' '}
              — <q>{shown.acknowledgement.comment}</q>
            </>
          )}
        </p>
      ) : (
        <p class="muted">{t('visits.notAcknowledged')}</p>
      )}
    </div>
  );
}

function RecordForm({ shown }: { shown: VisitShown }) {
  const v = shown.visit;
  const [seen, setSeen] = useState<string[]>(v.teacherPersonIds);
  const [support, setSupport] = useState(shown.note?.supportGiven ?? '');
  const [observation, setObservation] = useState(v.observationId ?? '');
  const write = useDispatch();

  async function submit(e: Event) {
    e.preventDefault();
    // Recording the visit moves its concerns to "followed up" (the command itself, on the phone and
    // on the server), so leaving the screen early cannot lose that step.
    await write.run(
      'visit.record',
      {
        id: v.id,
        teacherPersonIds: seen,
        supportGiven: support.trim(),
        observationId: observation || null,
      },
      { ...v, supportGiven: shown.note?.supportGiven ?? null },
    );
  }

  return (
    <form class="card" onSubmit={submit}>
      <h2>{v.status === 'done' ? t('visits.correct') : t('visits.record')}</h2>
      <ConflictCopies recordId={v.id} />
      <fieldset>
        <legend>{t('visits.teachersSeen')}</legend>
        {shown.teachers.length === 0 && <p class="muted">{t('visits.noTeachers')}</p>}
        {shown.teachers.map((p) => (
          <label class="choice" key={p.personId}>
            <input
              type="checkbox"
              data-testid="teacher-seen"
              checked={seen.includes(p.personId)}
              onChange={(e) =>
                setSeen((all) => (e.currentTarget.checked ? [...all, p.personId] : all.filter((x) => x !== p.personId)))
              }
            />
            <span>{p.fullName || t('groups.notOnDevice')}</span>
          </label>
        ))}
      </fieldset>
      <Field id="visit-support" label={t('visits.support')} hint={t('visits.supportHelp')} required>
        {(c) => (
          <textarea
            {...c}
            rows={5}
            maxLength={20000}
            value={support}
            onInput={(e) => setSupport(e.currentTarget.value)}
          />
        )}
      </Field>
      {shown.observations.length > 0 && (
        <Field id="visit-observation" label={t('visits.observation')}>
          {(c) => (
            <select {...c} value={observation} onChange={(e) => setObservation(e.currentTarget.value)}>
              <option value="">{t('visits.noObservation')}</option>
              {shown.observations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy || seen.length === 0 || !support.trim()}>
        {v.status === 'done' ? t('common.save') : t('visits.record')}
      </button>
    </form>
  );
}

function MoveOrCancel({ shown }: { shown: VisitShown }) {
  const v = shown.visit;
  const [day, setDay] = useState(v.plannedFor);
  const write = useDispatch();
  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        void write.run('visit.update', { id: v.id, plannedFor: day });
      }}
    >
      <h2>{t('visits.move')}</h2>
      <TextField id="visit-move-day" label={t('visits.day')} type="date" required value={day} onValue={setDay} />
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <div class="actions">
        <button type="submit" class="button" disabled={write.busy || !day || day === v.plannedFor}>
          {t('visits.move')}
        </button>
        <button
          type="button"
          class="button secondary"
          disabled={write.busy}
          onClick={() => {
            if (confirm(t('visits.cancelConfirm'))) void write.run('visit.cancel', { id: v.id });
          }}
        >
          {t('visits.cancel')}
        </button>
      </div>
    </form>
  );
}
