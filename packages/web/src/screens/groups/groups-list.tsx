import type { GroupListItemResponse as GroupListItem, ListAnswer } from '@mentora/core/types';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, withQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { canAdminister, programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { OnlineOnly } from '../../ui/online-only';
import { Pager } from '../../ui/pager';

const LIMIT = 50;

function GroupsListScreen() {
  const { query, route } = useLocation();
  const q = query.q ?? '';
  const unit = query.unit ?? '';
  const offset = Number(query.offset ?? 0) || 0;
  const program = programId.value;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const groups = useResource(
    () =>
      program
        ? api.get<ListAnswer<GroupListItem>>('/api/groups', {
            programId: program,
            q: q || undefined,
            orgUnitId: unit || undefined,
            limit: LIMIT,
            offset,
          })
        : Promise.resolve({ items: [], total: 0 }),
    [program, q, unit, offset],
  );

  const go = (next: { q?: string; offset?: number }) =>
    route(withQuery('/groups', { q: next.q ?? q, unit, offset: next.offset || undefined }));

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
      <form
        class="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: text.trim(), offset: 0 });
        }}
      >
        <div class="field">
          <label for="groups-q">{t('groups.search')}</label>
          <input id="groups-q" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button">
          {t('common.search')}
        </button>
      </form>
      {unit && (
        <p>
          <a href="/groups">{t('groups.allUnits')}</a>
        </p>
      )}
      {groups.loading && <Loading />}
      <ErrorBox error={groups.error} />
      {groups.data && (
        <>
          <p role="status">{t('groups.count', { count: groups.data.total, n: formatNumber(groups.data.total) })}</p>
          <ul class="list rows">
            {groups.data.items.map((g) => (
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
            ))}
          </ul>
          <Pager offset={offset} limit={LIMIT} total={groups.data.total} onPage={(o) => go({ offset: o })} />
        </>
      )}
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
