import type { Gender } from '@mentora/core';
import { asLoginPerson, type DemoData, type PersonSpec, sequence, type UnitRef } from './demo-data';
import { DEMO_LOGINS, demoLogin } from './logins';
import { ALBANIAN_NAMES, createNameGenerator } from './names';
import { at, createRng, type Rng } from './prng';

const PROGRAM = 'Kosovo in-service mentoring';
// Any fixed number: it only has to stay the same so the demo does.
const KOSOVO_RNG_SEED = 2014;

/** Years of teaching; the seed reports mentors in these three bands. */
const BANDS = {
  over13: [14, 30],
  from9to13: [9, 13],
  from4to8: [4, 8],
} as const satisfies Record<string, readonly [number, number]>;
type Band = keyof typeof BANDS;

interface SchoolSpec {
  name: string;
  emisCode: string;
  teachers: number;
  mentors: { female: number; male: number; bands: Record<Band, number> };
  subjects: readonly string[];
  /** The gymnasium holds the demo logins of director, mentor and teacher. */
  hasLogins: boolean;
}

// Kosovo seed: "From the gymnasium, a total of 12 teacher participants (from which three female and
// nine male) were trained to play the role of a mentor, from a total of 78 teachers … Similarly,
// 16 VET teachers were mentors (seven female and nine male) and a total of 101 teachers".
// Experience: gymnasium 6 mentors over 13 years, 4 with 9 to 13, 2 with 4 to 8; VET 4, 2 and 10.
const SCHOOLS: readonly SchoolSpec[] = [
  {
    name: 'Gymnasium Drenas',
    emisCode: 'DRE-001',
    teachers: 78,
    mentors: { female: 3, male: 9, bands: { over13: 6, from9to13: 4, from4to8: 2 } },
    subjects: [
      'Matematikë',
      'Fizikë',
      'Kimi',
      'Biologji',
      'Gjuhë shqipe',
      'Gjuhë angleze',
      'Histori',
      'Gjeografi',
      'Informatikë',
      'Filozofi',
      'Edukatë fizike',
    ],
    hasLogins: true,
  },
  {
    name: 'VET School Drenas',
    emisCode: 'DRE-002',
    teachers: 101,
    mentors: { female: 7, male: 9, bands: { over13: 4, from9to13: 2, from4to8: 10 } },
    subjects: [
      'Elektroteknikë',
      'Mekanikë',
      'Ekonomi',
      'Informatikë',
      'Ndërtimtari',
      'Matematikë',
      'Gjuhë shqipe',
      'Gjuhë angleze',
      'Fizikë',
    ],
    hasLogins: false,
  },
];

// Demo content for Kosovo is in Albanian (subjects, group names): what a Drenas user would type.
const SECONDARY_GRADES = ['10', '11', '12'];

/** `female` women spread evenly among `total` places, the first place a woman's (the demo mentor). */
function spreadGenders(female: number, total: number): Gender[] {
  return Array.from({ length: total }, (_, i) =>
    Math.floor((i * female) / total) !== Math.floor(((i - 1) * female) / total) ? 'female' : 'male',
  );
}

/** Mentor profiles with exactly the seed's gender and experience counts. */
function mentorProfiles(spec: SchoolSpec['mentors'], rng: Rng): { gender: Gender; years: number }[] {
  const total = spec.female + spec.male;
  const bands = (Object.keys(BANDS) as Band[]).flatMap((b) => Array<Band>(spec.bands[b]).fill(b));
  if (bands.length !== total) throw new Error('mentor experience bands do not add up to the mentors');
  return spreadGenders(spec.female, total).map((gender, i) => {
    const [min, max] = BANDS[at(bands, i)];
    return { gender, years: rng.int(min, max) };
  });
}

export function buildKosovo(data: DemoData, startDate: string): void {
  const rng = createRng(KOSOVO_RNG_SEED);
  const names = createNameGenerator(ALBANIAN_NAMES, rng);
  for (const l of DEMO_LOGINS) if (l.program === PROGRAM) names.reserve(l.name);
  // Kosovo mobile numbers; generated ones ('044200001'…) cannot meet the demo login '044100001'.
  const nextPhone = sequence((n) => `0${rng.pick(['44', '45', '49'])}${200000 + n}`);
  const nextEmisId = sequence((n) => `KS-${String(n).padStart(6, '0')}`);

  const programId = data.program({
    name: PROGRAM,
    model: 'school',
    levelNames: ['country', 'municipality', 'school'],
    locales: ['sq', 'sr', 'sr-Latn', 'en'],
    // School-based: "a mentor and a handful of colleagues", no cluster meetings.
    // Kosovo's phones: 044 … (Vala), 049 … (IPKO) are read as +383 (issue 10, kind 1).
    settings: {
      country: 'XK',
      clusterMeetingDaysPerMonth: 0,
      maxMenteesPerMentor: 8,
      weekendDays: [0, 6],
      holidays: [],
      timeZone: 'Europe/Belgrade',
    },
  });
  const country = data.unit(programId, null, 'country', 'Kosovo');

  const teacher = (gender: Gender, school: SchoolSpec, unit: UnitRef, years: number): PersonSpec => {
    const first = rng.int(0, 2);
    return {
      fullName: names.next(gender),
      gender,
      // "all of the teachers participating in this study were subject teachers"
      subjects: rng.sample(school.subjects, rng.int(1, 2)),
      grades: SECONDARY_GRADES.slice(first, rng.int(first + 1, 3)),
      yearsExperience: years,
      phone: nextPhone(),
      schoolId: unit.id,
      emisId: nextEmisId(),
    };
  };
  const official = (gender: Gender): PersonSpec => ({
    fullName: names.next(gender),
    gender,
    subjects: [],
    grades: [],
    yearsExperience: rng.int(10, 30),
    phone: nextPhone(),
    schoolId: null,
    emisId: null,
  });
  const loginOfficial = (role: 'program_admin' | 'researcher' | 'district_officer', gender: Gender, unit: UnitRef) => {
    const login = demoLogin(PROGRAM, role);
    const id = data.person(programId, asLoginPerson(official(gender), login));
    data.assign(id, role, programId, unit);
    data.user(id, login, 'sq');
  };

  loginOfficial('program_admin', 'male', country);
  loginOfficial('researcher', 'female', country);
  const drenas = data.unit(programId, country, 'municipality', 'Drenas');
  loginOfficial('district_officer', 'male', drenas);

  for (const school of SCHOOLS) {
    const unit = data.unit(programId, drenas, 'school', school.name, school.emisCode);

    // The school director is not counted among the school's teachers.
    const directorLogin = school.hasLogins ? demoLogin(PROGRAM, 'head_teacher') : null;
    const directorSpec = teacher(directorLogin ? 'female' : 'male', school, unit, rng.int(15, 30));
    const directorId = data.person(
      programId,
      directorLogin ? asLoginPerson(directorSpec, directorLogin) : directorSpec,
    );
    data.assign(directorId, 'head_teacher', programId, unit);
    if (directorLogin) data.user(directorId, directorLogin, 'sq');

    const groupIds = mentorProfiles(school.mentors, rng).map((profile, j) => {
      // Mentor 0 is a woman with over 13 years (spreadGenders, band order), matching the demo login's name.
      const login = school.hasLogins && j === 0 ? demoLogin(PROGRAM, 'mentor') : null;
      const spec = teacher(profile.gender, school, unit, profile.years);
      const person = login ? asLoginPerson(spec, login) : spec;
      const mentorId = data.person(programId, person);
      data.assign(mentorId, 'teacher', programId, unit);
      data.assign(mentorId, 'mentor', programId, unit);
      if (login) data.user(mentorId, login, 'sq');
      const groupId = data.group(programId, 'school', `Grupi i mentorimit — ${person.fullName}`, unit);
      data.member(groupId, mentorId, 'mentor', startDate);
      return groupId;
    });

    // The other teachers are dealt round-robin, so group sizes differ by at most one.
    const menteeCount = school.teachers - groupIds.length;
    for (let i = 0; i < menteeCount; i++) {
      // Mentee 0 falls in mentor 0's group: the demo teacher is the demo mentor's mentee.
      const login = school.hasLogins && i === 0 ? demoLogin(PROGRAM, 'teacher') : null;
      const gender: Gender = login ? 'male' : rng.next() < 0.55 ? 'female' : 'male';
      const spec = teacher(gender, school, unit, rng.int(1, 35));
      const teacherId = data.person(programId, login ? asLoginPerson(spec, login) : spec);
      data.assign(teacherId, 'teacher', programId, unit);
      data.member(at(groupIds, i % groupIds.length), teacherId, 'mentee', startDate);
      if (login) data.user(teacherId, login, 'sq');
    }
  }
}
