import type { ListAnswer, Person } from '@mentora/core/types';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, withQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { programId } from '../../app/session';
import { useResource } from '../../app/use-resource';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';
import { OnlineOnly } from '../../ui/online-only';
import { Pager } from '../../ui/pager';
import { UnitPicker } from '../../ui/unit-picker';

const LIMIT = 50;

/** Search and filter live in the address, so "back" from a person returns to the same page of results. */
function PeopleListScreen() {
  const { query, route } = useLocation();
  const q = query.q ?? '';
  const unit = query.unit ?? '';
  const offset = Number(query.offset ?? 0) || 0;
  const program = programId.value;
  const [text, setText] = useState(q);
  const [unitFilter, setUnitFilter] = useState<string | null>(unit || null);
  useEffect(() => setText(q), [q]);

  const people = useResource(
    () =>
      program
        ? api.get<ListAnswer<Person>>('/api/persons', {
            programId: program,
            q: q || undefined,
            orgUnitId: unit || undefined,
            limit: LIMIT,
            offset,
          })
        : Promise.resolve({ items: [], total: 0 }),
    [program, q, unit, offset],
  );

  const go = (next: { q?: string; unit?: string | null; offset?: number }) =>
    route(
      withQuery('/people', {
        q: next.q ?? q,
        unit: next.unit === undefined ? unit : (next.unit ?? ''),
        offset: next.offset || undefined,
      }),
    );

  function submit(e: Event) {
    e.preventDefault();
    go({ q: text.trim(), unit: unitFilter, offset: 0 });
  }

  return (
    <section>
      <h1>{t('people.title')}</h1>
      <form class="card filters" onSubmit={submit}>
        <div class="field">
          <label for="people-q">{t('people.search')}</label>
          <input id="people-q" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <p class="help">{t('people.searchHelp')}</p>
        </div>
        {program && (
          <UnitPicker
            id="people-unit"
            label={t('people.unit')}
            programId={program}
            value={unit || null}
            onChange={setUnitFilter}
            emptyLabel={t('unitPicker.any')}
          />
        )}
        <button type="submit" class="button">
          {t('common.search')}
        </button>
      </form>
      {people.loading && <Loading />}
      <ErrorBox error={people.error} />
      {people.data && (
        <>
          <p role="status">{t('people.count', { count: people.data.total, n: formatNumber(people.data.total) })}</p>
          <ul class="list rows" data-testid="people-results">
            {people.data.items.map((p) => (
              <li key={p.id}>
                <a href={`/people/${p.id}`}>{p.fullName}</a>
                <span class="muted">
                  {[p.gender ? t(`gender.${p.gender}`) : null, p.emisId, p.phone ?? p.email]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
          <Pager offset={offset} limit={LIMIT} total={people.data.total} onPage={(o) => go({ offset: o })} />
        </>
      )}
    </section>
  );
}

export function PeopleList() {
  return (
    <OnlineOnly title={t('people.title')}>
      <PeopleListScreen />
    </OnlineOnly>
  );
}
