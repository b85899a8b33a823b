import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { Ltr } from '../../ui/ltr';
import { OnlineOnly } from '../../ui/online-only';
import { formatDays } from './cluster-calendar';
import { loadAway } from './queries';

/**
 * `/calendar/away`: for a head teacher, which of the school's teachers are at a cluster meeting
 * and when, for the next four months (issue 9) — names and dates only, read from the server.
 */
export function AwayScreen() {
  return (
    <OnlineOnly title={t('calendar.awayTitle')}>
      <Away />
    </OnlineOnly>
  );
}

function Away() {
  const away = useResource(loadAway, []);
  return (
    <div class="stack">
      <p>
        <a href="/">{t('calendar.back')}</a>
      </p>
      <h1>{t('calendar.awayTitle')}</h1>
      <p class="help">{t('calendar.awayHelp')}</p>
      <ErrorBox error={away.error} />
      {away.loading && !away.data && <Loading />}
      {away.data && away.data.items.length === 0 && <p class="muted">{t('calendar.nobodyAway')}</p>}
      <ul class="list rows" data-testid="away-list">
        {away.data?.items.map((m) => (
          <li key={m.id} class="stack">
            <strong>{formatDays(m.days)}</strong>
            <span class="muted">
              {m.clusterName} · <Ltr>{m.start}</Ltr>
            </span>
            <ul class="list">
              {m.teachers.map((p) => (
                <li key={p.personId}>
                  {p.fullName} <span class="muted">· {p.schoolName}</span>
                  {p.role === 'mentor' && <span class="muted"> · {t('calendar.asMentor')}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
