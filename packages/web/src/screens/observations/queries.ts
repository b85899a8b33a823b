import { type CycleStage, cycleStage } from '@mentora/core/observations';
import { isCurrentMember } from '@mentora/core/policy';
import type {
  InstrumentVersion,
  MemberRole,
  Need,
  Observation,
  ObservationDetails,
  ObservationNote,
  ObservationResponse,
} from '@mentora/core/types';
import type { LocalDb } from '../../store/db';

// Reads of the observation screens, all from the phone's local store: they work in a classroom with no signal.

export interface ObservationListItem {
  o: Observation;
  otherName: string | null;
  iObserve: boolean;
  stage: CycleStage;
}

async function nameOf(db: LocalDb, personId: string): Promise<string | null> {
  return (await db.rows('persons').get(personId))?.fullName ?? null;
}

/** The user's cycles (a device holds only those it is one of the pair of), the open ones first, then by date. */
export async function myObservations(db: LocalDb, personId: string): Promise<ObservationListItem[]> {
  const all = (await db.rows('observations').toArray()).filter((o) => o.deletedAt === null);
  const items = await Promise.all(
    all.map(async (o) => {
      const iObserve = o.observerPersonId === personId;
      return {
        o,
        iObserve,
        otherName: await nameOf(db, iObserve ? o.observedPersonId : o.observerPersonId),
        stage: cycleStage(o, await db.rows('observationDetails').get(o.id)),
      };
    }),
  );
  const closed = (i: ObservationListItem) => (i.stage.dueNext === null ? 1 : 0);
  return items.sort((a, b) => closed(a) - closed(b) || b.o.scheduledFor.localeCompare(a.o.scheduledFor));
}

export interface CycleView {
  o: Observation;
  details: ObservationDetails | undefined;
  responses: Map<string, ObservationResponse>;
  notes: ObservationNote[];
  version: InstrumentVersion | undefined;
  observerName: string | null;
  observedName: string | null;
  stage: CycleStage;
  /** The observed teacher's needs on this device: open ones to choose the focus from, and any agreed. */
  needs: Need[];
}

/** One cycle with everything the form needs, or undefined when it is not on this device. */
export async function cycleView(db: LocalDb, id: string): Promise<CycleView | undefined> {
  const o = await db.rows('observations').get(id);
  if (!o) return undefined;
  const [details, responses, notes, version, observerName, observedName, needs] = await Promise.all([
    db.rows('observationDetails').get(id),
    db.rows('observationResponses').where('observationId').equals(id).toArray(),
    db.rows('observationNotes').where('observationId').equals(id).toArray(),
    o.instrumentVersionId ? db.rows('instrumentVersions').get(o.instrumentVersionId) : undefined,
    nameOf(db, o.observerPersonId),
    nameOf(db, o.observedPersonId),
    db.rows('needs').where('ownerPersonId').equals(o.observedPersonId).toArray(),
  ]);
  return {
    o,
    details,
    responses: new Map(responses.filter((r) => r.deletedAt === null).map((r) => [r.itemKey, r])),
    notes: notes.filter((n) => n.deletedAt === null).sort((a, b) => a.at.localeCompare(b.at)),
    version,
    observerName,
    observedName,
    stage: cycleStage(o, details),
    needs: needs.filter((n) => n.deletedAt === null),
  };
}

export interface ScheduleChoice {
  groupId: string;
  groupName: string;
  myRole: MemberRole;
  others: { personId: string; fullName: string; role: MemberRole }[];
}

/** The groups the user is a current member of, with the colleagues they may observe or invite. */
export async function scheduleChoices(db: LocalDb, personId: string, day: string): Promise<ScheduleChoice[]> {
  const mine = (await db.rows('groupMembers').where('personId').equals(personId).toArray()).filter((m) =>
    isCurrentMember(m, day),
  );
  return Promise.all(
    mine.map(async (m) => {
      const group = await db.rows('groups').get(m.groupId);
      const members = (await db.rows('groupMembers').where('groupId').equals(m.groupId).toArray()).filter(
        (x) => x.personId !== personId && isCurrentMember(x, day),
      );
      const others = await Promise.all(
        members.map(async (x) => ({
          personId: x.personId,
          fullName: (await nameOf(db, x.personId)) ?? '—',
          role: x.role,
        })),
      );
      return { groupId: m.groupId, groupName: group?.name ?? '—', myRole: m.role, others };
    }),
  );
}

/** The version a new cycle uses: the latest published version of the program's first instrument. */
export async function defaultVersion(db: LocalDb, programId: string): Promise<InstrumentVersion | undefined> {
  const instruments = (await db.rows('instruments').where('programId').equals(programId).toArray()).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const first = instruments[0];
  if (!first) return undefined;
  const versions = await db.rows('instrumentVersions').where('instrumentId').equals(first.id).toArray();
  return versions.filter((v) => v.publishedAt !== null).sort((a, b) => b.number - a.number)[0];
}
