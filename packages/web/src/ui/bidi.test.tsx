// @vitest-environment happy-dom
import type { MeResponse as Me, OrgUnitStatsResponse } from '@mentora/core/types';
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../app/api';
import { online } from '../app/network';
import { me } from '../app/session';
import { applyLocale, locale } from '../i18n';
import { PeopleList } from '../screens/people/people-list';
import { AccountPanel, PersonDetail } from '../screens/people/person-detail';
import { Import } from '../screens/roster/import';
import { ChangeValues } from './change-summary';
import { ErrorBox } from './error-box';
import { StatsFigures } from './stats-view';
import { mount, submit } from './test-dom';

// Issue 10, kind 7: in Urdu a left-to-right value (an international phone, an e-mail, an EMIS code,
// a login) must sit in an isolate, or its "+" and digit groups are drawn in the wrong order.

const PHONE_E164 = '+38344100001';
const PHONE_SHOWN = '+383 44 100 001'; // formatPhone with no program country on the device
const EMAIL = 'fatima.baloch@example.org';
const EMIS_ID = '39220117';
const EMIS_CODE = '0310-4471';

/** Values that read left to right: phones, e-mails, long digit runs, dashed codes, `14+`. */
const LTR_VALUE = /\+?\d[\d ()-]{5,}\d|[^\s@«»]+@[^\s@«»]+|\d+\+|\d+-\d+/g;

/** Whether a text node is inside an isolating element (`bdi`, or any element with `dir`) under root. */
function isolatedByElement(root: Element, node: Node): boolean {
  const holder = node.parentElement?.closest('bdi, [dir]');
  return !!holder && root.contains(holder);
}

/**
 * Every left-to-right value in root's text that is NOT isolated, neither by an element nor by the
 * Unicode isolate marks (LRI/FSI … PDI) around it inside a translated sentence.
 */
function unisolated(root: Element): string[] {
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (isolatedByElement(root, node)) continue;
    for (const m of text.matchAll(LTR_VALUE)) {
      const before = text.slice(0, m.index);
      const opened = before.lastIndexOf('\u2066') > before.lastIndexOf('\u2069');
      const openedAuto = before.lastIndexOf('\u2068') > before.lastIndexOf('\u2069');
      if (!opened && !openedAuto) found.push(m[0]);
    }
  }
  return found;
}

/** Mount in Urdu, the page right to left as the app sets it. */
async function mountUrdu(ui: ComponentChild): Promise<HTMLElement> {
  const root = await mount(ui);
  await act(() => applyLocale('ur', false));
  expect(document.documentElement.dir).toBe('rtl');
  return root;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The server as these screens ask it: one answer per path prefix. */
function server(answers: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = new URL(url, 'http://x').pathname;
      const key = Object.keys(answers).find((k) => path.startsWith(k));
      return key ? json(answers[key]) : json({ items: [], total: 0 });
    }),
  );
}

const person = {
  id: 'p-fatima',
  programId: 'p',
  fullName: 'فاطمہ بلوچ',
  gender: 'female',
  subjects: ['Urdu'],
  grades: ['5'],
  yearsExperience: 14,
  phone: PHONE_E164,
  email: EMAIL,
  schoolId: null,
  emisId: EMIS_ID,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt: null,
  version: 1,
};

/** A PTMP program admin (people list, import) signed in on this browser. */
function signedIn() {
  online.value = true;
  me.value = {
    userId: 'u-admin',
    personId: 'p-admin',
    systemAdmin: false,
    roles: [{ id: 'r', role: 'program_admin', programId: 'p', orgUnitId: 'root' }],
    groups: [],
  } as unknown as Me;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  me.value = null;
  if (locale.value !== 'en') await applyLocale('en', false);
});

describe('left-to-right values in Urdu screens are isolated (issue 10, kind 7)', () => {
  it('the people list: an international phone, an e-mail and an EMIS id', async () => {
    signedIn();
    server({ '/api/persons': { items: [person, { ...person, id: 'p2', phone: null }], total: 2 } });
    const root = await mountUrdu(
      <LocationProvider>
        <PeopleList />
      </LocationProvider>,
    );
    await vi.waitFor(() => expect(root.textContent).toContain(PHONE_SHOWN));
    expect(root.textContent).toContain(EMAIL);
    expect(root.textContent).toContain(EMIS_ID);
    expect(unisolated(root)).toEqual([]);
  });

  it('the person page: facts and the login (a phone login shown as a phone)', async () => {
    signedIn();
    const account = { userId: 'u1', login: PHONE_E164, hasPassword: true, disabled: false };
    const detail = {
      person,
      school: null,
      roles: [],
      groups: [],
      account,
      may: { update: false, updateRecord: false, delete: false, readAccount: true, manageAccount: false },
    };
    server({ '/api/persons/': detail });
    const root = await mountUrdu(
      <LocationProvider>
        <PersonDetail personId="p-fatima" />
      </LocationProvider>,
    );
    await vi.waitFor(() => expect(root.querySelector('#account-title')).not.toBeNull());
    expect(root.textContent).toContain(EMAIL);
    expect(root.textContent).toContain(EMIS_ID);
    expect(root.textContent?.split(PHONE_SHOWN).length).toBe(3); // the phone fact and the login
    expect(unisolated(root)).toEqual([]);

    const emailLogin = await mountUrdu(
      <AccountPanel detail={{ ...detail, account: { ...account, login: EMAIL } } as never} onChange={() => {}} />,
    );
    expect(emailLogin.textContent).toContain(EMAIL);
    expect(unisolated(emailLogin)).toEqual([]);
  });

  it('a change waiting to be sent (or refused) shows the typed phone, e-mail and EMIS id isolated', async () => {
    const root = await mountUrdu(
      <ChangeValues
        name="person.update"
        args={{ id: 'p-fatima', phone: '+383 44 100 001', email: EMAIL, emisId: EMIS_ID }}
      />,
    );
    expect(root.textContent).toContain(PHONE_SHOWN);
    expect(unisolated(root)).toEqual([]);
    const phone = [...root.querySelectorAll('bdi')].find((b) => b.textContent === PHONE_SHOWN);
    expect(phone?.getAttribute('dir')).toBe('ltr');
  });

  it('an error naming a column: the column name and the message isolated in the sentence', async () => {
    const error = new ApiError(400, 'validation_failed', 'bad', [
      { line: 3, column: 'school_emis_code', message: `No school with EMIS code ${EMIS_CODE}` },
    ]);
    const root = await mountUrdu(<ErrorBox error={error} />);
    const item = root.querySelector('li')?.textContent ?? '';
    expect(item).toContain('\u2066school_emis_code\u2069');
    expect(item).toContain(`\u2068No school with EMIS code ${EMIS_CODE}\u2069`);
    expect(unisolated(root)).toEqual([]);
  });

  it('the experience bands: "14+" keeps its "+" after the digits', async () => {
    const bands = { '0-3': 1, '4-8': 2, '9-13': 3, '14+': 4, unknown: 0 };
    const genders = { female: 5, male: 5, other: 0, unknown: 0 };
    const stats = {
      orgUnitId: 'u',
      teachers: 10,
      mentors: 2,
      groups: 1,
      teachersByGender: genders,
      mentorsByGender: genders,
      teachersByExperience: bands,
      mentorsByExperience: bands,
    } as unknown as OrgUnitStatsResponse;
    const root = await mountUrdu(<StatsFigures stats={stats} />);
    expect(root.textContent).toContain('\u206614+\u2069');
    expect(unisolated(root)).toEqual([]);
  });

  it('the import preview: phones, e-mails, EMIS ids, school codes and logins', async () => {
    signedIn();
    const report = {
      mode: 'preview',
      kind: 'teachers',
      ok: true,
      rows: 1,
      created: 0,
      errors: [],
      preview: [
        {
          line: 2,
          fullName: 'فاطمہ بلوچ',
          phone: PHONE_E164,
          email: EMAIL,
          emisId: EMIS_ID,
          school: { id: 's', name: 'GGHS Hub', emisCode: EMIS_CODE },
          role: 'teacher',
          login: PHONE_E164,
        },
      ],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(report)),
    );
    const root = await mountUrdu(<Import />);
    const input = root.querySelector('#import-file') as HTMLInputElement;
    const file = new File(['x'], 'teachers.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit(root.querySelector('form'));
    const table = await vi.waitFor(() => {
      const found = root.querySelector('[data-testid="import-preview"]');
      if (!found) throw new Error('no preview yet');
      return found;
    });
    expect(table.textContent).toContain(EMIS_CODE);
    expect(table.textContent?.split(PHONE_SHOWN).length).toBe(3); // phone and login
    expect(unisolated(table)).toEqual([]);
  });

  it('the check itself finds a bare phone, e-mail and code in Urdu text', async () => {
    const root = await mountUrdu(
      <p>
        فون {PHONE_SHOWN} · {EMAIL} · {EMIS_CODE} · <bdi dir="ltr">{EMIS_ID}</bdi>
      </p>,
    );
    expect(unisolated(root)).toEqual([PHONE_SHOWN, EMAIL, EMIS_CODE]);
  });
});
