import type { MeetingNote } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { SavedNote } from '../../ui/saved-note';
import type { GoalChoice } from './queries';

const FIELDS = ['agenda', 'notes', 'outcomes'] as const;
type NoteField = (typeof FIELDS)[number];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Picks the goals the meeting's outcomes serve (issue 8, point 5: "outcomes linked to goals"),
 * from the goals of the pair or group this phone holds, by title and whose goal it is.
 */
function GoalPicker({
  goals,
  chosen,
  onChange,
}: {
  goals: GoalChoice[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{t('meetings.goalsLabel')}</legend>
      {goals.length === 0 ? (
        <p class="muted">{t('meetings.noGoals')}</p>
      ) : (
        goals.map((g) => (
          <label key={g.id} class="choice">
            <input
              type="checkbox"
              checked={chosen.includes(g.id)}
              onChange={(e) =>
                onChange(e.currentTarget.checked ? [...chosen, g.id] : chosen.filter((id) => id !== g.id))
              }
            />
            <span>
              {g.title}
              {g.ownerName && <span class="muted"> · {g.ownerName}</span>}
            </span>
          </label>
        ))
      )}
    </fieldset>
  );
}

/**
 * The meeting's agenda, notes and outcomes, and the goals the outcomes serve: the group's record,
 * or the pair's for a one-to-one. `goals`: the choices of the goal picker.
 */
export function NotesEditor({
  meetingId,
  notes,
  goals,
}: {
  meetingId: string;
  notes: MeetingNote | null;
  goals: GoalChoice[];
}) {
  const [text, setText] = useState<Record<NoteField, string>>({
    agenda: notes?.agenda ?? '',
    notes: notes?.notes ?? '',
    outcomes: notes?.outcomes ?? '',
  });
  const [goalIds, setGoalIds] = useState<string[]>(notes?.goalIds ?? []);
  const write = useDispatch();

  async function save(e: Event) {
    e.preventDefault();
    const changed: Partial<Record<NoteField, string | null>> = {};
    for (const f of FIELDS) {
      const value = text[f].trim() || null;
      if (value !== (notes?.[f] ?? null)) changed[f] = value;
    }
    const goalsChanged = !sameSet(goalIds, notes?.goalIds ?? []);
    if (Object.keys(changed).length === 0 && !goalsChanged) return;
    // What this screen showed is the base, also when there were no notes yet (issue 10, kind 5).
    const shown = notes ?? { agenda: null, notes: null, outcomes: null, goalIds: [] };
    await write.run('meeting.writeNotes', { id: meetingId, ...changed, ...(goalsChanged ? { goalIds } : {}) }, shown);
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
      <GoalPicker goals={goals} chosen={goalIds} onChange={setGoalIds} />
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy}>
        {t('meetings.saveNotes')}
      </button>
    </form>
  );
}

/**
 * The notes for a reader who does not keep them, with the titles of the goals they are linked to
 * (`goals`: those this phone holds; a goal it does not hold is left out rather than shown as an id).
 */
export function NotesView({ notes, goals }: { notes: MeetingNote | null; goals: GoalChoice[] }) {
  if (!notes) return <p class="muted">{t('meetings.noNotes')}</p>;
  const linked = goals.filter((g) => notes.goalIds.includes(g.id));
  return (
    <dl class="facts">
      {FIELDS.filter((f) => notes[f]).map((f) => (
        <div key={f}>
          <dt>{t(`meetings.${f}`)}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{notes[f]}</dd>
        </div>
      ))}
      {linked.length > 0 && (
        <div>
          <dt>{t('meetings.linkedGoals')}</dt>
          <dd>
            <ul class="list" data-testid="linked-goals">
              {linked.map((g) => (
                <li key={g.id}>{g.title}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
