import type { ComponentChildren } from 'preact';
import type { SearchList } from '../app/use-search-list';
import { t } from '../i18n';
import { ErrorBox } from './error-box';
import { TextField } from './field';
import { Loading } from './loading';
import { Pager } from './pager';

interface FormProps {
  list: SearchList<unknown>;
  /** The search box's id and label (and hint, e.g. what it searches in). */
  id: string;
  label: string;
  hint?: string;
  /** Runs on submit instead of `list.search()`, e.g. to apply a unit filter chosen in `children`. */
  onSearch?: () => void;
  /** More filters between the box and the button. */
  children?: ComponentChildren;
}

/** The search box of a list screen; it searches from the first page on submit. */
export function SearchForm({ list, id, label, hint, onSearch, children }: FormProps) {
  return (
    <form
      class="card filters"
      onSubmit={(e) => {
        e.preventDefault();
        if (onSearch) onSearch();
        else list.search();
      }}
    >
      <TextField id={id} label={label} hint={hint} type="search" value={list.text} onValue={list.setText} />
      {children}
      <button type="submit" class="button">
        {t('common.search')}
      </button>
    </form>
  );
}

interface ResultsProps<T> {
  list: SearchList<T>;
  /** "12 groups": the count line read out when the results change. */
  count: (total: number) => string;
  testId?: string;
  /** One `<li>` per item. */
  children: (item: T) => ComponentChildren;
}

/** Loading, the error, the count, the rows and the pager of a list screen. */
export function SearchResults<T>({ list, count, testId, children }: ResultsProps<T>) {
  const { answer } = list;
  return (
    <>
      {answer.loading && <Loading />}
      <ErrorBox error={answer.error} />
      {answer.data && (
        <>
          <p role="status">{count(answer.data.total)}</p>
          <ul class="list rows" data-testid={testId}>
            {answer.data.items.map(children)}
          </ul>
          <Pager offset={list.offset} limit={list.limit} total={answer.data.total} onPage={list.page} />
        </>
      )}
    </>
  );
}
