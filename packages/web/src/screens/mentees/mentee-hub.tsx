import { formatDate, formatNumber, today } from '../../app/format';
import { me } from '../../app/session';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { Loading } from '../../ui/loading';
import { DueList } from './due-list';
import { type MenteeHub as Hub, menteeHub } from './queries';

const count = (key: string, n: number) => t(key, { count: n, n: formatNumber(n) });

function PlanSection({ hub }: { hub: Hub }) {
  const { openNeeds, openGoals, openActions, overdueActions } = hub.plan;
  return (
    <section class="card" aria-labelledby="hub-plan">
      <h2 id="hub-plan">{t('hubs.mentee.plan')}</h2>
      <p data-testid="hub-plan-summary">
        {[
          count('hubs.mentee.openNeeds', openNeeds),
          count('hubs.mentee.openGoals', openGoals),
          count('hubs.mentee.openActions', openActions),
        ].join(' · ')}
        {overdueActions > 0 && (
          <>
            {' '}
            <span class="overdue">{count('plans.overdueCount', overdueActions)}</span>
          </>
        )}
      </p>
      <p>
        <a class="button secondary" href={`/mentees/${hub.personId}/plan`}>
          {t('hubs.mentee.openPlan')}
        </a>
      </p>
    </section>
  );
}

function ObservationsSection({ hub }: { hub: Hub }) {
  return (
    <section class="card" aria-labelledby="hub-observations">
      <h2 id="hub-observations">{t('hubs.mentee.observations')}</h2>
      {hub.observations.length === 0 && <p class="muted">{t('observations.none')}</p>}
      <ul class="list rows" data-testid="hub-observations">
        {hub.observations.map(({ o, stage, otherName, menteeObserves }) => (
          <li key={o.id}>
            <a href={`/observations/${o.id}`}>
              {t(menteeObserves ? 'hubs.mentee.theyObserve' : 'hubs.mentee.observedBy', {
                name: otherName ?? t('hubs.due.someone'),
              })}
            </a>
            <span class="muted">
              {formatDate(o.scheduledFor)} · {t(`observations.status.${stage.stage}`)}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <a class="button secondary" href="/observations/new">
          {t('observations.schedule')}
        </a>
      </p>
    </section>
  );
}

function PortfolioSection({ hub }: { hub: Hub }) {
  return (
    <section class="card" aria-labelledby="hub-portfolio">
      <h2 id="hub-portfolio">{t('hubs.mentee.portfolio')}</h2>
      <p class="muted">{t('hubs.mentee.portfolioHelp')}</p>
      {hub.portfolio.length === 0 && <p class="muted">{t('hubs.mentee.noPortfolio')}</p>}
      <ol class="list rows timeline" data-testid="hub-portfolio">
        {hub.portfolio.map((r) => (
          <li key={r.id}>
            <a href={`/portfolio/${r.id}`}>{formatDate(r.entryDate)}</a>
            <span class="muted">{t(`hubs.mentee.visibility.${r.visibility}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The mentor's page of one mentee (issue 8, point 8: "my groups → a mentee → needs, plan,
 * observations, portfolio timeline, what is due"), from the phone's store: it opens offline.
 */
export function MenteeHubScreen({ personId }: { personId: string }) {
  const user = me.value?.personId ?? '';
  const day = today();
  const live = useLive(localDb.value, (db) => menteeHub(db, personId, user, day), [personId, user, day]);
  if (!live.loaded) return <Loading />;
  const hub = live.value;
  if (!hub) {
    return (
      <section>
        <h1>{t('hubs.mentee.notHere')}</h1>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </section>
    );
  }
  return (
    <div class="stack">
      <p>
        <a href="/">{t('hubs.mentee.back')}</a>
      </p>
      <h1>{hub.name}</h1>
      <p class="lead" data-testid="hub-groups">
        {hub.groups.map((g, i) => (
          <span key={g.id}>
            {i > 0 && ' · '}
            <a href={`/groups/${g.id}`}>{g.name}</a>
          </span>
        ))}{' '}
        · <a href={`/people/${hub.personId}`}>{t('hubs.mentee.profile')}</a>
      </p>
      {!hub.mentoredByMe && <p class="muted">{t('hubs.mentee.notMine')}</p>}
      <section class="card" aria-labelledby="hub-due">
        <h2 id="hub-due">{t('hubs.due.title')}</h2>
        <DueList items={hub.due} me={user} />
      </section>
      <PlanSection hub={hub} />
      <ObservationsSection hub={hub} />
      <PortfolioSection hub={hub} />
    </div>
  );
}
