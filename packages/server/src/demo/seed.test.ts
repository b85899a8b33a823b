import { canonicalPhone, Id } from '@mentora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/harness';
import { COMMANDS } from '../app';
import type { Clock } from '../clock';
import type { Db, DbHandle } from '../db/connect';
import { verifyPassword } from '../modules/auth/passwords';
import { DEMO_LOGINS, DEMO_PASSWORD, isEmailLogin } from './logins';
import { type DemoSummary, isDatabaseEmpty, seedDemo } from './seed';

const clock: Clock = { now: () => new Date('2026-03-02T08:00:00.000Z') };

async function unitByName(db: Db, name: string) {
  return db.selectFrom('orgUnits').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
}

/** Distinct persons holding `role` at the unit. */
async function holders(db: Db, unitId: string, role: string) {
  return db
    .selectFrom('roleAssignments')
    .innerJoin('persons', 'persons.id', 'roleAssignments.personId')
    .where('roleAssignments.orgUnitId', '=', unitId)
    .where('roleAssignments.role', '=', role)
    .select(['persons.id', 'persons.gender', 'persons.yearsExperience'])
    .distinct()
    .execute();
}

// The seed's experience bands: "more than 13 years", "9 to 13", "4 to 8".
/** A demo login phone as stored: E.164 with its program's country (issue 10, kind 1). */
function e164(login: string, program: string | null): string {
  const r = canonicalPhone(login, program === 'PTMP Balochistan' ? 'PK' : 'XK');
  if (!r.ok) throw new Error(r.message);
  return r.e164;
}

function band(years: number | null): string {
  if (years === null) return 'unknown';
  if (years > 13) return 'over 13';
  if (years >= 9) return '9–13';
  return years >= 4 ? '4–8' : 'under 4';
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

async function menteeRows(db: Db, programName: string) {
  return db
    .selectFrom('groupMembers')
    .innerJoin('groups', 'groups.id', 'groupMembers.groupId')
    .innerJoin('programs', 'programs.id', 'groups.programId')
    .where('programs.name', '=', programName)
    .where('groupMembers.role', '=', 'mentee')
    .select(['groupMembers.personId', 'groupMembers.groupId', 'groups.orgUnitId'])
    .execute();
}

/** Tables the demo activity writes through commands, with ids the seed chooses. */
const ACTIVITY_TABLES = [
  'trainingModules',
  'needs',
  'goals',
  'actions',
  'actionReviews',
  'observations',
  'observationDetails',
  'observationResponses',
  'observationNotes',
  'meetings',
  'meetingNotes',
  'meetingArtefacts',
  'reflections',
  'contentShares',
  'concerns',
  'concernDetails',
  'visits',
  'visitNotes',
  'visitAcknowledgements',
] as const;

/**
 * Every row the seed wrote, in id order; password hashes carry a random salt and are left out, as
 * are the ids the handlers draw themselves (attendance rows, audit events, the default instrument).
 */
async function dump(db: Db) {
  const users = await db.selectFrom('users').selectAll().orderBy('id').execute();
  const activity: Record<string, unknown[]> = {};
  for (const t of ACTIVITY_TABLES) activity[t] = await db.selectFrom(t).selectAll().orderBy('id').execute();
  // The default instrument's ids are drawn by ensureDefaultInstrument: compare its version number instead.
  activity.observations = await db
    .selectFrom('observations as o')
    .innerJoin('instrumentVersions as v', 'v.id', 'o.instrumentVersionId')
    .selectAll('o')
    .select('v.number as instrumentVersionNumber')
    .orderBy('o.id')
    .execute()
    .then((rows) => rows.map(({ instrumentVersionId: _, ...rest }) => rest));
  const attendance = await db
    .selectFrom('meetingAttendance')
    .select(['meetingId', 'personId', 'present', 'hours', 'createdAt', 'version'])
    .orderBy('meetingId')
    .orderBy('personId')
    .execute();
  // Issue 9: raisers and transitions draw their own ids; ratings are rewritten in a random order
  // with random ids at every release (ADR 0022) — compare what they say, not their ids.
  const raisers = await db
    .selectFrom('concernRaisers')
    .select(['concernId', 'personId', 'showName', 'raisedAt', 'version'])
    .orderBy('concernId')
    .orderBy('personId')
    .execute();
  const transitions = await db
    .selectFrom('concernTransitions')
    .select(['concernId', 'fromState', 'toState', 'byPersonId', 'at', 'version'])
    .orderBy('version')
    .execute();
  const ratings = await db
    .selectFrom('feedbackRatings')
    .select(['meetingId', 'rating', 'comment'])
    .execute()
    .then((rows) => rows.map((r) => JSON.stringify(r)).sort());
  const givers = await db
    .selectFrom('feedbackGivers')
    .select(['meetingId', 'personId', 'version'])
    .orderBy('version')
    .execute();
  return {
    activity,
    raisers,
    transitions,
    ratings,
    givers,
    attendance,
    programs: await db.selectFrom('programs').selectAll().orderBy('id').execute(),
    orgUnits: await db.selectFrom('orgUnits').selectAll().orderBy('id').execute(),
    persons: await db.selectFrom('persons').selectAll().orderBy('id').execute(),
    users: users.map(({ passwordHash: _, ...rest }) => rest),
    roleAssignments: await db.selectFrom('roleAssignments').selectAll().orderBy('id').execute(),
    groups: await db.selectFrom('groups').selectAll().orderBy('id').execute(),
    groupMembers: await db.selectFrom('groupMembers').selectAll().orderBy('id').execute(),
  };
}

describe('seedDemo', () => {
  let sut: DbHandle;
  let summary: DemoSummary;

  beforeAll(async () => {
    sut = await freshDb();
    summary = await seedDemo(sut.db, clock, COMMANDS);
  });
  afterAll(async () => {
    await sut.close();
  });

  it.each([
    // Kosovo seed: 12 of 78 gymnasium teachers are mentors (3 female, 9 male; 6 / 4 / 2 by experience).
    { school: 'Gymnasium Drenas', teachers: 78, mentors: 12, female: 3, male: 9, bands: [6, 4, 2] },
    // Kosovo seed: 16 of 101 VET teachers are mentors (7 female, 9 male; 4 / 2 / 10 by experience).
    { school: 'VET School Drenas', teachers: 101, mentors: 16, female: 7, male: 9, bands: [4, 2, 10] },
  ])('$school has $teachers teachers of whom $mentors are mentors, as in the seed', async (expected) => {
    const school = await unitByName(sut.db, expected.school);
    const teachers = await holders(sut.db, school.id, 'teacher');
    const mentors = await holders(sut.db, school.id, 'mentor');
    expect(teachers).toHaveLength(expected.teachers);
    expect(mentors).toHaveLength(expected.mentors);
    expect(tally(mentors.map((m) => m.gender ?? 'unknown'))).toEqual({ female: expected.female, male: expected.male });
    const bands = tally(mentors.map((m) => band(m.yearsExperience)));
    expect([bands['over 13'], bands['9–13'], bands['4–8']]).toEqual(expected.bands);
    // Mentors are teachers of the school too.
    const teacherIds = new Set(teachers.map((t) => t.id));
    expect(mentors.every((m) => teacherIds.has(m.id))).toBe(true);
    // The director is a separate person, not among the teachers.
    const directors = await holders(sut.db, school.id, 'head_teacher');
    expect(directors).toHaveLength(1);
    expect(teacherIds.has(directors[0]?.id ?? '')).toBe(false);
  });

  it('puts every Kosovo non-mentor teacher in exactly one mentoring group of their school', async () => {
    const mentees = await menteeRows(sut.db, 'Kosovo in-service mentoring');
    for (const name of ['Gymnasium Drenas', 'VET School Drenas']) {
      const school = await unitByName(sut.db, name);
      const mentorIds = new Set((await holders(sut.db, school.id, 'mentor')).map((m) => m.id));
      const others = (await holders(sut.db, school.id, 'teacher')).filter((t) => !mentorIds.has(t.id));
      for (const t of others) {
        const rows = mentees.filter((m) => m.personId === t.id);
        expect(rows).toHaveLength(1);
        expect(rows[0]?.orgUnitId).toBe(school.id);
      }
      expect(mentees.some((m) => mentorIds.has(m.personId))).toBe(false);
      // Split evenly: group sizes differ by at most one.
      const sizes = Object.values(tally(mentees.filter((m) => m.orgUnitId === school.id).map((m) => m.groupId)));
      expect(sizes).toHaveLength(mentorIds.size);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('gives every PTMP cluster one mentor and 30–40 teachers of its own schools in one cluster group', async () => {
    // Ids sort in creation order, so the clusters come in the seed's order.
    const clusters = await sut.db
      .selectFrom('orgUnits')
      .selectAll()
      .where('kind', '=', 'cluster')
      .orderBy('id')
      .execute();
    expect(clusters.map((c) => c.name)).toEqual([
      'Cluster Uthal',
      'Cluster Bela',
      'Cluster Winder',
      'Cluster Wadh',
      'Cluster Nal',
    ]);
    const menteeCounts: number[] = [];
    for (const cluster of clusters) {
      const groups = await sut.db.selectFrom('groups').selectAll().where('orgUnitId', '=', cluster.id).execute();
      expect(groups).toHaveLength(1);
      expect(groups[0]?.kind).toBe('cluster');
      const members = await sut.db
        .selectFrom('groupMembers')
        .innerJoin('persons', 'persons.id', 'groupMembers.personId')
        .leftJoin('orgUnits as school', 'school.id', 'persons.schoolId')
        .where('groupMembers.groupId', '=', groups[0]?.id ?? '')
        .select(['groupMembers.personId', 'groupMembers.role', 'school.path as schoolPath'])
        .execute();
      const mentors = members.filter((m) => m.role === 'mentor');
      expect(mentors).toHaveLength(1);
      expect((await holders(sut.db, cluster.id, 'mentor')).map((m) => m.id)).toEqual([mentors[0]?.personId]);
      const schools = await sut.db
        .selectFrom('orgUnits')
        .select('id')
        .where('parentId', '=', cluster.id)
        .where('kind', '=', 'school')
        .execute();
      expect(schools.length).toBeGreaterThanOrEqual(5);
      expect(schools.length).toBeLessThanOrEqual(8);
      const mentees = members.filter((m) => m.role === 'mentee');
      expect(mentees.length).toBeGreaterThanOrEqual(30);
      expect(mentees.length).toBeLessThanOrEqual(40);
      expect(mentees.every((m) => m.schoolPath?.startsWith(cluster.path))).toBe(true);
      menteeCounts.push(mentees.length);
    }
    expect(new Set(menteeCounts).size).toBeGreaterThan(1);
    const ptmpMentees = await menteeRows(sut.db, 'PTMP Balochistan');
    expect(new Set(ptmpMentees.map((m) => m.personId)).size).toBe(ptmpMentees.length);
  });

  it('creates every demo login, with its name, role and the demo password', async () => {
    for (const login of DEMO_LOGINS) {
      const user = await sut.db
        .selectFrom('users')
        .innerJoin('persons', 'persons.id', 'users.personId')
        .where(
          isEmailLogin(login.login) ? 'users.loginEmail' : 'users.loginPhone',
          '=',
          isEmailLogin(login.login) ? login.login.toLowerCase() : e164(login.login, login.program),
        )
        .select(['users.personId', 'users.isSystemAdmin', 'persons.fullName', 'users.passwordHash'])
        .executeTakeFirst();
      expect(user, login.login).toBeDefined();
      expect(user?.fullName).toBe(login.name);
      if (login.program === null) {
        expect(user?.isSystemAdmin).toBe(1);
        continue;
      }
      const roles = await sut.db
        .selectFrom('roleAssignments')
        .innerJoin('programs', 'programs.id', 'roleAssignments.programId')
        .where('roleAssignments.personId', '=', user?.personId ?? '')
        .where('programs.name', '=', login.program)
        .select('roleAssignments.role')
        .execute();
      expect(
        roles.map((r) => r.role),
        login.login,
      ).toContain(login.role);
    }
    const hashes = await sut.db.selectFrom('users').select('passwordHash').distinct().execute();
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0]?.passwordHash ?? null, DEMO_PASSWORD)).toBe(true);
  });

  it('reports what it wrote, all at one server version, with UUIDv7 ids and unique phones', async () => {
    const count = async (table: 'programs' | 'orgUnits' | 'persons' | 'users' | 'groups') => {
      const row = await sut.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n); // pg returns count(*) as a string
    };
    expect(summary).toEqual({
      programs: await count('programs'),
      orgUnits: await count('orgUnits'),
      persons: await count('persons'),
      users: await count('users'),
      groups: await count('groups'),
    });
    expect(summary.programs).toBe(2);
    expect(summary.users).toBe(DEMO_LOGINS.length);
    const data = await dump(sut.db);
    const synced = [data.programs, data.orgUnits, data.persons, data.roleAssignments, data.groups, data.groupMembers];
    expect(new Set(synced.flat().map((r) => r.version)).size).toBe(1);
    for (const row of [...synced.flat(), ...data.users]) expect(Id.safeParse(row.id).success, row.id).toBe(true);
    const phones = data.persons.map((p) => p.phone).filter((p) => p !== null);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('refuses to seed a database that already has data, and changes nothing', async () => {
    const before = await dump(sut.db);
    await expect(seedDemo(sut.db, clock, COMMANDS)).rejects.toThrow(/empty database/);
    expect(await dump(sut.db)).toEqual(before);
  });

  it('leaves the database empty when the activity fails halfway (one transaction)', async () => {
    const other = await freshDb();
    try {
      const withoutMeetings = new Map([...COMMANDS].filter(([name]) => !name.startsWith('meeting.')));
      await expect(seedDemo(other.db, clock, withoutMeetings)).rejects.toThrow(/meeting\.schedule/);
      expect(await isDatabaseEmpty(other.db)).toBe(true);
      expect(await other.db.selectFrom('needs').select('id').execute()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('writes identical data into another fresh database, which then is no longer empty', async () => {
    const other = await freshDb();
    try {
      expect(await isDatabaseEmpty(other.db)).toBe(true);
      await seedDemo(other.db, clock, COMMANDS);
      expect(await isDatabaseEmpty(other.db)).toBe(false);
      expect(await dump(other.db)).toEqual(await dump(sut.db));
    } finally {
      await other.close();
    }
  });
});
