import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { withQuery } from './api';
import { type Resource, useResource } from './use-resource';

/** One page of a server list: `items` from `offset`, and how many match in all. */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** What a list screen asks the server for (the shape of `GET /api/groups`, `/api/persons`, …). */
export interface ListParams {
  q: string | undefined;
  orgUnitId: string | undefined;
  limit: number;
  offset: number;
}

/** The search, unit filter and page a list shows, as its address says (`?q=…&unit=…&offset=…`). */
export interface ListPlace {
  q: string;
  unit: string;
  offset: number;
}

/** Rows per page: a screenful on a phone without a long wait on 2G. */
export const LIST_LIMIT = 50;

/** Read the place from the address; a hand-edited `offset` (negative, fractional, text) reads as a page start ≥ 0. */
export function listPlace(query: Record<string, string | undefined>): ListPlace {
  const offset = Math.floor(Number(query.offset ?? 0));
  return { q: query.q ?? '', unit: query.unit ?? '', offset: Number.isFinite(offset) && offset > 0 ? offset : 0 };
}

/** The address of a place: empty parts and the first page are left out, so `/people` is the plain list. */
export function listHref(path: string, place: ListPlace): string {
  return withQuery(path, { q: place.q, unit: place.unit, offset: place.offset || undefined });
}

export interface SearchList<T> extends ListPlace {
  limit: number;
  /** The search box as typed; the list changes on submit, not on every key (one request, not ten). */
  text: string;
  setText: (text: string) => void;
  /** The page shown now. */
  answer: Resource<ListPage<T>>;
  /** Search the typed text from the first page; `unit` replaces the filter (null: none), undefined keeps it. */
  search: (unit?: string | null) => void;
  /** Another page of the same search. */
  page: (offset: number) => void;
}

const NOTHING = { items: [], total: 0 };

/**
 * A searchable, paged server list. The search, filter and page live in the address, so "back" from
 * a record returns to the same page of results and a link can be shared.
 *
 * `path` is the screen's own route (`/people`); `load` fetches one page (null: nothing to list yet,
 * e.g. no program chosen); `deps` are what `load` reads besides the place (the program id).
 */
export function useSearchList<T>(
  path: string,
  load: ((params: ListParams) => Promise<ListPage<T>>) | null,
  deps: readonly unknown[],
  limit = LIST_LIMIT,
): SearchList<T> {
  const { query, route } = useLocation();
  const place = listPlace(query);
  const [text, setText] = useState(place.q);
  // Back/forward or a link changes the address: the box shows that search, not the last typed one.
  useEffect(() => setText(place.q), [place.q]);

  const answer = useResource<ListPage<T>>(
    () =>
      load
        ? load({ q: place.q || undefined, orgUnitId: place.unit || undefined, limit, offset: place.offset })
        : Promise.resolve(NOTHING),
    [...deps, !load, place.q, place.unit, place.offset, limit],
  );

  return {
    ...place,
    limit,
    text,
    setText,
    answer,
    search: (unit) =>
      route(listHref(path, { q: text.trim(), unit: unit === undefined ? place.unit : (unit ?? ''), offset: 0 })),
    page: (offset) => route(listHref(path, { ...place, offset })),
  };
}
