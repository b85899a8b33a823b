import { api } from '../../app/api';
import type { GroupListItem, ListAnswer } from '../../app/api-types';
import { formatNumber } from '../../app/format';
import { canAdminister, programId } from '../../app/session';
import { useSearchList } from '../../app/use-search-list';
import { t } from '../../i18n';
import { OnlineOnly } from '../../ui/online-only';
import { SearchForm, SearchResults } from '../../ui/search-list';

function GroupsListScreen() {
  const program = programId.value;
  const list = useSearchList<GroupListItem>(
    '/groups',
    program ? (params) => api.get<ListAnswer<GroupListItem>>('/api/groups', { programId: program, ...params }) : null,
    [program],
  );

  return (
    <section>
      <div class="title-row">
        <h1>{t('groups.title')}</h1>
        {canAdminister.value && (
          <a class="button" href="/groups/new">
            {t('groups.new')}
          </a>
        )}
      </div>
      <SearchForm list={list} id="groups-q" label={t('groups.search')} />
      {list.unit && (
        <p>
          <a href="/groups">{t('groups.allUnits')}</a>
        </p>
      )}
      <SearchResults list={list} count={(n) => t('groups.count', { count: n, n: formatNumber(n) })}>
        {(g) => (
          <li key={g.id}>
            <a href={`/groups/${g.id}`}>{g.name}</a>
            <span class="muted">
              {[
                t(`groupKind.${g.kind}`),
                g.mentorNames.length ? t('groups.mentoredBy', { names: g.mentorNames.join(', ') }) : null,
                t('groups.menteeCount', { count: g.menteeCount, n: formatNumber(g.menteeCount) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        )}
      </SearchResults>
    </section>
  );
}

export function GroupsList() {
  return (
    <OnlineOnly title={t('groups.title')}>
      <GroupsListScreen />
    </OnlineOnly>
  );
}
