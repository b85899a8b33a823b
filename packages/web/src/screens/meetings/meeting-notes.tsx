import type { MeetingNote } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { SavedNote } from '../../ui/saved-note';

const FIELDS = ['agenda', 'notes', 'outcomes'] as const;
type NoteField = (typeof FIELDS)[number];

/** The meeting's agenda, notes and outcomes: the group's record, or the pair's for a one-to-one. */
export function NotesEditor({ meetingId, notes }: { meetingId: string; notes: MeetingNote | null }) {
  const [text, setText] = useState<Record<NoteField, string>>({
    agenda: notes?.agenda ?? '',
    notes: notes?.notes ?? '',
    outcomes: notes?.outcomes ?? '',
  });
  const write = useDispatch();

  async function save(e: Event) {
    e.preventDefault();
    const changed: Partial<Record<NoteField, string | null>> = {};
    for (const f of FIELDS) {
      const value = text[f].trim() || null;
      if (value !== (notes?.[f] ?? null)) changed[f] = value;
    }
    if (Object.keys(changed).length === 0) return;
    await write.run('meeting.writeNotes', { id: meetingId, ...changed });
  }

  return (
    <form onSubmit={save}>
      <ConflictCopies recordId={meetingId} />
      {FIELDS.map((f) => (
        <Field key={f} id={`meeting-${f}`} label={t(`meetings.${f}`)}>
          {(c) => (
            <textarea
              {...c}
              rows={f === 'notes' ? 6 : 3}
              maxLength={20000}
              value={text[f]}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setText((all) => ({ ...all, [f]: value }));
              }}
            />
          )}
        </Field>
      ))}
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy}>
        {t('meetings.saveNotes')}
      </button>
    </form>
  );
}

/** The notes for a reader who does not keep them. */
export function NotesView({ notes }: { notes: MeetingNote | null }) {
  if (!notes) return <p class="muted">{t('meetings.noNotes')}</p>;
  return (
    <dl class="facts">
      {FIELDS.filter((f) => notes[f]).map((f) => (
        <div key={f}>
          <dt>{t(`meetings.${f}`)}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{notes[f]}</dd>
        </div>
      ))}
    </dl>
  );
}
