import type { Concern, ConcernDetail, ConcernRaiser, ConcernTransitionRecord } from '../model/concern';
import {
  type ConcernTransition,
  daysToResolution,
  nextConcernState,
  type ReopenState,
} from '../model/concern-lifecycle';
import { table } from './device-area';
import { created, type Mutators, type RowStore, trimmed } from './row-store';

type ConcernCommand =
  | 'concern.raise'
  | 'concern.update'
  | 'concern.share'
  | 'concern.addToAgenda'
  | 'concern.orderAgenda'
  | 'concern.merge'
  | 'concern.discuss'
  | 'concern.resolve'
  | 'concern.sendToFollowUp'
  | 'concern.markFollowedUp'
  | 'concern.close'
  | 'concern.reopen';

/**
 * Concerns (metadata, never naming the raiser), their raisers, their transitions (who, when) and
 * their text (content: description and resolution; one record per concern, with its id).
 */
export const concernsDevice = {
  tables: {
    concerns: table<Concern>('groupId', 'meetingId'),
    concernRaisers: table<ConcernRaiser>('concernId', 'personId'),
    concernTransitions: table<ConcernTransitionRecord>('concernId'),
    concernDetails: table<ConcernDetail>('concernId'),
  },
  // The raiser edits the description from two phones: server order wins, the other text is kept.
  conflictFields: { 'concern.update': { table: 'concernDetails', fields: ['description'] } },
} as const;

// Fields the server fills from the session stay empty until its answer replaces the row.
const UNKNOWN_PERSON = '';

/** The optimistic state change; a move the lifecycle refuses is left to the server to reject. */
async function move(
  rows: RowStore,
  id: string,
  t: ConcernTransition,
  now: string,
  extra: Partial<Concern> = {},
  reopenTo?: ReopenState,
) {
  const c = await rows.get('concerns', id);
  if (!c) return;
  const to = nextConcernState(t, c.state, reopenTo);
  if (!to) return;
  const stamps: Partial<Concern> = {};
  if (to === 'discussed' && t !== 'reopen') stamps.discussedAt = now;
  if (to === 'resolved') stamps.resolvedAt = now;
  if (to === 'closed') stamps.closedAt = now;
  if (to === 'resolved' || (to === 'closed' && c.resolutionDays === null))
    stamps.resolutionDays = daysToResolution(c.raisedAt, now);
  await rows.put('concerns', { ...c, ...stamps, ...extra, state: to, updatedAt: now });
}

/** Concerns (server: modules/concerns/commands.ts). */
export const concernMutators: Mutators<ConcernCommand> = {
  'concern.raise': {
    creates: true,
    async apply(rows, a, now) {
      const group = await rows.get('groups', a.groupId);
      const programId = group?.programId ?? '';
      await rows.put('concerns', {
        id: a.id,
        programId,
        groupId: a.groupId,
        category: a.category,
        subject: trimmed(a.subject ?? null),
        grade: trimmed(a.grade ?? null),
        state: 'raised',
        meetingId: null,
        agendaPosition: null,
        mergedIntoId: null,
        sharedWithCluster: a.sharedWithCluster ?? false,
        showRaiserName: a.showRaiserName ?? false,
        raisedAt: now,
        discussedAt: null,
        resolvedAt: null,
        closedAt: null,
        followUpSchoolUnitId: null,
        followUpBy: null,
        followedUpAt: null,
        followedUpVisitId: null,
        reopenedCount: 0,
        resolutionDays: null,
        ...created(now),
      });
      // Device-local ids: the server's rows replace these at the next pull.
      await rows.put('concernRaisers', {
        id: `${a.id}:raiser`,
        concernId: a.id,
        groupId: a.groupId,
        personId: UNKNOWN_PERSON,
        showName: a.showRaiserName ?? false,
        raisedAt: now,
        ...created(now),
      });
      await rows.put('concernDetails', {
        id: a.id,
        concernId: a.id,
        programId,
        groupId: a.groupId,
        ownerPersonId: UNKNOWN_PERSON,
        partnerPersonId: null,
        authorPersonId: UNKNOWN_PERSON,
        visibility: a.sharedWithCluster ? 'group' : 'pair',
        description: trimmed(a.description),
        resolution: null,
        ...created(now),
      });
    },
  },
  'concern.update': {
    base: 'concernDetails',
    async apply(rows, a, now) {
      const c = await rows.get('concerns', a.id);
      if (!c) return;
      await rows.put('concerns', {
        ...c,
        ...(a.category !== undefined ? { category: a.category } : {}),
        ...(a.subject !== undefined ? { subject: trimmed(a.subject) } : {}),
        ...(a.grade !== undefined ? { grade: trimmed(a.grade) } : {}),
        updatedAt: now,
      });
      const d = await rows.get('concernDetails', a.id);
      if (d && a.description !== undefined)
        await rows.put('concernDetails', { ...d, description: trimmed(a.description), updatedAt: now });
    },
  },
  'concern.share': {
    async apply(rows, a, now) {
      const c = await rows.get('concerns', a.id);
      if (c)
        await rows.put('concerns', {
          ...c,
          sharedWithCluster: a.sharedWithCluster,
          showRaiserName: a.showRaiserName,
          updatedAt: now,
        });
    },
  },
  'concern.addToAgenda': {
    async apply(rows, a, now) {
      const c = await rows.get('concerns', a.id);
      if (!c) return;
      const onAgenda = (await rows.find('concerns', 'meetingId', a.meetingId)).filter((x) => x.id !== a.id);
      const last = Math.max(0, ...onAgenda.map((x) => x.agendaPosition ?? 0));
      await rows.put('concerns', { ...c, meetingId: a.meetingId, agendaPosition: last + 1, updatedAt: now });
    },
  },
  'concern.orderAgenda': {
    async apply(rows, a, now) {
      const onAgenda = await rows.find('concerns', 'meetingId', a.meetingId);
      const rest = onAgenda
        .filter((c) => !a.concernIds.includes(c.id))
        .sort((x, y) => (x.agendaPosition ?? 0) - (y.agendaPosition ?? 0));
      const order = [...a.concernIds.flatMap((id) => onAgenda.filter((c) => c.id === id)), ...rest];
      for (const [i, c] of order.entries()) await rows.put('concerns', { ...c, agendaPosition: i + 1, updatedAt: now });
    },
  },
  'concern.merge': {
    apply: (rows, a, now) => move(rows, a.id, 'merge', now, { mergedIntoId: a.intoId, meetingId: null }),
  },
  'concern.discuss': { apply: (rows, a, now) => move(rows, a.id, 'discuss', now) },
  'concern.resolve': {
    async apply(rows, a, now) {
      await move(rows, a.id, 'resolve', now);
      const d = await rows.get('concernDetails', a.id);
      if (d) await rows.put('concernDetails', { ...d, resolution: trimmed(a.resolution), updatedAt: now });
    },
  },
  'concern.sendToFollowUp': {
    apply: (rows, a, now) =>
      move(rows, a.id, 'sendToFollowUp', now, { followUpSchoolUnitId: a.schoolUnitId, followUpBy: a.followUpBy }),
  },
  'concern.markFollowedUp': {
    apply: (rows, a, now) =>
      move(rows, a.id, 'markFollowedUp', now, { followedUpAt: now, followedUpVisitId: a.visitId }),
  },
  'concern.close': { apply: (rows, a, now) => move(rows, a.id, 'close', now) },
  'concern.reopen': {
    async apply(rows, a, now) {
      const c = await rows.get('concerns', a.id);
      if (!c) return;
      await move(
        rows,
        a.id,
        'reopen',
        now,
        { resolvedAt: null, closedAt: null, resolutionDays: null, reopenedCount: c.reopenedCount + 1 },
        a.to ?? 'raised',
      );
    },
  },
};
