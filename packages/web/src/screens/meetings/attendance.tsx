import { useState } from 'preact/hooks';
import { formatNumber } from '../../app/format';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { numberError, readNumber } from '../../ui/number-field';
import { SavedNote } from '../../ui/saved-note';
import { type MeetingShown, roundHours } from './queries';

interface Mark {
  present: boolean;
  hours: string;
}

/**
 * Attendance with contact hours: one tap marks a teacher present, the hours start at the meeting's
 * length (the usual case) and can be lowered for someone who came late or left early.
 */
export function AttendanceEditor({ shown }: { shown: MeetingShown }) {
  const { meeting, attendance, attendees } = shown;
  const full = roundHours(meeting.durationMinutes / 60);
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(
      attendees.map((p) => {
        const row = attendance.find((a) => a.personId === p.personId);
        return [p.personId, { present: row?.present ?? false, hours: String(row?.present ? row.hours : full) }];
      }),
    ),
  );
  const write = useDispatch();
  const set = (personId: string, change: Partial<Mark>) =>
    setMarks((all) => ({
      ...all,
      [personId]: { ...(all[personId] ?? { present: false, hours: String(full) }), ...change },
    }));

  async function save(e: Event) {
    e.preventDefault();
    const entries = attendees.map((p) => {
      const mark = marks[p.personId] ?? { present: false, hours: String(full) };
      return { personId: p.personId, present: mark.present, hours: mark.present ? readNumber(mark.hours, true) : 0 };
    });
    // Hours in any script's digits (issue 10, kind 2); an unreadable one is marked and nothing is sent.
    if (entries.some((e) => typeof e.hours !== 'number')) return;
    await write.run('meeting.recordAttendance', {
      id: meeting.id,
      entries: entries as { personId: string; present: boolean; hours: number }[],
    });
  }

  if (attendees.length === 0) return <p class="muted">{t('meetings.noAttendees')}</p>;
  return (
    <form onSubmit={save}>
      <p class="help">{t('meetings.attendanceHelp', { hours: formatNumber(full) })}</p>
      <ul class="list rows">
        {attendees.map((p) => {
          const mark = marks[p.personId] ?? { present: false, hours: String(full) };
          const name = p.fullName ?? t('groups.notOnDevice');
          return (
            <li key={p.personId} class="row-with-action" data-testid="attendee">
              <button
                type="button"
                class={mark.present ? 'button small' : 'button small secondary'}
                aria-pressed={mark.present}
                onClick={() => set(p.personId, { present: !mark.present })}
              >
                {mark.present ? '✓ ' : ''}
                {name}
              </button>
              <label class="inline-field">
                <span class="visually-hidden">{t('meetings.hoursFor', { name })}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  size={4}
                  aria-invalid={mark.present && numberError(mark.hours, true) ? true : undefined}
                  disabled={!mark.present}
                  value={mark.hours}
                  onInput={(e) => set(p.personId, { hours: e.currentTarget.value })}
                />{' '}
                {t('meetings.hoursUnit')}
              </label>
            </li>
          );
        })}
      </ul>
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy}>
        {t('meetings.saveAttendance')}
      </button>
    </form>
  );
}

/** Attendance as read by the group and by officials in scope (metadata). */
export function AttendanceList({ shown }: { shown: MeetingShown }) {
  if (shown.attendance.length === 0) return <p class="muted">{t('meetings.noAttendance')}</p>;
  return (
    <ul class="list rows">
      {shown.attendance.map((a) => (
        <li key={a.personId}>
          {a.fullName ?? t('groups.notOnDevice')}{' '}
          <span class="muted">
            {a.present ? t('meetings.hoursPresent', { hours: formatNumber(a.hours) }) : t('meetings.absent')}
          </span>
        </li>
      ))}
    </ul>
  );
}
