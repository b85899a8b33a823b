import { type Signal, signal } from '@preact/signals';
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber, today } from '../../app/format';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { Ltr } from '../../ui/ltr';
import { SavedNote } from '../../ui/saved-note';
import { hoursOf, localMeetingDays, type Mark, type MeetingDaysShown } from './queries';

/**
 * `/meetings/:meetingId/days`: a cluster meeting's attendance, one day at a time (issue 9). Built for
 * a cheap phone and 40 names: each row keeps its own state, so a tap re-renders that row alone; the
 * count of those present is a signal; the whole day is saved in one command. Works offline.
 */
export function DayAttendanceScreen({ meetingId }: { meetingId: string }) {
  const live = useLive(localDb.value, (db) => localMeetingDays(db, meetingId), [meetingId]);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!live.loaded) return <Loading />;
  const shown = live.value;
  if (!shown) return <p class="muted">{t('calendar.notOnPhone')}</p>;
  // Attendance is taken on or after its day: the server refuses a day still to come (issue 10, kind 6).
  const now = today();
  const open = shown.days.filter((d) => d <= now);
  const day = chosen && open.includes(chosen) ? chosen : (open[0] ?? '');
  return (
    <div class="stack">
      <p>
        <a href={`/meetings/${meetingId}`}>{t('calendar.backToMeeting')}</a>
      </p>
      <h1>{shown.meeting.title}</h1>
      <nav class="actions" aria-label={t('calendar.days')}>
        {shown.days.map((d, i) => (
          <button
            key={d}
            type="button"
            class={d === day ? 'button small' : 'button small secondary'}
            aria-pressed={d === day}
            disabled={d > now}
            onClick={() => setChosen(d)}
          >
            {t('calendar.dayN', { n: formatNumber(i + 1) })} · {formatDate(d)}
          </button>
        ))}
      </nav>
      {/* A new day starts a fresh list: its marks come from what that day recorded. */}
      {day ? <DayList key={day} shown={shown} day={day} /> : <p class="muted">{t('calendar.attendanceNotYet')}</p>}
    </div>
  );
}

export function DayList({ shown, day }: { shown: MeetingDaysShown; day: string }) {
  const { meeting, start } = shown;
  // Read once per day: later live updates (our own save) must not reset what is being tapped.
  const marks = useRef<Map<string, Mark> | null>(null);
  if (!marks.current)
    marks.current = new Map(
      shown.people.map((p) => {
        const row = shown.rows.find((r) => r.personId === p.personId && r.day === day);
        return [
          p.personId,
          { present: row?.present ?? false, arrivedAt: row?.arrivedAt ?? null, leftAt: row?.leftAt ?? null },
        ];
      }),
    );
  const present = useMemo(() => signal([...(marks.current?.values() ?? [])].filter((m) => m.present).length), []);
  const write = useDispatch();
  const full = meeting.durationMinutes / 60;

  async function save(e: Event) {
    e.preventDefault();
    const entries = [...(marks.current ?? new Map<string, Mark>()).entries()].map(([personId, m]) => ({
      personId,
      present: m.present,
      arrivedAt: m.present ? m.arrivedAt : null,
      leftAt: m.present ? m.leftAt : null,
    }));
    await write.run('meeting.recordDayAttendance', { id: meeting.id, day, entries });
  }

  if (shown.people.length === 0) return <p class="muted">{t('meetings.noAttendees')}</p>;
  return (
    <form class="card stack" onSubmit={save}>
      <p class="help">
        {t('calendar.dayHelp', { hours: formatNumber(full) })} <Ltr>{start}</Ltr>
      </p>
      <p aria-live="polite" data-testid="present-count">
        <PresentCount count={present} total={shown.people.length} />
      </p>
      <ul class="list rows">
        {shown.people.map((p) => (
          <PersonRow
            key={p.personId}
            personId={p.personId}
            name={p.fullName ?? t('groups.notOnDevice')}
            initial={marks.current?.get(p.personId) ?? { present: false, arrivedAt: null, leftAt: null }}
            start={start}
            durationMinutes={meeting.durationMinutes}
            onChange={(m, was) => {
              marks.current?.set(p.personId, m);
              if (m.present !== was) present.value += m.present ? 1 : -1;
            }}
          />
        ))}
      </ul>
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy}>
        {t('calendar.saveDay')}
      </button>
    </form>
  );
}

function PresentCount({ count, total }: { count: Signal<number>; total: number }) {
  return <>{t('calendar.presentCount', { n: formatNumber(count.value), total: formatNumber(total) })}</>;
}

interface RowProps {
  /** Makes the row's element ids unique: names in Urdu have no \w characters to tell them apart. */
  personId: string;
  name: string;
  initial: Mark;
  start: string;
  durationMinutes: number;
  onChange: (m: Mark, wasPresent: boolean) => void;
}

/** One teacher: a tap toggles present; "Late or early" opens the two times; the day's hours beside. */
export function PersonRow({ personId, name, initial, start, durationMinutes, onChange }: RowProps) {
  const [mark, setMark] = useState(initial);
  const [open, setOpen] = useState(initial.arrivedAt !== null || initial.leftAt !== null);
  const change = (next: Mark) => {
    onChange(next, mark.present);
    setMark(next);
  };
  const hours = hoursOf(start, durationMinutes, mark);
  const slug = personId;
  return (
    <li class="stack" data-testid="day-attendee">
      <div class="row-with-action">
        <button
          type="button"
          class={mark.present ? 'button small' : 'button small secondary'}
          aria-pressed={mark.present}
          onClick={() => change({ ...mark, present: !mark.present })}
        >
          {mark.present ? '✓ ' : ''}
          {name}
        </button>
        <span class="muted">
          {hours === null
            ? t('calendar.timesWrong')
            : mark.present
              ? t('meetings.hoursPresent', { hours: formatNumber(hours) })
              : t('meetings.absent')}
        </span>
      </div>
      {mark.present && !open && (
        <button type="button" class="button small secondary" onClick={() => setOpen(true)}>
          {t('calendar.lateOrEarly', { name })}
        </button>
      )}
      {mark.present && open && (
        <div class="actions">
          <label class="inline-field">
            {t('calendar.arrivedAt')}{' '}
            <input
              type="time"
              id={`arrived-${slug}`}
              value={mark.arrivedAt ?? ''}
              aria-label={t('calendar.arrivedAtFor', { name })}
              onChange={(e) => change({ ...mark, arrivedAt: e.currentTarget.value || null })}
            />
          </label>
          <label class="inline-field">
            {t('calendar.leftAt')}{' '}
            <input
              type="time"
              id={`left-${slug}`}
              value={mark.leftAt ?? ''}
              aria-label={t('calendar.leftAtFor', { name })}
              onChange={(e) => change({ ...mark, leftAt: e.currentTarget.value || null })}
            />
          </label>
        </div>
      )}
    </li>
  );
}
