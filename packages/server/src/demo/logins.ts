import type { Role } from '@mentora/core';

/** The one password of every demo account. Demo data is for trying Mentora out, never for production. */
export const DEMO_PASSWORD = 'mentora-demo';

export type DemoProgram = 'PTMP Balochistan' | 'Kosovo in-service mentoring';

export interface DemoLogin {
  /** null: the deployment-wide system administrator. */
  program: DemoProgram | null;
  role: Role;
  /** An email or a phone number: teachers often have no email, so theirs are phones. */
  login: string;
  /** The person's full name as the seed writes it (the README and browser tests quote it). */
  name: string;
}

/**
 * One login per role per program. The seed puts these people in fixed places: the PTMP mentor
 * runs Cluster Uthal (Lasbella), the PTMP teacher is one of that mentor's mentees at GGPS Uthal,
 * the PTMP head teacher heads GPS Uthal No. 1; the Kosovo mentor and teacher are a gymnasium
 * mentor and one of that mentor's mentees. Phone logins sit outside the generated phone ranges.
 */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { program: 'PTMP Balochistan', role: 'program_admin', login: 'admin.ptmp@demo.mentora', name: 'Rukhsana Bizenjo' },
  {
    program: 'PTMP Balochistan',
    role: 'district_officer',
    login: 'officer.lasbella@demo.mentora',
    name: 'Naseer Ahmed Rodeni',
  },
  { program: 'PTMP Balochistan', role: 'head_teacher', login: '03211234567', name: 'Ghulam Rasool Lasi' },
  { program: 'PTMP Balochistan', role: 'mentor', login: '03001234567', name: 'Abdul Ghani Jamot' },
  { program: 'PTMP Balochistan', role: 'teacher', login: '03331234567', name: 'Shazia Baloch' },
  {
    program: 'Kosovo in-service mentoring',
    role: 'program_admin',
    login: 'admin.kosovo@demo.mentora',
    name: 'Driton Shala',
  },
  {
    program: 'Kosovo in-service mentoring',
    role: 'district_officer',
    login: 'officer.drenas@demo.mentora',
    name: 'Besnik Morina',
  },
  {
    program: 'Kosovo in-service mentoring',
    role: 'head_teacher',
    login: 'director.gymnasium@demo.mentora',
    name: 'Valbona Berisha',
  },
  {
    program: 'Kosovo in-service mentoring',
    role: 'mentor',
    login: 'mentor.gymnasium@demo.mentora',
    name: 'Mimoza Krasniqi',
  },
  { program: 'Kosovo in-service mentoring', role: 'teacher', login: '044100001', name: 'Arben Gashi' },
  {
    program: 'Kosovo in-service mentoring',
    role: 'researcher',
    login: 'researcher@demo.mentora',
    name: 'Teuta Hoxha',
  },
  { program: null, role: 'system_admin', login: 'sysadmin@demo.mentora', name: 'Imran Ali Brohi' },
];

export const isEmailLogin = (login: string): boolean => login.includes('@');

export function demoLogin(program: DemoProgram | null, role: Role): DemoLogin {
  const found = DEMO_LOGINS.find((l) => l.program === program && l.role === role);
  if (!found) throw new Error(`no demo login for ${role} in ${program ?? 'the deployment'}`);
  return found;
}
