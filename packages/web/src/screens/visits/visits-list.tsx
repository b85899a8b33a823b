import { formatDate, formatNumber, today } from '../../app/format';
import { me } from '../../app/session';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { Loading } from '../../ui/loading';
import { mentorVisits, type VisitItem } from './queries';

/** One visit in a list: school, day, status; overdue marked in words (not colour alone). */
export function VisitRow({ item, href }: { item: VisitItem; href?: string }) {
  const v = item.visit;
  return (
    <li data-testid="visit-row" data-status={v.status} data-overdue={item.overdue ? 'true' : undefined}>
      {href ? (
        <a href={href}>{item.schoolName ?? t('visits.unknownSchool')}</a>
      ) : (
        (item.schoolName ?? t('visits.unknownSchool'))
      )}{' '}
      {item.overdue && <span class="overdue">{t('visits.overdue')}</span>}
      <span class="muted">
        {' '}
        ·{' '}
        {[
          formatDate(v.plannedFor),
          t(`visits.status.${v.status}`),
          v.status === 'done'
            ? t('visits.seenCount', { count: v.teacherPersonIds.length, n: formatNumber(v.teacherPersonIds.length) })
            : null,
          v.acknowledgedAt ? t('visits.acknowledged') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </li>
  );
}

/** `/visits`: the mentor's school follow-up visits, from the phone (offline); overdue ones first and flagged. */
export function VisitsList() {
  const personId = me.value?.personId ?? '';
  const day = today();
  const live = useLive(localDb.value, (db) => mentorVisits(db, personId, day), [personId, day]);
  const items = live.value ?? [];
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <section class="stack">
      <div class="title-row">
        <h1>{t('visits.title')}</h1>
        <a class="button" href="/visits/new">
          {t('visits.plan')}
        </a>
      </div>
      {overdue > 0 && (
        <p class="alert alert-info" role="status" data-testid="overdue-visits">
          {t('visits.overdueCount', { count: overdue, n: formatNumber(overdue) })}
        </p>
      )}
      {!live.loaded ? (
        <Loading />
      ) : items.length === 0 ? (
        <p class="muted">{t('visits.none')}</p>
      ) : (
        <ul class="list rows">
          {items.map((i) => (
            <VisitRow key={i.visit.id} item={i} href={`/visits/${i.visit.id}`} />
          ))}
        </ul>
      )}
      <p>
        <a href="/workload">{t('workload.mine.title')}</a>
      </p>
    </section>
  );
}
