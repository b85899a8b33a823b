// @vitest-environment happy-dom
import { defaultLessonObservationInstrument } from '@mentora/core/program-defaults';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { online } from '../../app/network';
import { byLabel, mount, type } from '../../ui/test-dom';
import { InstrumentVersionScreen } from './instrument-version';

const version = (frozenAt: string | null) => ({
  id: '0190f5a0-0000-7000-8000-0000000000b1',
  instrumentId: 'i',
  programId: 'p',
  number: 2,
  definition: defaultLessonObservationInstrument,
  publishedAt: null,
  frozenAt,
  createdAt: 'x',
  updatedAt: 'x',
  deletedAt: null,
  version: 1,
});

/** The server as the editor sees it: GET answers the version, every write is recorded. */
function server(frozenAt: string | null) {
  const writes: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (init.method !== 'GET') writes.push({ method: String(init.method), url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify(version(frozenAt)), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return writes;
}

afterEach(() => vi.unstubAllGlobals());

describe(InstrumentVersionScreen.name, () => {
  it('previews the checklist in another language and saves an edited prompt', async () => {
    online.value = true;
    const writes = server(null);
    const root = await mount(<InstrumentVersionScreen instrumentId="i" n="2" />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="item-planning-outcomes"]')).not.toBeNull());
    const firstPrompt = () => root.querySelector('[data-testid="item-planning-outcomes"] legend')?.textContent;
    const sq = defaultLessonObservationInstrument.sections[0]?.items[0]?.prompt.sq;
    await act(() => {
      const select = byLabel(root, 'Language') as HTMLSelectElement;
      select.value = 'sq';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(firstPrompt()).toBe(sq);

    const edit = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Edit');
    await act(() => edit?.click());
    await type(root.querySelector('#item-planning-outcomes-en'), 'The lesson has clear outcomes');
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save');
    await act(async () => save?.click());
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    const body = writes[0]?.body as { definition: typeof defaultLessonObservationInstrument };
    expect(writes[0]?.url).toBe('/api/instrument-versions/0190f5a0-0000-7000-8000-0000000000b1');
    expect(body.definition.sections[0]?.items[0]?.prompt).toMatchObject({ en: 'The lesson has clear outcomes', sq });
  });

  it('offers no editing of a frozen version, and says why', async () => {
    online.value = true;
    server('2026-03-15T09:00:00.000Z');
    const root = await mount(<InstrumentVersionScreen instrumentId="i" n="2" />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="version-state"]')).not.toBeNull());
    expect(root.textContent).toMatch(/can no longer change/);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Publish']);
  });
});
