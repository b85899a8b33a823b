import type { Db } from '../../db/connect';
import type { OrgUnitRow } from '../../db/schema';

export type ExperienceBand = '0-3' | '4-8' | '9-13' | '14+' | 'unknown';

/** Kosovo seed reports mentors' experience as 4–8, 9–13 and "over 13" years. */
export function experienceBand(years: number | null): ExperienceBand {
  if (years === null) return 'unknown';
  if (years <= 3) return '0-3';
  if (years <= 8) return '4-8';
  if (years <= 13) return '9-13';
  return '14+';
}

const genders = () => ({ female: 0, male: 0, other: 0, unknown: 0 });
const bands = (): Record<ExperienceBand, number> => ({ '0-3': 0, '4-8': 0, '9-13': 0, '14+': 0, unknown: 0 });

/**
 * Aggregates of a subtree: metadata only, so head teachers and officers may see them.
 * Teachers are people holding the teacher or mentor role at a school in the subtree.
 */
export async function orgUnitStats(db: Db, unit: OrgUnitRow) {
  const rows = await db
    .selectFrom('roleAssignments as ra')
    .innerJoin('orgUnits as u', 'u.id', 'ra.orgUnitId')
    .innerJoin('persons as p', 'p.id', 'ra.personId')
    .select(['p.id', 'p.gender', 'p.yearsExperience', 'ra.role'])
    .where('u.path', 'like', `${unit.path}%`)
    .where('ra.role', 'in', ['teacher', 'mentor'])
    .where('ra.deletedAt', 'is', null)
    .where('p.deletedAt', 'is', null)
    .execute();
  const teachers = new Map<string, (typeof rows)[number]>();
  const mentors = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    teachers.set(r.id, r);
    if (r.role === 'mentor') mentors.set(r.id, r);
  }
  const split = (people: Iterable<(typeof rows)[number]>) => {
    const byGender = genders();
    const byExperience = bands();
    for (const p of people) {
      const g = (p.gender ?? 'unknown') as keyof ReturnType<typeof genders>;
      byGender[g in byGender ? g : 'unknown']++;
      byExperience[experienceBand(p.yearsExperience)]++;
    }
    return { byGender, byExperience };
  };
  const t = split(teachers.values());
  const m = split(mentors.values());
  const groups = await db
    .selectFrom('groups as g')
    .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('u.path', 'like', `${unit.path}%`)
    .where('g.deletedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    orgUnitId: unit.id,
    teachers: teachers.size,
    mentors: mentors.size,
    teachersByGender: t.byGender,
    mentorsByGender: m.byGender,
    teachersByExperience: t.byExperience,
    mentorsByExperience: m.byExperience,
    groups: Number(groups.n),
  };
}
