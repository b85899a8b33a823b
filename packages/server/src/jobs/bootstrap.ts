import { type Actor, AppError, type OrgUnitKind, type ProgramModel } from '@mentora/core';
import type { Clock } from '../clock';
import { runCommand } from '../commands/run';
import type { Db } from '../db/connect';

export interface InitInput {
  program: string;
  model: ProgramModel;
  levels: string[];
  root: string;
  adminName: string;
  adminLogin: string;
}

/** The command line acts as the deployment itself: a system actor that no session can become. */
const CLI: Actor = { userId: 'cli', personId: 'cli', systemAdmin: true, assignments: [], groups: [] };

/**
 * Bootstraps a real deployment (no demo data): a program, its root unit, and its first admin —
 * a program admin at the root and system admin — who logs in with the printed invite code.
 */
export async function initDeployment(db: Db, clock: Clock, input: InitInput) {
  const run = <T>(name: string, args: unknown) => runCommand({ db, clock }, CLI, name, args) as Promise<T>;
  const existing = await db.selectFrom('programs').select('id').where('name', '=', input.program).executeTakeFirst();
  if (existing) throw new AppError('conflict', `A program named "${input.program}" exists already`);
  const program = await run<{ id: string }>('program.create', {
    name: input.program,
    model: input.model,
    levelNames: input.levels,
    locales: ['en', 'ur', 'sq', 'sr'],
    settings: { clusterMeetingDaysPerMonth: input.model === 'school' ? 0 : 2, maxMenteesPerMentor: 40 },
  });
  const kind = (input.levels[0] ?? 'country') as OrgUnitKind;
  const root = await run<{ id: string }>('orgUnit.create', {
    programId: program.id,
    parentId: null,
    name: input.root,
    kind,
  });
  const isEmail = input.adminLogin.includes('@');
  const person = await run<{ id: string }>('person.create', {
    programId: program.id,
    fullName: input.adminName,
    ...(isEmail ? { email: input.adminLogin } : { phone: input.adminLogin }),
  });
  await run('role.assign', { personId: person.id, role: 'program_admin', programId: program.id, orgUnitId: root.id });
  const account = await run<{ userId: string; login: string }>('account.create', { personId: person.id, locale: 'en' });
  await db.updateTable('users').set({ isSystemAdmin: 1 }).where('id', '=', account.userId).execute();
  const code = await run<{ code: string; expiresAt: string }>('account.issueCode', {
    userId: account.userId,
    purpose: 'invite',
  });
  return { programId: program.id, login: account.login, ...code };
}
