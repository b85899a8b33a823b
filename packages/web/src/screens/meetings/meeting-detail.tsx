import { memberOf } from '@mentora/core/policy';
import { formatDate, formatNumber } from '../../app/format';
import { actor, may } from '../../app/policy';
import { useDispatch } from '../../app/use-dispatch';
import { useLocalOrServer } from '../../app/use-local-or-server';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { PendingChanges } from '../../ui/pending-changes';
import { FeedbackLink } from '../feedback/feedback-link';
import { ArtefactForm, ArtefactList } from './artefacts';
import { AttendanceEditor, AttendanceList } from './attendance';
import { NotesEditor, NotesView } from './meeting-notes';
import { formatWhen } from './meetings-list';
import { loadMeeting, localMeeting, type MeetingShown, meetingResource, pairOf } from './queries';

/** What the signed-in user may do with this meeting: the server's answer online, the policy on the phone. */
function rights(shown: MeetingShown) {
  const a = actor.value;
  const m = shown.meeting;
  const pair = pairOf(m);
  const record = shown.may?.update ?? may('update', meetingResource(m));
  const keeps = shown.may?.readContent ?? (!!a && (pair.length ? pair.includes(a.personId) : memberOf(a, m.groupId)));
  // A group meeting's notes are kept by the mentor who wrote them; a one-to-one's by the pair.
  // On the phone a just-written note has no author yet (the server fills it in).
  const author = shown.notes?.authorPersonId;
  const writeNotes = keeps && (pair.length > 0 || (shown.notes ? author === a?.personId || author === '' : record));
  return { record, keeps, writeNotes };
}

/**
 * `/meetings/:meetingId`: when, status, attendance with contact hours; for its group (or pair) the
 * notes and joint work too. An official in scope reads the same page without notes or artefacts.
 */
export function MeetingDetail({ meetingId }: { meetingId: string }) {
  const detail = useLocalOrServer(
    (db) => localMeeting(db, meetingId),
    () => loadMeeting(meetingId),
    [meetingId],
  );
  const write = useDispatch();
  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error) return <ErrorBox error={detail.error} />;
  const shown = detail.data;
  if (!shown) return null;
  const m = shown.meeting;
  const { record, keeps, writeNotes } = rights(shown);
  const act = async (name: 'meeting.markHeld' | 'meeting.cancel', confirm?: string) => {
    if (confirm && !window.confirm(confirm)) return;
    const done = await write.run(name, { id: m.id });
    if (done?.outcome === 'applied' && detail.fromServer) detail.reload();
  };

  return (
    <div class="stack">
      <p>
        <a href={`/groups/${m.groupId}/meetings`}>{t('meetings.back')}</a>
      </p>
      <div class="title-row">
        <h1>{m.title}</h1>
        {record && m.status !== 'cancelled' && (
          <a class="button secondary" href={`/meetings/${m.id}/edit`}>
            {t('meetings.edit')}
          </a>
        )}
      </div>
      <dl class="facts card">
        <div>
          <dt>{t('meetings.kindLabel')}</dt>
          <dd>{t(`meetings.kind.${m.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('meetings.when')}</dt>
          <dd>
            {formatWhen(m.scheduledFor)}
            {m.endsOn ? ` – ${formatDate(m.endsOn)}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('meetings.duration')}</dt>
          <dd>{t('meetings.minutes', { n: formatNumber(m.durationMinutes) })}</dd>
        </div>
        <div>
          <dt>{t('meetings.statusLabel')}</dt>
          <dd data-testid="meeting-status">
            {t(`meetings.status.${m.status}`)}
            {m.heldAt && m.status === 'held' ? ` (${formatDate(m.heldAt)})` : ''}
          </dd>
        </div>
      </dl>
      {record && m.status === 'scheduled' && (
        <div class="actions">
          <button type="button" class="button" disabled={write.busy} onClick={() => act('meeting.markHeld')}>
            {t('meetings.markHeld')}
          </button>
          <button
            type="button"
            class="button secondary"
            disabled={write.busy}
            onClick={() => act('meeting.cancel', t('meetings.cancelConfirm'))}
          >
            {t('meetings.cancel')}
          </button>
        </div>
      )}
      <ErrorBox error={write.error} />
      <FeedbackLink meeting={m} attendance={shown.attendance} />
      {!detail.fromServer && m.kind !== 'one_to_one' && (
        <a href={`/meetings/${m.id}/agenda`}>{t('concerns.agendaLink')}</a>
      )}
      <section class="card" aria-labelledby="attendance-title">
        <h2 id="attendance-title">{t('meetings.attendance')}</h2>
        {m.kind === 'cluster_meeting' && !detail.fromServer && (
          <p>
            <a href={`/meetings/${m.id}/days`}>{t('calendar.byDay')}</a>
          </p>
        )}
        {record && m.status !== 'cancelled' && !detail.fromServer && m.kind !== 'cluster_meeting' ? (
          <AttendanceEditor key={`${m.id}:${m.durationMinutes}`} shown={shown} />
        ) : (
          <AttendanceList shown={shown} />
        )}
      </section>
      {keeps && (
        <section class="card" aria-labelledby="notes-title">
          <h2 id="notes-title">{t('meetings.notesTitle')}</h2>
          <p class="help">{t(pairOf(m).length ? 'meetings.pairPrivate' : 'meetings.groupPrivate')}</p>
          {writeNotes ? (
            <NotesEditor key={m.id} meetingId={m.id} notes={shown.notes} goals={shown.goals} />
          ) : (
            <NotesView notes={shown.notes} goals={shown.goals} />
          )}
        </section>
      )}
      {keeps && (
        <section class="card" aria-labelledby="artefacts-title">
          <h2 id="artefacts-title">{t('meetings.artefacts')}</h2>
          <ArtefactList artefacts={shown.artefacts} onRemove={(id) => write.run('meeting.removeArtefact', { id })} />
          <ArtefactForm meetingId={m.id} />
        </section>
      )}
      <PendingChanges recordId={m.id} />
    </div>
  );
}
