import type { InstrumentItem } from '../model/instrument-types';
import type {
  ContentFields,
  Instrument,
  InstrumentVersion,
  Observation,
  ObservationDetails,
  ObservationNote,
  ObservationResponse,
} from '../model/observation-types';
import { table } from './device-area';
import { created, type Mutators, type RowStore, trimmed } from './row-store';

type ObservationCommand =
  | 'observation.schedule'
  | 'observation.agreeFocus'
  | 'observation.record'
  | 'observation.respond'
  | 'observation.note'
  | 'observation.selfReflect'
  | 'observation.reflect'
  | 'observation.agreeNextSteps'
  | 'observation.cancel';

/**
 * Instruments and their versions (program configuration; they change only online) and the cycle:
 * its metadata and its content. The two reflections are typed by different people but keep conflict
 * copies all the same (ARCHITECTURE §5: nothing typed by a teacher is ever silently lost).
 */
export const observationsDevice = {
  tables: {
    instruments: table<Instrument>('programId'),
    instrumentVersions: table<InstrumentVersion>('instrumentId'),
    observations: table<Observation>('groupId'),
    observationDetails: table<ObservationDetails>(),
    observationResponses: table<ObservationResponse>('observationId'),
    observationNotes: table<ObservationNote>('observationId'),
  },
  conflictFields: {
    'observation.selfReflect': { table: 'observationDetails', fields: ['selfReflection'] },
    'observation.reflect': { table: 'observationDetails', fields: ['observerReflection'] },
  },
} as const;

/**
 * The content columns of a cycle's records as the server writes them (modules/observations): they
 * belong to the pair — the observed teacher (`owner`) and the observer (`partner`) — and the observer
 * is their author (the cycle's record; the teacher's self-reflection is a field of it).
 */
export function cycleContent(
  o: Pick<Observation, 'programId' | 'groupId' | 'observerPersonId' | 'observedPersonId'>,
): ContentFields {
  return {
    programId: o.programId,
    groupId: o.groupId,
    ownerPersonId: o.observedPersonId,
    partnerPersonId: o.observerPersonId,
    authorPersonId: o.observerPersonId,
    visibility: 'pair',
  };
}

const OPEN: readonly Observation['status'][] = ['scheduled', 'pre_conference_done', 'observed'];

async function patch<T extends 'observations' | 'observationDetails'>(
  rows: RowStore,
  t: T,
  id: string,
  now: string,
  change: (row: T extends 'observations' ? Observation : ObservationDetails) => object | null,
): Promise<void> {
  const row = (await rows.get(t, id)) as (T extends 'observations' ? Observation : ObservationDetails) | undefined;
  if (!row) return;
  const c = change(row);
  if (c) await rows.put(t, { ...row, ...c, updatedAt: now } as never);
}

/** The item `key` of the version the observation uses, if this device holds it (zod-free `findItem`). */
async function itemOf(rows: RowStore, o: Observation, key: string): Promise<InstrumentItem | undefined> {
  const v = o.instrumentVersionId ? await rows.get('instrumentVersions', o.instrumentVersionId) : undefined;
  for (const s of v?.definition.sections ?? []) {
    const item = s.items.find((i) => i.key === key);
    if (item) return item;
  }
  return undefined;
}

/** The observation cycle (server: modules/observations/cycle-commands.ts); the server stays the judge. */
export const observationMutators: Mutators<ObservationCommand> = {
  'observation.schedule': {
    creates: true,
    async apply(rows, a, now) {
      const group = await rows.get('groups', a.groupId);
      if (!group) return;
      const o: Observation = {
        id: a.id,
        programId: group.programId,
        groupId: a.groupId,
        observerPersonId: a.observerPersonId,
        observedPersonId: a.observedPersonId,
        direction: a.direction,
        instrumentVersionId: a.instrumentVersionId ?? null,
        scheduledFor: a.scheduledFor,
        status: 'scheduled',
        observedAt: null,
        ...created(now),
      };
      await rows.put('observations', o);
      await rows.put('observationDetails', {
        id: a.id,
        ...cycleContent(o),
        focusItemKeys: [],
        focusNeedIds: [],
        subject: null,
        grade: null,
        topic: null,
        classSize: null,
        selfReflection: null,
        selfReflectedAt: null,
        observerReflection: null,
        observerReflectedAt: null,
        nextSteps: [],
        ...created(now),
      });
    },
  },
  'observation.agreeFocus': {
    async apply(rows, a, now) {
      await patch(rows, 'observationDetails', a.id, now, () => ({
        focusItemKeys: [...new Set(a.focusItemKeys)],
        focusNeedIds: [...new Set(a.focusNeedIds ?? [])],
      }));
      await patch(rows, 'observations', a.id, now, (o) =>
        o.status === 'scheduled' ? { status: 'pre_conference_done' } : null,
      );
    },
  },
  'observation.record': {
    async apply(rows, a, now) {
      await patch(rows, 'observationDetails', a.id, now, () => {
        const c: Record<string, unknown> = {};
        for (const k of ['subject', 'grade', 'topic', 'classSize'] as const)
          if (a[k] !== undefined) c[k] = trimmed(a[k]);
        return c;
      });
      await patch(rows, 'observations', a.id, now, (o) =>
        o.status === 'scheduled' || o.status === 'pre_conference_done'
          ? { status: 'observed', observedAt: a.observedAt ?? now }
          : null,
      );
    },
  },
  'observation.respond': {
    creates: true,
    async apply(rows, a, now) {
      const o = await rows.get('observations', a.observationId);
      if (!o || !OPEN.includes(o.status)) return;
      const item = await itemOf(rows, o, a.itemKey);
      if (!item) return;
      const value = trimmed(a.value);
      const comment = a.comment === undefined ? undefined : trimmed(a.comment);
      const [existing] = (await rows.find('observationResponses', 'observationId', o.id)).filter(
        (r) => r.itemKey === a.itemKey,
      );
      if (existing) {
        await rows.put('observationResponses', {
          ...existing,
          value,
          ...(comment !== undefined ? { comment } : {}),
          updatedAt: now,
        });
        return;
      }
      await rows.put('observationResponses', {
        id: a.id,
        ...cycleContent(o),
        observationId: o.id,
        itemKey: a.itemKey,
        itemType: item.type,
        value,
        comment: comment ?? null,
        ...created(now),
      });
    },
  },
  'observation.note': {
    creates: true,
    async apply(rows, a, now) {
      const o = await rows.get('observations', a.observationId);
      if (!o) return;
      await rows.put('observationNotes', {
        id: a.id,
        ...cycleContent(o),
        observationId: o.id,
        at: a.at ?? now,
        text: trimmed(a.text),
        ...created(now),
      });
    },
  },
  'observation.selfReflect': {
    base: 'observationDetails',
    async apply(rows, a, now) {
      await patch(rows, 'observationDetails', a.id, now, () => ({
        selfReflection: trimmed(a.selfReflection),
        selfReflectedAt: now,
      }));
    },
  },
  'observation.reflect': {
    base: 'observationDetails',
    async apply(rows, a, now) {
      // The teacher reflects first: without their self-reflection the server refuses this.
      await patch(rows, 'observationDetails', a.id, now, (d) =>
        d.selfReflection ? { observerReflection: trimmed(a.observerReflection), observerReflectedAt: now } : null,
      );
    },
  },
  'observation.agreeNextSteps': {
    async apply(rows, a, now) {
      const o = await rows.get('observations', a.id);
      if (o?.status !== 'observed') return;
      // Each step joins the observed teacher's plan at once, under the id the server will give it.
      for (const s of a.nextSteps)
        if (s.id)
          await rows.put('actions', {
            id: s.id,
            ...cycleContent(o),
            goalId: null,
            observationId: o.id,
            title: trimmed(s.title),
            assigneePersonId: o.observedPersonId,
            dueDate: s.dueDate,
            status: 'planned',
            ...created(now),
          });
      await patch(rows, 'observationDetails', a.id, now, () => ({
        nextSteps: a.nextSteps.map((s) => ({ title: trimmed(s.title), dueDate: s.dueDate, actionId: s.id ?? null })),
      }));
      await patch(rows, 'observations', a.id, now, (o) =>
        o.status === 'observed' ? { status: 'post_conference_done' } : null,
      );
    },
  },
  'observation.cancel': {
    async apply(rows, a, now) {
      await patch(rows, 'observations', a.id, now, (o) => (OPEN.includes(o.status) ? { status: 'cancelled' } : null));
    },
  },
};
