import { type ConcernCategory, concernCategoriesOf, isOverdueFollowUp } from '@mentora/core/concerns';
import { isCurrentMember } from '@mentora/core/policy';
import type { Concern, Meeting } from '@mentora/core/types';
import type { LocalDb } from '../../store/db';

/** Reads of the local store for the concerns screens; each runs inside a live query. */

/** A concern as a screen shows it: its text, whether I raised it, the raisers' names I may know. */
export interface ConcernShown extends Concern {
  description: string;
  resolution: string | null;
  raisedByMe: boolean;
  raiserNames: string[];
  overdue: boolean;
}

const present = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);

/**
 * `rows` with their text and raisers. A concern raised on this phone and not yet sent has a raiser
 * row with no person (the server fills it in): it is mine.
 */
async function shown(db: LocalDb, rows: Concern[], me: string, day: string): Promise<ConcernShown[]> {
  const ids = rows.map((c) => c.id);
  const [details, raisers] = await Promise.all([
    db.rows('concernDetails').bulkGet(ids),
    db.rows('concernRaisers').where('concernId').anyOf(ids).toArray(),
  ]);
  const people = present(await db.rows('persons').bulkGet([...new Set(raisers.map((r) => r.personId))]));
  const names = new Map(people.map((p) => [p.id, p.fullName]));
  return rows.map((c, i) => {
    const mine = raisers.filter((r) => r.concernId === c.id && !r.deletedAt);
    return {
      ...c,
      description: details[i]?.description ?? '',
      resolution: details[i]?.resolution ?? null,
      raisedByMe: mine.some((r) => r.personId === me || r.personId === ''),
      raiserNames: mine.flatMap((r) => {
        const name = names.get(r.personId);
        return name ? [name] : [];
      }),
      overdue: isOverdueFollowUp(c, day),
    };
  });
}

const live = (c: Concern) => !c.deletedAt && c.mergedIntoId === null;
const byRaised = (a: Concern, b: Concern) => b.raisedAt.localeCompare(a.raisedAt);

/** The concerns I raised, newest first (on this phone, offline too). */
export async function myConcerns(db: LocalDb, me: string, day: string): Promise<ConcernShown[]> {
  const raised = await db.rows('concernRaisers').where('personId').anyOf([me, '']).toArray();
  const rows = present(await db.rows('concerns').bulkGet([...new Set(raised.map((r) => r.concernId))]));
  return shown(db, rows.filter(live).sort(byRaised), me, day);
}

/** A cluster's concerns this phone holds (the mentor holds them all), newest first. */
export async function clusterConcerns(db: LocalDb, groupId: string, me: string, day: string) {
  const group = await db.rows('groups').get(groupId);
  if (!group) return undefined;
  const rows = (await db.rows('concerns').where('groupId').equals(groupId).toArray()).filter(live).sort(byRaised);
  return { group, concerns: await shown(db, rows, me, day) };
}

/** A meeting's agenda in its order, and the cluster's open concerns not on it. */
export async function meetingAgenda(db: LocalDb, meetingId: string, me: string, day: string) {
  const meeting = await db.rows('meetings').get(meetingId);
  if (!meeting) return undefined;
  const rows = (await db.rows('concerns').where('groupId').equals(meeting.groupId).toArray()).filter(live);
  const all = await shown(db, rows, me, day);
  const onAgenda = all
    .filter((c) => c.meetingId === meetingId)
    .sort((a, b) => (a.agendaPosition ?? 0) - (b.agendaPosition ?? 0));
  const addable = all.filter((c) => c.meetingId !== meetingId && (c.state === 'raised' || c.state === 'discussed'));
  return { meeting, onAgenda, addable };
}

/** The groups I am a current teacher (mentee) in, to raise a concern in. */
export async function myClusters(db: LocalDb, me: string, day: string) {
  const mine = (await db.rows('groupMembers').where('personId').equals(me).toArray()).filter(
    (m) => m.role === 'mentee' && isCurrentMember(m, day),
  );
  const groups = present(await db.rows('groups').bulkGet([...new Set(mine.map((m) => m.groupId))]));
  return groups.filter((g) => !g.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
}

/** The concern categories of a program on this phone (the defaults when it has none of its own). */
export async function categoriesOf(db: LocalDb, programId: string | undefined): Promise<ConcernCategory[]> {
  const program = programId ? await db.rows('programs').get(programId) : undefined;
  return concernCategoriesOf(program ?? null);
}

/** The schools a follow-up visit may go to: the schools under the cluster's unit on this phone. */
export async function clusterSchools(db: LocalDb, groupId: string) {
  const group = await db.rows('groups').get(groupId);
  const unit = group ? await db.rows('orgUnits').get(group.orgUnitId) : undefined;
  if (!unit) return [];
  const all = await db.rows('orgUnits').toArray();
  return all
    .filter((u) => !u.deletedAt && u.kind === 'school' && u.path.startsWith(unit.path))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The cluster's meetings not cancelled, soonest first: where a concern may go on the agenda. */
export async function agendaMeetings(db: LocalDb, groupId: string): Promise<Meeting[]> {
  return (await db.rows('meetings').where('groupId').equals(groupId).toArray())
    .filter((m) => !m.deletedAt && m.status !== 'cancelled')
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
}
