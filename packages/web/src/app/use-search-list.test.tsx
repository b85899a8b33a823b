// @vitest-environment happy-dom

import { act } from 'preact/test-utils';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { SearchForm, SearchResults } from '../ui/search-list';
import { byLabel, mount, submit, type } from '../ui/test-dom';
import { type ListParams, listHref, listPlace, type SearchList, useSearchList } from './use-search-list';

describe(listPlace.name, () => {
  it('reads the search, the unit and the first row from the address', () => {
    expect(listPlace({ q: 'Drenas', unit: 'u1', offset: '100' })).toEqual({ q: 'Drenas', unit: 'u1', offset: 100 });
    expect(listPlace({})).toEqual({ q: '', unit: '', offset: 0 });
  });

  it.each(['-50', 'abc', '', 'Infinity'])('a hand-edited offset %j opens the first page', (offset) => {
    expect(listPlace({ offset }).offset).toBe(0);
  });

  it('a fractional offset starts at the whole row before it', () => {
    expect(listPlace({ offset: '50.7' }).offset).toBe(50);
  });
});

describe(listHref.name, () => {
  it('leaves out what is empty, so the plain list has the plain address', () => {
    expect(listHref('/people', { q: '', unit: '', offset: 0 })).toBe('/people');
    expect(listHref('/people', { q: 'Ali Khan', unit: 'u1', offset: 50 })).toBe('/people?q=Ali+Khan&unit=u1&offset=50');
  });
});

interface Row {
  id: string;
  name: string;
}

const ROWS: Row[] = Array.from({ length: 120 }, (_, i) => ({ id: `r${i}`, name: `Teacher ${i}` }));

/** A server list of 120 rows, with the requests it was asked. */
function fakeServer() {
  const asked: ListParams[] = [];
  const load = async (params: ListParams) => {
    asked.push(params);
    const found = ROWS.filter((r) => !params.q || r.name.includes(params.q));
    return { items: found.slice(params.offset, params.offset + params.limit), total: found.length };
  };
  return { asked, load };
}

let list: SearchList<Row> | null = null;

function Screen({ load }: { load: ((p: ListParams) => Promise<{ items: Row[]; total: number }>) | null }) {
  const sut = useSearchList<Row>('/people', load, []);
  list = sut;
  return (
    <>
      <SearchForm list={sut} id="q" label="Search" />
      <SearchResults list={sut} count={(n) => `${n} found`} testId="rows">
        {(r) => <li key={r.id}>{r.name}</li>}
      </SearchResults>
    </>
  );
}

/** Let the fake server answer and the screen re-render. */
const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

/** Open the screen at an address, with a server (or none), and let the first page arrive. */
async function openAt(address: string, load: Parameters<typeof Screen>[0]['load']): Promise<HTMLElement> {
  history.replaceState(null, '', address);
  const root = await mount(
    <LocationProvider>
      <Screen load={load} />
    </LocationProvider>,
  );
  await settle();
  return root;
}

const rows = (root: Element) => [...root.querySelectorAll('[data-testid="rows"] li')].map((li) => li.textContent);

afterEach(() => {
  history.replaceState(null, '', '/');
  list = null;
});

describe(useSearchList.name, () => {
  it('opens at the place the address says and asks the server for that page', async () => {
    const server = fakeServer();
    const root = await openAt('/people?q=Teacher+1&unit=u1&offset=10', server.load);
    expect(server.asked).toEqual([{ q: 'Teacher 1', orgUnitId: 'u1', limit: 50, offset: 10 }]);
    expect((byLabel(root, 'Search') as HTMLInputElement).value).toBe('Teacher 1');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('31 found');
    expect(rows(root)[0]).toBe('Teacher 19');
  });

  it('a search goes to the first page, keeps the unit filter and is one request, not one per key', async () => {
    const server = fakeServer();
    const root = await openAt('/people?unit=u1&offset=50', server.load);
    await type(byLabel(root, 'Search'), '  Teacher 11  ');
    await settle();
    expect(server.asked).toHaveLength(1);

    await submit(root.querySelector('form'));
    await settle();
    expect(location.pathname + location.search).toBe('/people?q=Teacher+11&unit=u1');
    expect(server.asked.at(-1)).toEqual({ q: 'Teacher 11', orgUnitId: 'u1', limit: 50, offset: 0 });
    expect(rows(root)).toEqual([
      'Teacher 11',
      'Teacher 110',
      'Teacher 111',
      'Teacher 112',
      'Teacher 113',
      'Teacher 114',
      'Teacher 115',
      'Teacher 116',
      'Teacher 117',
      'Teacher 118',
      'Teacher 119',
    ]);
  });

  it('a new unit filter replaces the old one; null removes it', async () => {
    const server = fakeServer();
    await openAt('/people?unit=u1', server.load);
    await act(() => list?.search('u2'));
    await settle();
    expect(location.search).toBe('?unit=u2');
    await act(() => list?.search(null));
    await settle();
    expect(location.pathname + location.search).toBe('/people');
    expect(server.asked.at(-1)?.orgUnitId).toBeUndefined();
  });

  it('the pager walks the pages of the same search', async () => {
    const server = fakeServer();
    const root = await openAt('/people', server.load);
    const button = (name: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => b.textContent === t(name));
    expect(button('common.previous')?.disabled).toBe(true);

    await act(() => button('common.next')?.click());
    await settle();
    expect(location.search).toBe('?offset=50');
    expect(rows(root)[0]).toBe('Teacher 50');

    await act(() => button('common.next')?.click());
    await settle();
    expect(rows(root)).toHaveLength(20);
    expect(button('common.next')?.disabled).toBe(true);

    await act(() => button('common.previous')?.click());
    await settle();
    expect(location.search).toBe('?offset=50');
  });

  it('with nothing to load yet (no program) the list is empty and asks nobody', async () => {
    const root = await openAt('/people', null);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('0 found');
    expect(rows(root)).toEqual([]);
  });
});
