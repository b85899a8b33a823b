import type { ListAnswer, Person } from '@mentora/core/types';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../app/api';
import { formatNumber } from '../../app/format';
import { programId } from '../../app/session';
import { useSearchList } from '../../app/use-search-list';
import { t } from '../../i18n';
import { Ltr } from '../../ui/ltr';
import { OnlineOnly } from '../../ui/online-only';
import { PhoneNumber } from '../../ui/phone';
import { SearchForm, SearchResults } from '../../ui/search-list';
import { UnitPicker } from '../../ui/unit-picker';

/** Search and filter live in the address, so "back" from a person returns to the same page of results. */
function PeopleListScreen() {
  const program = programId.value;
  const list = useSearchList<Person>(
    '/people',
    program ? (params) => api.get<ListAnswer<Person>>('/api/persons', { programId: program, ...params }) : null,
    [program],
  );
  // The unit chosen in the picker applies with the search button, like the text.
  const [unitFilter, setUnitFilter] = useState<string | null>(list.unit || null);

  return (
    <section>
      <h1>{t('people.title')}</h1>
      <SearchForm
        list={list}
        id="people-q"
        label={t('people.search')}
        hint={t('people.searchHelp')}
        onSearch={() => list.search(unitFilter)}
      >
        {program && (
          <UnitPicker
            id="people-unit"
            label={t('people.unit')}
            programId={program}
            value={list.unit || null}
            onChange={setUnitFilter}
            emptyLabel={t('unitPicker.any')}
          />
        )}
      </SearchForm>
      <SearchResults
        list={list}
        count={(n) => t('people.count', { count: n, n: formatNumber(n) })}
        testId="people-results"
      >
        {(p) => (
          <li key={p.id}>
            <a href={`/people/${p.id}`}>{p.fullName}</a>
            <span class="muted">
              {[
                p.gender ? t(`gender.${p.gender}`) : null,
                // Codes and phone numbers isolated: two of them side by side keep their order in Urdu.
                p.emisId ? <Ltr>{p.emisId}</Ltr> : null,
                p.phone ? <PhoneNumber value={p.phone} /> : p.email ? <Ltr>{p.email}</Ltr> : null,
              ]
                .filter(Boolean)
                .map((fact, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' · '}
                    {fact}
                  </Fragment>
                ))}
            </span>
          </li>
        )}
      </SearchResults>
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
