// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { defaultLessonObservationInstrument } from '@mentora/core/program-defaults';
import type { MeResponse as Me } from '@mentora/core/types';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { me } from '../../app/session';
import { applyLocale } from '../../i18n';
import { localDb } from '../../store/device';
import { localDbs } from '../../store/test-local-db';
import { mount, spokenText } from '../../ui/test-dom';
import { ObservationDetail } from './observation-detail';

const freshDb = localDbs('observation-detail');
const sync = {
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  deletedAt: null,
  version: 1,
};
const OBS = '0190f5a0-0000-7000-8000-0000000000a1';
const content = {
  programId: 'p',
  groupId: 'g',
  ownerPersonId: 'teacher',
  partnerPersonId: 'mentor',
  authorPersonId: 'mentor',
  visibility: 'pair' as const,
};

async function seeded(status: 'pre_conference_done' | 'observed', selfReflection: string | null = null) {
  const db = await freshDb();
  await db.rows('persons').bulkPut(
    (['mentor', 'teacher'] as const).map((id) => ({
      id,
      programId: 'p',
      fullName: id === 'mentor' ? 'Arta Krasniqi' : 'Blerim Hoxha',
      gender: null,
      subjects: [],
      grades: [],
      yearsExperience: null,
      phone: null,
      email: null,
      schoolId: null,
      emisId: null,
      ...sync,
    })),
  );
  await db.rows('instrumentVersions').put({
    id: 'v1',
    instrumentId: 'i',
    programId: 'p',
    number: 1,
    definition: defaultLessonObservationInstrument,
    publishedAt: sync.createdAt,
    frozenAt: null,
    ...sync,
  });
  await db.rows('observations').put({
    id: OBS,
    programId: 'p',
    groupId: 'g',
    observerPersonId: 'mentor',
    observedPersonId: 'teacher',
    direction: 'mentor_to_mentee',
    instrumentVersionId: 'v1',
    scheduledFor: '2026-03-20T08:00:00.000Z',
    status,
    observedAt: null,
    ...sync,
  });
  await db.rows('observationDetails').put({
    id: OBS,
    ...content,
    focusItemKeys: ['planning-outcomes'],
    focusNeedIds: [],
    subject: null,
    grade: null,
    topic: null,
    classSize: null,
    selfReflection,
    selfReflectedAt: null,
    observerReflection: null,
    observerReflectedAt: null,
    nextSteps: [],
    ...sync,
  });
  localDb.value = db;
  return db;
}

const signIn = (personId: string) => {
  me.value = { userId: `u-${personId}`, personId, systemAdmin: false, roles: [], groups: [] } as unknown as Me;
};

afterEach(async () => {
  localDb.value = null;
  me.value = null;
  await applyLocale('en', false);
});

describe(ObservationDetail.name, () => {
  it('shows the observer the agreed focus first and records an answer on the phone at once, offline', async () => {
    const db = await seeded('pre_conference_done');
    signIn('mentor');
    const root = await mount(<ObservationDetail observationId={OBS} />);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="item-planning-outcomes"]')).not.toBeNull());
    expect(spokenText(root.querySelector('[data-testid="due-next"]') as Element)).toBe(
      'Observe the lesson · your turn',
    );
    const items = [...root.querySelectorAll('fieldset.item')].map((f) => f.getAttribute('data-testid'));
    expect(items[0]).toBe('item-planning-outcomes');
    // A 1–4 item shows its level descriptors.
    expect(root.querySelector('[data-testid="item-planning-flow"]')?.textContent).toMatch(/1 — .+4 — /s);

    const partly = root.querySelector<HTMLInputElement>('[data-testid="item-planning-outcomes"] input[value="partly"]');
    await act(async () => partly?.click());
    // The first write loads core's schemas (their own chunk) before queueing: allow it a moment.
    await vi.waitFor(
      async () =>
        expect((await db.rows('observationResponses').toArray()).map((r) => [r.itemKey, r.value])).toEqual([
          ['planning-outcomes', 'partly'],
        ]),
      { timeout: 5000 },
    );
    expect((await db.outbox.toArray()).map((e) => e.name)).toEqual(['observation.respond']);
  });

  it("tells the observer the teacher reflects first, and shows the checklist's texts in Serbian Latin", async () => {
    await seeded('observed');
    signIn('mentor');
    const root = await mount(<ObservationDetail observationId={OBS} />);
    await act(() => applyLocale('sr-Latn', false));
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="observer-reflection"]')?.textContent).toBe(
        'Prvo piše nastavnik; vaš osvrt sledi.',
      ),
    );
    const legend = root.querySelector('[data-testid="item-planning-outcomes"] legend')?.textContent ?? '';
    expect(legend).not.toMatch(/[\u0400-\u04FF]/);
    expect(legend).toMatch(/[a-zčćžšđ]/);
  });

  it('lets the observed teacher write the self-reflection, which the observer cannot', async () => {
    await seeded('observed');
    signIn('teacher');
    const root = await mount(<ObservationDetail observationId={OBS} />);
    await vi.waitFor(() => expect(root.querySelector('textarea#self-reflection')).not.toBeNull());
    expect(root.querySelector('textarea#observer-reflection')).toBeNull();
    expect(spokenText(root.querySelector('[data-testid="due-next"]') as Element)).toBe(
      "The teacher's self-reflection · your turn",
    );
  });
});
