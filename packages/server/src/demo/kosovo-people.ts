import type { Db } from '../db/connect';
import { findUserByLogin } from '../modules/auth/queries';
import { parseLogin } from '../modules/auth/sessions';
import { demoLogin } from './logins';

const PROGRAM = 'Kosovo in-service mentoring';

/**
 * The people of the demo mentor's group at Gymnasium Drenas, found in the seeded roster: the mentor
 * (Geography), the demo teacher (Chemistry and Biology) and four colleagues by name — the roster is
 * deterministic, so a missing name means the roster changed and the activity must follow it.
 */
export interface KosovoPeople {
  programId: string;
  groupId: string;
  adminId: string;
  mentor: string;
  teacher: string;
  /** Bekim Mustafa, Physics 10–11. */
  physics: string;
  /** Jehona Gjoka, Mathematics 12. */
  maths: string;
  /** Arben Berisha, English 11–12. */
  english: string;
  /** Mimoza Hyseni, Biology 12. */
  biology: string;
  /** Every member of the group, mentor first, in roster order. */
  members: string[];
}

/** The person behind a demo login (email or phone, as `logins.ts` writes it; phones stored E.164). */
export async function personByLogin(db: Db, login: string): Promise<string> {
  const user = await findUserByLogin(db, await parseLogin(db, login));
  if (!user) throw new Error(`no demo account logs in with ${login}`);
  return user.personId;
}

export async function findKosovoPeople(db: Db): Promise<KosovoPeople> {
  const mentor = await personByLogin(db, demoLogin(PROGRAM, 'mentor').login);
  const teacher = await personByLogin(db, demoLogin(PROGRAM, 'teacher').login);
  const adminId = await personByLogin(db, demoLogin(PROGRAM, 'program_admin').login);
  const group = await db
    .selectFrom('groupMembers as m')
    .innerJoin('groups as g', 'g.id', 'm.groupId')
    .select(['g.id', 'g.programId'])
    .where('m.personId', '=', mentor)
    .where('m.role', '=', 'mentor')
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('groupMembers as m')
    .innerJoin('persons as p', 'p.id', 'm.personId')
    .select(['p.id', 'p.fullName', 'm.role'])
    .where('m.groupId', '=', group.id)
    .orderBy('p.id')
    .execute();
  const byName = (name: string) => {
    const found = rows.find((x) => x.fullName === name);
    if (!found) throw new Error(`demo activity: ${name} is no longer in the demo mentor's group`);
    return found.id;
  };
  return {
    programId: group.programId,
    groupId: group.id,
    adminId,
    mentor,
    teacher,
    physics: byName('Bekim Mustafa'),
    maths: byName('Jehona Gjoka'),
    english: byName('Arben Berisha'),
    biology: byName('Mimoza Hyseni'),
    members: [mentor, ...rows.filter((x) => x.id !== mentor).map((x) => x.id)],
  };
}
