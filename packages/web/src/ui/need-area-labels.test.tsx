// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { Change } from '@mentora/core/types';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyLocale, initI18n } from '../i18n';
import { NeedForm } from '../screens/plans/plan-forms';
import { planView } from '../screens/plans/plan-queries';
import { getMeta, type LocalDb } from '../store/db';
import { localDb } from '../store/device';
import { applyPull } from '../store/outbox';
import { localDbs } from '../store/test-local-db';
import { ChangeValues } from './change-summary';
import { areaLabel } from './program-labels';
import { mount } from './test-dom';

// Issue 8, point 1: a need's area list is program configuration with translations.
const open = localDbs('need-area-labels');
const needAreas = [
  { key: 'early-reading', label: { en: 'Early reading', sq: 'Leximi fillestar', sr: 'Рано читање' } },
  { key: 'assessment', label: { en: 'Checking learning', sq: 'Kontrollimi i të nxënit' } },
];
const settings = { clusterMeetingDaysPerMonth: 2, maxMenteesPerMentor: 40, needAreas };
const row = (t: Change['t'], d: { id: string } & Record<string, unknown>): Change => ({ t, id: d.id, v: 1, d });

async function store(): Promise<LocalDb> {
  const db = await open();
  await applyPull(db, (await getMeta<string>(db, 'clientId')) ?? '', {
    cursor: 1,
    lastMutationId: 0,
    reset: true,
    scope: 's',
    more: false,
    rejected: [],
    changes: [
      row('programs', { id: 'p', name: 'Kosovo', model: 'school', levelNames: ['school'], locales: ['sq'], settings }),
      row('persons', { id: 'a', programId: 'p', fullName: 'Arben Gashi' }),
    ],
  });
  return db;
}

/** Waits for the local store's live queries to answer. */
async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 20)));
}

beforeEach(() => initI18n());

afterEach(async () => {
  localDb.value = null;
  await applyLocale('en', false);
});

describe("need areas are labelled from the program's own list", () => {
  it('in Albanian and in Serbian Latin; the program’s label wins, an unknown key shows as typed', async () => {
    await applyLocale('sq', false);
    expect(areaLabel('early-reading', needAreas)).toBe('Leximi fillestar');
    expect(areaLabel('assessment', needAreas)).toBe('Kontrollimi i të nxënit');
    // A need recorded before the program changed its list keeps the default label.
    expect(areaLabel('inclusion', needAreas)).toBe('Gjithëpërfshirja');
    expect(areaLabel('banana-split', needAreas)).toBe('banana-split');
    await applyLocale('sr-Latn', false);
    expect(areaLabel('early-reading', needAreas)).toBe('Rano čitanje');
    expect(areaLabel('assessment', needAreas)).toBe('Checking learning');
  });

  it("the plan reads the teacher's program's list, and the need form offers it in Albanian", async () => {
    const plan = await planView(await store(), 'a', 'a', '2026-03-15');
    expect(plan.needAreas.map((a) => a.key)).toEqual(['early-reading', 'assessment']);
    await applyLocale('sq', false);
    const root = await mount(
      <NeedForm
        pair={{ groupId: 'g', ownerPersonId: 'a', partnerPersonId: null }}
        modules={[]}
        areas={plan.needAreas}
        self
      />,
    );
    const options = [...root.querySelectorAll('#need-area option')].map((o) => o.textContent);
    expect(options).toEqual(['Leximi fillestar', 'Kontrollimi i të nxënit']);
  });

  it('a waiting or refused change names the area in the user’s language', async () => {
    localDb.value = await store();
    await applyLocale('sq', false);
    const root = await mount(<ChangeValues name="need.record" args={{ areaKey: 'early-reading', level: 'basic' }} />);
    await settled();
    const values = [...root.querySelectorAll('dd')].map((d) => d.textContent);
    expect(values[0]).toBe('Leximi fillestar');
  });
});
