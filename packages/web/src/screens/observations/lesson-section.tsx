import { useState } from 'preact/hooks';
import { formatDate } from '../../app/format';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { TextField } from '../../ui/field';
import { NumberField, readNumber } from '../../ui/number-field';
import { SavedNote } from '../../ui/saved-note';
import type { CycleView } from './queries';

/** The lesson's context (subject, grade, topic, class size); saving it marks the lesson observed. */
export function ContextSection({ view, editable }: { view: CycleView; editable: boolean }) {
  const d = view.details;
  const [subject, setSubject] = useState(d?.subject ?? '');
  const [grade, setGrade] = useState(d?.grade ?? '');
  const [topic, setTopic] = useState(d?.topic ?? '');
  const [size, setSize] = useState(d?.classSize ? String(d.classSize) : '');
  const write = useDispatch();
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return (
    <section class="card" aria-labelledby="lesson-title">
      <h2 id="lesson-title">{t('observations.lesson')}</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const classSize = readNumber(size);
          if (classSize === 'unreadable') return; // the field says why; never sent as null
          await write.run('observation.record', {
            id: view.o.id,
            subject: orNull(subject),
            grade: orNull(grade),
            topic: orNull(topic),
            classSize,
          });
        }}
      >
        <fieldset disabled={!editable}>
          <TextField
            id="obs-subject"
            label={t('observations.subject')}
            maxLength={100}
            value={subject}
            onValue={setSubject}
          />
          <TextField id="obs-grade" label={t('observations.grade')} maxLength={40} value={grade} onValue={setGrade} />
          <TextField id="obs-topic" label={t('observations.topic')} maxLength={200} value={topic} onValue={setTopic} />
          <NumberField id="obs-size" label={t('observations.classSize')} value={size} onValue={setSize} />
        </fieldset>
        <ErrorBox error={write.error} />
        <SavedNote outcome={write.outcome} />
        {editable && (
          <button type="submit" class="button" disabled={write.busy}>
            {view.o.status === 'observed' ? t('common.save') : t('observations.markObserved')}
          </button>
        )}
      </form>
    </section>
  );
}

/** Time-stamped notes taken during the lesson. */
export function NotesSection({ view, editable }: { view: CycleView; editable: boolean }) {
  const [text, setText] = useState('');
  const write = useDispatch();
  return (
    <section class="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('observations.notes')}</h2>
      {view.notes.length === 0 && <p class="muted">{t('observations.noNotes')}</p>}
      <ul class="list rows" data-testid="notes">
        {view.notes.map((n) => (
          <li key={n.id}>
            <span class="muted">{formatDate(n.at)}</span> {n.text}
          </li>
        ))}
      </ul>
      {editable && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const done = await write.run('observation.note', {
              observationId: view.o.id,
              at: new Date().toISOString(),
              text: text.trim(),
            });
            if (done) setText('');
          }}
        >
          <TextField id="obs-note" label={t('observations.newNote')} maxLength={2000} value={text} onValue={setText} />
          <ErrorBox error={write.error} />
          <button type="submit" class="button secondary" disabled={write.busy || !text.trim()}>
            {t('observations.addNote')}
          </button>
        </form>
      )}
    </section>
  );
}
