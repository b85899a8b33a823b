import { memberOf } from '@mentora/core/policy';
import { formatDateTime, formatNumber } from '../../app/format';
import { actor } from '../../app/policy';
import { useLocalOrServer } from '../../app/use-local-or-server';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { loadGroupMeetings, localGroupMeetings } from './queries';

/** When a meeting takes place, in the phone's time zone. */
export function formatWhen(iso: string): string {
  return formatDateTime(iso);
}

/**
 * `/groups/:groupId/meetings`: the group's meetings from the phone (members, offline); an official
 * in scope sees the same list from the server — metadata only (ARCHITECTURE §3).
 */
export function MeetingsList({ groupId }: { groupId: string }) {
  const list = useLocalOrServer(
    (db) => localGroupMeetings(db, groupId),
    () => loadGroupMeetings(groupId),
    [groupId],
  );
  const a = actor.value;
  const mentor = !!a && memberOf(a, groupId, 'mentor');
  if (list.loading && !list.data) return <Loading />;
  if (list.error) return <ErrorBox error={list.error} />;
  const items = list.data ?? [];
  return (
    <section class="stack">
      <p>
        <a href={`/groups/${groupId}`}>{t('groups.backToGroup')}</a>
      </p>
      <div class="title-row">
        <h1>{t('meetings.title')}</h1>
        {mentor && (
          <a class="button" href={`/groups/${groupId}/meetings/new`}>
            {t('meetings.schedule')}
          </a>
        )}
      </div>
      {items.length === 0 ? (
        <p class="muted">{t('meetings.none')}</p>
      ) : (
        <ul class="list rows">
          {items.map((m) => (
            <li key={m.id} data-testid="meeting-row" data-status={m.status}>
              <a href={`/meetings/${m.id}`}>{m.title}</a>
              <span class="muted">
                {[
                  formatWhen(m.scheduledFor),
                  t(`meetings.kind.${m.kind}`),
                  t(`meetings.status.${m.status}`),
                  m.status === 'held'
                    ? t('meetings.present', { count: m.presentCount, n: formatNumber(m.presentCount) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
