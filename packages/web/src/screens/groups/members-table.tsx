import { formatDate } from '../../app/format';
import { t } from '../../i18n';
import type { MemberView } from '../../store/queries';

interface Props {
  members: MemberView[];
  /** When given, current members get an "End membership" button. */
  onEnd?: (member: MemberView) => void;
  busy?: boolean;
  /** The user mentors this group: a mentee's name opens their mentee page. */
  menteePages?: boolean;
}

export function MembersTable({ members, onEnd, busy, menteePages = false }: Props) {
  if (members.length === 0) return <p class="muted">{t('groups.noMembers')}</p>;
  // Mentors first, then mentees; each by name.
  const sorted = [...members].sort((a, b) =>
    a.role === b.role ? (a.fullName ?? '').localeCompare(b.fullName ?? '') : a.role === 'mentor' ? -1 : 1,
  );
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t('groups.members')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.member')}</th>
            <th scope="col">{t('groups.role')}</th>
            <th scope="col">{t('groups.startDate')}</th>
            <th scope="col">{t('groups.endDate')}</th>
            {onEnd && (
              <th scope="col">
                <span class="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {sorted.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <a href={menteePages && m.role === 'mentee' ? `/mentees/${m.personId}` : `/people/${m.personId}`}>
                  {m.fullName ?? t('groups.notOnDevice')}
                </a>
              </th>
              <td>{t(`memberRole.${m.role}`)}</td>
              <td>{formatDate(m.startDate)}</td>
              <td>{m.endDate ? formatDate(m.endDate) : '—'}</td>
              {onEnd && (
                <td>
                  {m.endDate === null && (
                    <button
                      type="button"
                      class="button secondary small"
                      disabled={busy}
                      onClick={() => onEnd(m)}
                      aria-label={t('groups.endFor', { name: m.fullName ?? '' })}
                    >
                      {t('groups.end')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
