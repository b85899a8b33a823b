import { formatNumber, today } from '../../app/format';
import { online } from '../../app/network';
import { actor } from '../../app/policy';
import { me, programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { NeedsConnection } from '../../ui/needs-connection';
import { formatWhen } from '../meetings/meetings-list';
import { DistributionList, meanLine } from './feedback-summary';
import { FEEDBACK_THRESHOLD, loadProgramFeedback, localRateable } from './queries';

/** The teacher's held meetings attended: rate each once, or see that it is rated (from the phone, offline). */
function MyMeetings() {
  const personId = me.value?.personId ?? '';
  const day = today();
  const live = useLive(localDb.value, (db) => localRateable(db, personId, day), [personId, day]);
  if (!live.loaded) return <Loading />;
  const items = live.value ?? [];
  return (
    <section class="card" aria-labelledby="feedback-mine">
      <h2 id="feedback-mine">{t('feedback.mine')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('feedback.noneToRate')}</p>
      ) : (
        <ul class="list rows">
          {items.map(({ meeting, rated, closed }) => (
            <li key={meeting.id} data-testid="feedback-meeting">
              {rated || closed ? (
                <span>{meeting.title}</span>
              ) : (
                <a href={`/meetings/${meeting.id}/feedback`}>{meeting.title}</a>
              )}
              <span class="muted">
                {formatWhen(meeting.scheduledFor)} ·{' '}
                {t(rated ? 'feedback.rated' : closed ? 'feedback.closedShort' : 'feedback.toRate')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Mentors and program officials: how useful each group's meetings were, from the server (online). */
function ProgramAggregate({ id }: { id: string }) {
  const res = useResource(() => loadProgramFeedback(id), [id]);
  if (!online.value) return <NeedsConnection />;
  if (res.loading && !res.data) return <Loading />;
  if (res.error) return <ErrorBox error={res.error} />;
  const groups = res.data?.groups ?? [];
  return (
    <section class="stack" aria-labelledby="feedback-groups">
      <h2 id="feedback-groups">{t('feedback.groupsTitle')}</h2>
      <p class="help">{t('feedback.groupsHelp', { n: FEEDBACK_THRESHOLD })}</p>
      {groups.length === 0 && <p class="muted">{t('feedback.noGroups')}</p>}
      {groups.map((g) => (
        <article class="card" key={g.groupId} data-testid="feedback-group">
          <h3>{g.groupName}</h3>
          {g.mentorNames.length > 0 && <p class="muted">{g.mentorNames.join(', ')}</p>}
          {g.count === 0 ? (
            <p class="muted">{t('feedback.hidden', { n: FEEDBACK_THRESHOLD })}</p>
          ) : (
            <>
              <p>
                {t('feedback.meetingsCounted', { count: g.meetings, n: formatNumber(g.meetings) })} ·{' '}
                {meanLine(g.mean, g.count)}
              </p>
              <DistributionList d={g.distribution} count={g.count} />
            </>
          )}
        </article>
      ))}
    </section>
  );
}

/**
 * `/feedback`: a teacher rates the meetings they attended (anonymously, offline); the mentor and
 * program officials read how useful the meetings were, as aggregates only (ADR 0022).
 */
export function FeedbackHome() {
  const a = actor.value;
  const program = programId.value;
  const attends = !!a && a.groups.some((g) => g.role === 'mentee');
  const reads =
    !!a &&
    (a.systemAdmin ||
      a.groups.some((g) => g.role === 'mentor') ||
      a.assignments.some(
        (r) => r.programId === program && (r.role === 'program_admin' || r.role === 'district_officer'),
      ));
  return (
    <div class="stack">
      <h1>{t('feedback.title')}</h1>
      <p class="help">{t('feedback.anonymous', { n: FEEDBACK_THRESHOLD })}</p>
      {attends && <MyMeetings />}
      {reads && program && <ProgramAggregate id={program} />}
    </div>
  );
}
