import type { Db } from '../db/connect';
import type { ActivityRunner } from './activity-runner';
import { at, createRng, type Rng } from './prng';
import type { PtmpCluster } from './ptmp-calendar';
import { addDays, betweenNow, laterDay, moment, schoolDay } from './ptmp-moments';
import { ACK_COMMENTS, type ConcernText, MERGED_PAIR, NEEDS_A_VISIT, RESOLVABLE, SUPPORT_GIVEN } from './ptmp-texts';

// Any fixed number: the same raisers, texts and dates on every run.
const CONCERNS_SEED = 0x636f6e63;

/**
 * What becomes of a concern raised for a held meeting. `visit-*` ones are sent to a school
 * follow-up: closed after an acknowledged visit, acknowledged, awaiting the head teacher, a visit
 * planned but overdue, no visit and overdue, a visit planned to come; `follow-up-pending` has no
 * visit yet but time left; `discussed` is carried to the next meeting; `merge` is a pair merged into one.
 */
type Outcome =
  | 'resolve'
  | 'discussed'
  | 'merge'
  | 'visit-closed'
  | 'visit-acknowledged'
  | 'visit-awaiting'
  | 'visit-overdue'
  | 'no-visit-overdue'
  | 'visit-planned'
  | 'follow-up-pending';

interface School {
  id: string;
  headId: string;
  teacherIds: string[];
}

/** The cluster's schools in creation order (GPS <town> No. 1 first), with head teacher and cluster teachers. */
async function schoolsOf(db: Db, cluster: PtmpCluster): Promise<School[]> {
  const group = await db
    .selectFrom('groups')
    .select('orgUnitId')
    .where('id', '=', cluster.groupId)
    .executeTakeFirstOrThrow();
  const units = await db
    .selectFrom('orgUnits as u')
    .innerJoin('roleAssignments as a', 'a.orgUnitId', 'u.id')
    .select(['u.id', 'a.personId as headId'])
    .where('u.parentId', '=', group.orgUnitId)
    .where('u.kind', '=', 'school')
    .where('a.role', '=', 'head_teacher')
    .orderBy('u.id')
    .execute();
  const persons = await db
    .selectFrom('persons')
    .select(['id', 'schoolId'])
    .where('id', 'in', cluster.menteeIds)
    .orderBy('id')
    .execute();
  return units.map((u) => ({
    ...u,
    teacherIds: persons.filter((p) => p.schoolId === u.id).map((p) => p.id),
  }));
}

/** A fresh, seeded order of `items`, taken round and round. */
function deck<T>(rng: Rng, items: readonly T[]): () => T {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [at(order, j), at(order, i)];
  }
  let next = 0;
  return () => at(order, next++ % order.length);
}

/**
 * The outcomes of the concerns raised for each held meeting (oldest first). Old meetings: sorted out
 * at the meeting, every other one with a school visit since closed. The one before last: the
 * follow-ups in all their states (two of them overdue). The last: resolved, merged, carried over,
 * follow-ups still to come.
 */
function outcomesFor(held: number): Outcome[][] {
  return Array.from({ length: held }, (_, k): Outcome[] => {
    if (k === held - 1) return ['resolve', 'merge', 'discussed', 'visit-planned', 'follow-up-pending'];
    if (k === held - 2) return ['visit-acknowledged', 'visit-awaiting', 'visit-overdue', 'no-visit-overdue', 'resolve'];
    return k % 2 === 0 ? ['resolve', 'visit-closed'] : ['resolve', 'resolve'];
  });
}

/**
 * A year of concerns in one PTMP cluster, through the real commands (issue 9, point 9): teachers
 * raise them before or at each held meeting (some shared with the cluster, some with their name);
 * the mentor puts them on the agenda, merges a duplicate, discusses them at the meeting and resolves
 * them or sends them to a school follow-up; follow-up visits are planned, recorded (marking their
 * concerns followed up, as the visit screen does), acknowledged by the school's head teacher and
 * closed at the next meeting — some still awaiting acknowledgement, some overdue, some to come.
 * Since the last meeting: new concerns, one reopened by its raiser, the next meeting's agenda ordered.
 * `teacherId`: the demo teacher, who gets concerns in several states in her cluster.
 */
export async function seedPtmpConcerns(
  r: ActivityRunner,
  db: Db,
  cluster: PtmpCluster,
  index: number,
  now: Date,
  teacherId: string,
): Promise<void> {
  const rng = createRng(CONCERNS_SEED + index);
  const held = cluster.meetings.filter((m) => m.held);
  const upcoming = cluster.meetings.find((m) => !m.held);
  if (held.length < 6) return;
  const schools = await schoolsOf(db, cluster);
  const schoolOf = (personId: string) => schools.find((s) => s.teacherIds.includes(personId)) as School;
  const mentor = cluster.mentorId;
  const resolvable = deck(rng, RESOLVABLE);
  const needsVisit = deck(rng, NEEDS_A_VISIT);
  const support = deck(rng, SUPPORT_GIVEN);
  const comments = deck(rng, ACK_COMMENTS);
  const today = now.toISOString().slice(0, 10);
  const outcomes = outcomesFor(held.length);
  const n = held.length;

  // The demo teacher's own concerns, by meeting and slot: one resolved later reopened, one resolved,
  // one closed after a visit to her school, one carried over, one waiting for a visit to come.
  const hers = new Set<string>();
  if (cluster.menteeIds.includes(teacherId)) {
    const closedAt = [n - 3, n - 4].find((k) => k % 2 === 0) as number;
    for (const key of [`${n - 6}/0`, `${n - 3}/0`, `${closedAt}/1`, `${n - 1}/2`, `${n - 1}/3`]) hers.add(key);
  }
  let visitsOfOld = 0;
  const raiserFor = (k: number, slot: number, outcome: Outcome): string => {
    if (hers.has(`${k}/${slot}`)) return teacherId;
    const pick = (ids: string[]) => rng.pick(ids.filter((id) => id !== teacherId));
    // The head teacher of GPS <town> No. 1 (the demo login in Uthal) has a visit to acknowledge.
    if (outcome === 'visit-awaiting') return pick(at(schools, 0).teacherIds);
    if (outcome === 'visit-closed') return pick(at(schools, visitsOfOld++ % schools.length).teacherIds);
    return pick(cluster.menteeIds);
  };

  const raise = async (raiser: string, text: Omit<ConcernText, 'resolution'>, when: Date, share?: boolean) => {
    const shared = share ?? rng.next() < 0.55;
    const id = r.id();
    await r.run(raiser, when, 'concern.raise', {
      id,
      groupId: cluster.groupId,
      category: text.category,
      subject: text.subject,
      grade: text.grade,
      description: text.description,
      sharedWithCluster: shared,
      showRaiserName: shared && rng.next() < 0.5,
    });
    return id;
  };
  const visit = async (concernId: string, raiser: string, plannedAt: Date, plannedFor: string) => {
    const id = r.id();
    await r.run(mentor, plannedAt, 'visit.plan', {
      id,
      groupId: cluster.groupId,
      schoolUnitId: schoolOf(raiser).id,
      plannedFor,
      concernIds: [concernId],
    });
    return id;
  };
  const recordVisit = async (id: string, concernId: string, raiser: string, day: string) => {
    const others = rng.sample(
      schoolOf(raiser).teacherIds.filter((t) => t !== raiser),
      rng.int(0, 2),
    );
    await r.run(mentor, moment(day, '10:00'), 'visit.record', {
      id,
      teacherPersonIds: [raiser, ...others],
      supportGiven: support(),
      doneAt: moment(day, '07:30').toISOString(),
    });
    // Recording the visit marks its concern followed up (issue 9, point 4; visit.record does it).
  };

  const reopenLater: { id: string; raiser: string }[] = [];
  let carried: string | null = null;
  for (const [k, meeting] of held.entries()) {
    const [first, last] = [at(meeting.days, 0), meeting.days.at(-1) as string];
    const next = held[k + 1];
    for (const [slot, outcome] of at(outcomes, k).entries()) {
      const raiser = raiserFor(k, slot, outcome);
      const followUp = outcome.startsWith('visit') || outcome.endsWith('pending') || outcome.endsWith('overdue');
      const text = outcome === 'merge' ? at(MERGED_PAIR, 0) : followUp ? needsVisit() : resolvable();
      // Most are raised in the days before the meeting; the odd one at the meeting itself.
      const atMeeting = slot === 1 && k % 3 === 0;
      const raisedAt = atMeeting
        ? moment(first, '04:30')
        : moment(first, `${String(rng.int(6, 15)).padStart(2, '0')}:15`, -rng.int(2, 12));
      const id = await raise(raiser, text, raisedAt, hers.has(`${k}/${slot}`) ? slot !== 3 : undefined);
      const agendaAt = atMeeting ? moment(first, '04:40') : moment(first, '13:00', -1);
      await r.run(mentor, agendaAt, 'concern.addToAgenda', { id, meetingId: meeting.id });
      if (outcome === 'merge') {
        const other = rng.pick(cluster.menteeIds.filter((p) => p !== raiser && p !== teacherId));
        const twin = await raise(other, at(MERGED_PAIR, 1), moment(first, '11:00', -3), true);
        await r.run(mentor, agendaAt, 'concern.addToAgenda', { id: twin, meetingId: meeting.id });
        await r.run(mentor, moment(first, '04:45'), 'concern.merge', { id: twin, intoId: id });
      }
      const day = slot < 3 ? first : last;
      const discussedAt = moment(day, `0${5 + (slot % 3)}:10`);
      await r.run(mentor, discussedAt, 'concern.discuss', { id });
      const decidedAt = new Date(discussedAt.getTime() + 25 * 60_000);
      if (outcome === 'discussed') {
        carried = id;
        continue;
      }
      if (!followUp) {
        await r.run(mentor, decidedAt, 'concern.resolve', { id, resolution: (text as ConcernText).resolution });
        if (k === n - 6 && slot === 0) reopenLater.push({ id, raiser });
        continue;
      }
      const planned = schoolDay(laterDay(addDays(last, 10), addDays(today, 3)));
      const followUpBy = {
        'visit-overdue': addDays(last, 14),
        'no-visit-overdue': addDays(last, 14),
        'visit-planned': addDays(planned, 5),
        'follow-up-pending': laterDay(addDays(last, 21), addDays(today, 12)),
      }[outcome as string];
      await r.run(mentor, decidedAt, 'concern.sendToFollowUp', {
        id,
        schoolUnitId: schoolOf(raiser).id,
        followUpBy: followUpBy ?? addDays(last, 21),
      });
      const plannedAt = moment(last, '10:00');
      if (outcome === 'visit-overdue') await visit(id, raiser, plannedAt, schoolDay(addDays(last, 10)));
      if (outcome === 'visit-planned') await visit(id, raiser, plannedAt, planned);
      if (outcome !== 'visit-closed' && outcome !== 'visit-acknowledged' && outcome !== 'visit-awaiting') continue;
      const visitDay = schoolDay(addDays(last, rng.int(5, 10)));
      const visitId = await visit(id, raiser, plannedAt, visitDay);
      await recordVisit(visitId, id, raiser, visitDay);
      if (outcome === 'visit-awaiting') continue;
      await r.run(schoolOf(raiser).headId, moment(visitDay, '06:00', rng.int(1, 2)), 'visit.acknowledge', {
        id: visitId,
        comment: comments(),
      });
      if (outcome === 'visit-closed' && next)
        await r.run(mentor, moment(at(next.days, 0), '04:15'), 'concern.close', { id });
    }
  }

  // Since the last meeting: new concerns for the next one, one reopened, the agenda put in order.
  const lastHeld = at(held, n - 1);
  const since = betweenNow(moment(lastHeld.days.at(-1) as string, '10:00'), now);
  const agenda: string[] = carried ? [carried] : [];
  for (const { id, raiser } of reopenLater) {
    await r.run(raiser, since(0.5), 'concern.reopen', { id, to: 'raised' });
    agenda.push(id);
  }
  const mine = cluster.menteeIds.includes(teacherId);
  for (const [i, x] of [0.2, 0.4, 0.55, 0.9].entries()) {
    const raiser = i === 0 && mine ? teacherId : rng.pick(cluster.menteeIds.filter((p) => p !== teacherId));
    const id = await raise(raiser, resolvable(), since(x), i === 0 && mine ? false : undefined);
    // The demo teacher first keeps hers to herself and her mentor, then shares it with her name.
    if (i === 0 && mine)
      await r.run(raiser, since(0.3), 'concern.share', { id, sharedWithCluster: true, showRaiserName: true });
    if (i < 3) agenda.push(id);
  }
  if (!upcoming) return;
  for (const id of agenda) await r.run(mentor, since(0.7), 'concern.addToAgenda', { id, meetingId: upcoming.id });
  await r.run(mentor, since(0.8), 'concern.orderAgenda', { meetingId: upcoming.id, concernIds: agenda });
}
