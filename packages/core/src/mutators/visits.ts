import type { Visit, VisitAcknowledgement, VisitNote } from '../model/visit';
import { table } from './device-area';
import { created, type Mutators, type RowStore, trimmed } from './row-store';

type VisitCommand = 'visit.plan' | 'visit.update' | 'visit.cancel' | 'visit.record' | 'visit.acknowledge';

/**
 * Visits (metadata) reach the mentor's and the visited school's head teacher's devices; the support
 * given (`visitNotes`, content) the mentor's only; the head teacher's acknowledgement both. Notes
 * and acknowledgements carry the visit's id (one each per visit).
 */
export const visitsDevice = {
  tables: {
    visits: table<Visit>('groupId', 'schoolUnitId', 'plannedFor'),
    visitNotes: table<VisitNote>('visitId'),
    visitAcknowledgements: table<VisitAcknowledgement>('visitId', 'schoolUnitId'),
  },
  conflictFields: {
    'visit.record': { table: 'visitNotes', fields: ['supportGiven'] },
  },
} as const;

// Fields the server fills from the session stay empty on the device until its answer arrives.
const UNKNOWN_PERSON = '';

async function patchVisit(rows: RowStore, id: string, changes: Partial<Visit>, now: string) {
  const v = await rows.get('visits', id);
  if (v) await rows.put('visits', { ...v, ...changes, updatedAt: now });
}

/** Visits (server: modules/visits/commands.ts). */
export const visitMutators: Mutators<VisitCommand> = {
  'visit.plan': {
    creates: true,
    async apply(rows, a, now) {
      const group = await rows.get('groups', a.groupId);
      await rows.put('visits', {
        id: a.id,
        programId: group?.programId ?? '',
        groupId: a.groupId,
        schoolUnitId: a.schoolUnitId,
        mentorPersonId: UNKNOWN_PERSON,
        plannedFor: a.plannedFor,
        status: 'planned',
        doneAt: null,
        concernIds: a.concernIds ?? [],
        teacherPersonIds: [],
        observationId: null,
        acknowledgedAt: null,
        acknowledgedByPersonId: null,
        ...created(now),
      });
    },
  },
  'visit.update': {
    base: 'visits',
    apply: (rows, a, now) =>
      patchVisit(
        rows,
        a.id,
        {
          ...(a.plannedFor !== undefined ? { plannedFor: a.plannedFor } : {}),
          ...(a.concernIds !== undefined ? { concernIds: a.concernIds } : {}),
        },
        now,
      ),
  },
  'visit.cancel': { apply: (rows, a, now) => patchVisit(rows, a.id, { status: 'cancelled' }, now) },
  'visit.record': {
    base: 'visitNotes',
    async apply(rows, a, now) {
      const v = await rows.get('visits', a.id);
      if (!v) return;
      const doneAt = a.doneAt ?? now;
      await rows.put('visits', {
        ...v,
        status: 'done',
        doneAt,
        teacherPersonIds: a.teacherPersonIds,
        observationId: a.observationId ?? null,
        updatedAt: now,
      });
      const note = await rows.get('visitNotes', a.id);
      await rows.put('visitNotes', {
        id: a.id,
        visitId: a.id,
        programId: v.programId,
        groupId: v.groupId,
        ownerPersonId: note?.ownerPersonId ?? v.mentorPersonId,
        partnerPersonId: null,
        authorPersonId: note?.authorPersonId ?? v.mentorPersonId,
        visibility: 'pair',
        supportGiven: trimmed(a.supportGiven),
        ...(note
          ? { createdAt: note.createdAt, updatedAt: now, deletedAt: null, version: note.version }
          : created(now)),
      });
      // The concerns the visit followed up move on at once, as the server moves them (followUpByVisit).
      for (const concernId of v.concernIds) {
        const c = await rows.get('concerns', concernId);
        if (c?.state === 'needs_follow_up')
          await rows.put('concerns', {
            ...c,
            state: 'followed_up',
            followedUpAt: now,
            followedUpVisitId: v.id,
            updatedAt: now,
          });
      }
    },
  },
  'visit.acknowledge': {
    async apply(rows, a, now) {
      const v = await rows.get('visits', a.id);
      if (!v) return;
      await rows.put('visits', { ...v, acknowledgedAt: now, acknowledgedByPersonId: UNKNOWN_PERSON, updatedAt: now });
      await rows.put('visitAcknowledgements', {
        id: a.id,
        visitId: a.id,
        programId: v.programId,
        groupId: v.groupId,
        schoolUnitId: v.schoolUnitId,
        headPersonId: UNKNOWN_PERSON,
        comment: trimmed(a.comment ?? null),
        acknowledgedAt: now,
        ...created(now),
      });
    },
  },
};
