import type { Gender } from '@mentora/core';
import { asLoginPerson, type DemoData, type PersonSpec, sequence, type UnitRef } from './demo-data';
import { DEMO_LOGINS, demoLogin } from './logins';
import { BALOCHISTAN_NAMES, createNameGenerator } from './names';
import { at, createRng } from './prng';
import { ptmpHolidays } from './ptmp-calendar';

const PROGRAM = 'PTMP Balochistan';
// Any fixed number: it only has to stay the same so the demo does.
const PTMP_RNG_SEED = 2000;

/**
 * Two of PTMP's eighteen districts. A cluster is named for its town; the town holds three schools
 * (GPS No. 1, GGPS, GPS No. 2) and each listed village one more, so clusters have 5–8 schools.
 */
const DISTRICTS = [
  {
    name: 'Lasbella',
    code: 'LSB',
    clusters: [
      { town: 'Uthal', villages: ['Kanraj', 'Goth Haji Karim', 'Lakhra'] },
      { town: 'Bela', villages: ['Welpat', 'Goth Allah Dino', 'Sheh', 'Goth Murad Khan', 'Kathore'] },
      { town: 'Winder', villages: ['Sonmiani', 'Goth Jam Yousuf'] },
    ],
  },
  {
    name: 'Khuzdar',
    code: 'KZD',
    clusters: [
      { town: 'Wadh', villages: ['Aranji', 'Goth Sardar Bakhsh', 'Baghbana', 'Gresha'] },
      { town: 'Nal', villages: ['Karkh', 'Moola', 'Goth Mir Dost'] },
    ],
  },
] as const;

const PRIMARY_SUBJECTS = ['Urdu', 'English', 'Mathematics', 'General Science', 'Social Studies', 'Islamiat'];

interface School {
  unit: UnitRef;
  /** GGPS (girls) schools are staffed by women, GPS (boys) schools by men. */
  gender: Gender;
}

export function buildPtmp(data: DemoData, startDate: string): void {
  const rng = createRng(PTMP_RNG_SEED);
  const names = createNameGenerator(BALOCHISTAN_NAMES, rng);
  for (const l of DEMO_LOGINS) if (l.program === PROGRAM || l.program === null) names.reserve(l.name);
  // Generated numbers ('0300' + '2000001'…) cannot meet the demo logins' '…1234567'.
  const nextPhone = sequence((n) => `0${rng.pick(['300', '301', '312', '321', '333', '345'])}${2000000 + n}`);
  const nextEmisId = sequence((n) => `BL-${String(n).padStart(6, '0')}`);

  const programId = data.program({
    name: PROGRAM,
    model: 'cluster',
    levelNames: ['province', 'district', 'cluster', 'school'],
    locales: ['ur', 'en'],
    // PTMP: "30-40 teachers of the cluster along with a mentor gather for two days in a month".
    // Schools close on Sundays and on the national holidays (issue 9: the cluster calendar skips them).
    settings: {
      country: 'PK',
      clusterMeetingDaysPerMonth: 2,
      maxMenteesPerMentor: 40,
      weekendDays: [0],
      holidays: ptmpHolidays(),
      timeZone: 'Asia/Karachi',
    },
  });
  const province = data.unit(programId, null, 'province', 'Balochistan');

  const teacher = (gender: Gender, school: UnitRef | null, years: number): PersonSpec => {
    const firstGrade = rng.int(1, 5);
    const lastGrade = Math.min(5, firstGrade + rng.int(0, 2));
    const grades = Array.from({ length: lastGrade - firstGrade + 1 }, (_, i) => String(firstGrade + i));
    return {
      fullName: names.next(gender),
      gender,
      // Primary teachers teach several subjects to their class.
      subjects: rng.sample(PRIMARY_SUBJECTS, rng.int(2, 3)),
      grades,
      yearsExperience: years,
      phone: nextPhone(),
      schoolId: school?.id ?? null,
      emisId: nextEmisId(),
    };
  };
  const official = (gender: Gender): PersonSpec => ({
    fullName: names.next(gender),
    gender,
    subjects: [],
    grades: [],
    yearsExperience: rng.int(15, 30),
    phone: nextPhone(),
    schoolId: null,
    emisId: null,
  });

  const admin = demoLogin(PROGRAM, 'program_admin');
  const adminId = data.person(programId, asLoginPerson(official('female'), admin));
  data.assign(adminId, 'program_admin', programId, province);
  data.user(adminId, admin, 'en');

  let clusterIndex = 0;
  for (const [d, district] of DISTRICTS.entries()) {
    const districtUnit = data.unit(programId, province, 'district', district.name);
    // The first district (Lasbella, where the PTMP study was done) holds the demo logins.
    const isLoginDistrict = d === 0;
    const officerLogin = isLoginDistrict ? demoLogin(PROGRAM, 'district_officer') : null;
    const officerSpec = official('male');
    const officerId = data.person(programId, officerLogin ? asLoginPerson(officerSpec, officerLogin) : officerSpec);
    data.assign(officerId, 'district_officer', programId, districtUnit);
    if (officerLogin) data.user(officerId, officerLogin, 'en');

    let schoolNo = 0;
    for (const [c, cluster] of district.clusters.entries()) {
      const isLoginCluster = isLoginDistrict && c === 0;
      const clusterName = `Cluster ${cluster.town}`;
      const clusterUnit = data.unit(programId, districtUnit, 'cluster', clusterName);
      const schoolNames = [
        `GPS ${cluster.town} No. 1`,
        `GGPS ${cluster.town}`,
        `GPS ${cluster.town} No. 2`,
        ...cluster.villages.map((v, i) => `${i % 2 === 0 ? 'GPS' : 'GGPS'} ${v}`),
      ];
      const schools: School[] = schoolNames.map((name) => {
        const emisCode = `${district.code}-${String(++schoolNo).padStart(3, '0')}`;
        const unit = data.unit(programId, clusterUnit, 'school', name, emisCode);
        return { unit, gender: name.startsWith('GGPS') ? 'female' : 'male' };
      });

      // One head teacher per school, outside the cluster's 30–40 teachers.
      for (const [s, school] of schools.entries()) {
        const login = isLoginCluster && s === 0 ? demoLogin(PROGRAM, 'head_teacher') : null;
        const spec = teacher(school.gender, school.unit, rng.int(12, 30));
        const headId = data.person(programId, login ? asLoginPerson(spec, login) : spec);
        data.assign(headId, 'head_teacher', programId, school.unit);
        if (login) data.user(headId, login, 'ur');
      }

      // The mentor teaches at a town school (alternately the boys' and the girls' one) and mentors the cluster.
      const mentorSchool = at(schools, clusterIndex % 2);
      const mentorLogin = isLoginCluster ? demoLogin(PROGRAM, 'mentor') : null;
      const mentorSpec = teacher(mentorSchool.gender, mentorSchool.unit, rng.int(10, 25));
      const mentorId = data.person(programId, mentorLogin ? asLoginPerson(mentorSpec, mentorLogin) : mentorSpec);
      data.assign(mentorId, 'teacher', programId, mentorSchool.unit);
      data.assign(mentorId, 'mentor', programId, clusterUnit);
      if (mentorLogin) data.user(mentorId, mentorLogin, 'ur');
      const groupId = data.group(programId, 'cluster', `${clusterName} mentoring group`, clusterUnit);
      data.member(groupId, mentorId, 'mentor', startDate);

      // PTMP: "30-40 teachers of the cluster", spread round-robin over its schools.
      const teacherCount = rng.int(30, 40);
      for (let t = 0; t < teacherCount; t++) {
        const school = at(schools, t % schools.length);
        // t = 1 is the first teacher of the cluster's girls' school (GGPS <town>).
        const login = isLoginCluster && t === 1 ? demoLogin(PROGRAM, 'teacher') : null;
        const spec = teacher(school.gender, school.unit, rng.int(1, 28));
        const teacherId = data.person(programId, login ? asLoginPerson(spec, login) : spec);
        data.assign(teacherId, 'teacher', programId, school.unit);
        data.member(groupId, teacherId, 'mentee', startDate);
        if (login) data.user(teacherId, login, 'ur');
      }
      clusterIndex++;
    }
  }

  // The deployment's system administrator needs a person; it lives in PTMP and holds no role there.
  const sysadmin = demoLogin(null, 'system_admin');
  const sysadminId = data.person(programId, asLoginPerson(official('male'), sysadmin));
  data.user(sysadminId, sysadmin, 'en', true);
}
