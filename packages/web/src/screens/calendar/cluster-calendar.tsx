import { addDays, instantOf, type ProposedMeeting, proposeClusterCalendar, weekdayOf } from '@mentora/core/calendar';
import { useState } from 'preact/hooks';
import { formatDate, formatNumber, today } from '../../app/format';
import { me } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { uuidv7 } from '../../store/uuid';
import { ErrorBox } from '../../ui/error-box';
import { TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { Ltr } from '../../ui/ltr';
import { NumberField, readNumber } from '../../ui/number-field';
import { SavedNote } from '../../ui/saved-note';
import { type ClusterCalendar, myClusterCalendars, nextMonth } from './queries';

/** A run of days as "2 Mar 2026 – 3 Mar 2026" (or one date). */
export function formatDays(days: readonly string[]): string {
  const first = formatDate(days[0]);
  return days.length > 1 ? `${first} – ${formatDate(days.at(-1))}` : first;
}

/** Why a first day does not fit the cadence: a weekend day or a holiday (by name); null when it fits. */
function dayProblem(c: ClusterCalendar, days: readonly string[]): string | null {
  for (const d of days) {
    const holiday = c.calendar.holidays.find((h) => h.date === d);
    if (holiday) return t('calendar.onHoliday', { name: holiday.name });
    if (c.calendar.weekendDays.includes(weekdayOf(d))) return t('calendar.onWeekend');
  }
  return null;
}

/**
 * `/calendar`: the mentor's clusters, each with its cluster meetings, and the year proposed from the
 * program's cadence (issue 9) — adjusted day by day, then accepted in one command. Works offline.
 */
export function ClusterCalendarScreen() {
  const personId = me.value?.personId ?? '';
  const live = useLive(localDb.value, (db) => myClusterCalendars(db, personId), [personId]);
  if (!live.loaded) return <Loading />;
  const clusters = live.value ?? [];
  return (
    <div class="stack">
      <p>
        <a href="/">{t('calendar.back')}</a>
      </p>
      <h1>{t('calendar.title')}</h1>
      {clusters.length === 0 && <p class="muted">{t('calendar.noClusters')}</p>}
      {clusters.map((c) => (
        <Cluster key={c.groupId} c={c} />
      ))}
    </div>
  );
}

function Cluster({ c }: { c: ClusterCalendar }) {
  const day = today();
  const headingId = `cluster-${c.groupId}`;
  return (
    <section class="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{c.name}</h2>
      <p class="help">
        {t('calendar.cadence', { count: c.calendar.daysPerMonth, n: formatNumber(c.calendar.daysPerMonth) })}
      </p>
      {c.meetings.length === 0 ? (
        <p class="muted">{t('calendar.noMeetings')}</p>
      ) : (
        <ul class="list rows" data-testid="cluster-meetings">
          {c.meetings.map((m) => (
            <li key={m.id} class="stack">
              <span>
                <a href={`/meetings/${m.id}`}>{formatDays(m.days)}</a>{' '}
                <span class="muted">
                  · <Ltr>{m.start}</Ltr> · {t(`meetings.status.${m.status}`)}
                </span>
              </span>
              {m.status !== 'cancelled' && (m.days[0] ?? '') <= day && (
                <a href={`/meetings/${m.id}/days`}>{t('calendar.takeAttendance')}</a>
              )}
              {m.status === 'scheduled' && (m.days[0] ?? '') > day && <MoveMeeting c={c} m={m} />}
            </li>
          ))}
        </ul>
      )}
      <Proposal c={c} />
    </section>
  );
}

/** Moving a planned meeting: a new first day; its other days and its time of day follow. */
function MoveMeeting({ c, m }: { c: ClusterCalendar; m: ClusterCalendar['meetings'][number] }) {
  const [open, setOpen] = useState(false);
  const [first, setFirst] = useState(m.days[0] ?? '');
  const write = useDispatch();
  if (!open)
    return (
      <button type="button" class="button small secondary" onClick={() => setOpen(true)}>
        {t('calendar.move')}
      </button>
    );
  const days = Array.from({ length: m.days.length }, (_, i) => addDays(first, i));
  const problem = first ? dayProblem(c, days) : null;
  async function save(e: Event) {
    e.preventDefault();
    const done = await write.run(
      'meeting.update',
      {
        id: m.id,
        scheduledFor: instantOf(first, m.start, c.calendar.timeZone),
        ...(m.endsOn ? { endsOn: days.at(-1) ?? null } : {}),
      },
      m,
    );
    if (done) setOpen(false);
  }
  return (
    <form class="stack" onSubmit={save}>
      <TextField
        id={`move-${m.id}`}
        label={t('calendar.firstDay')}
        type="date"
        required
        value={first}
        onValue={setFirst}
        hint={problem ?? undefined}
      />
      <ErrorBox error={write.error} />
      <button type="submit" class="button small" disabled={write.busy || !first}>
        {t('calendar.saveMove')}
      </button>
    </form>
  );
}

interface Row extends ProposedMeeting {
  key: string;
}

/** The next twelve months proposed from the cadence, each first day adjustable, accepted at once. */
function Proposal({ c }: { c: ClusterCalendar }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [start, setStart] = useState('09:00');
  const [hours, setHours] = useState('5');
  // Digits of any script, "4.5", "4,5" or "۴٫۵" (issue 10, kind 2); 0 while unreadable or empty.
  const read = readNumber(hours, true);
  const hoursADay = typeof read === 'number' ? read : 0;
  const write = useDispatch();
  const n = Math.max(c.calendar.daysPerMonth, 1);
  const busy = c.meetings.flatMap((m) => m.days);

  function propose() {
    const year = proposeClusterCalendar(c.calendar, { from: nextMonth(c), months: 12, busy });
    setRows(year.map((p) => ({ ...p, key: p.month })));
  }
  function adjust(key: string, first: string) {
    const days = Array.from({ length: n }, (_, i) => addDays(first, i));
    setRows((all) =>
      (all ?? []).map((r) => (r.key === key ? { ...r, startsOn: first, endsOn: days.at(-1) ?? first, days } : r)),
    );
  }
  async function accept() {
    if (!rows?.length) return;
    const done = await write.run('meeting.scheduleCluster', {
      id: c.groupId,
      meetings: rows.map((r) => ({
        id: uuidv7(),
        title: t('calendar.meetingTitle', { date: formatDate(r.startsOn) }),
        scheduledFor: instantOf(r.startsOn, start, c.calendar.timeZone),
        durationMinutes: Math.round(hoursADay * 60),
        endsOn: r.days.length > 1 ? r.endsOn : null,
      })),
    });
    if (done) setRows(null);
  }

  if (c.calendar.daysPerMonth === 0) return null;
  if (!rows)
    return (
      <div class="stack">
        <SavedNote outcome={write.outcome} />
        <button type="button" class="button secondary" onClick={propose}>
          {t('calendar.propose')}
        </button>
      </div>
    );
  return (
    <div class="stack" data-testid="proposal">
      <h3>{t('calendar.proposalTitle')}</h3>
      <p class="help">{t('calendar.proposalHelp')}</p>
      <TextField
        id={`start-${c.groupId}`}
        label={t('calendar.startTime')}
        type="time"
        required
        value={start}
        onValue={setStart}
      />
      <NumberField
        id={`hours-${c.groupId}`}
        label={t('calendar.hoursADay')}
        decimal
        required
        value={hours}
        onValue={setHours}
      />
      <ol class="list rows">
        {rows.map((r) => {
          const problem = dayProblem(c, r.days);
          return (
            <li key={r.key}>
              <TextField
                id={`first-${c.groupId}-${r.key}`}
                label={formatDays(r.days)}
                type="date"
                required
                value={r.startsOn}
                onValue={(v) => v && adjust(r.key, v)}
                hint={problem ?? undefined}
              />
            </li>
          );
        })}
      </ol>
      <ErrorBox error={write.error} />
      <div class="actions">
        <button type="button" class="button" disabled={write.busy || !start || !hoursADay} onClick={accept}>
          {t('calendar.accept', { count: rows.length, n: formatNumber(rows.length) })}
        </button>
        <button type="button" class="button secondary" onClick={() => setRows(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
