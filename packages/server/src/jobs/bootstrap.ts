import { AppError, type OrgUnitKind, type ProgramModel } from '@mentora/core';
import type { Clock } from '../clock';
import { makeContext } from '../commands/context';
import { type CommandTable, runCommand } from '../commands/run';
import type { Db } from '../db/connect';
import { CLI_ACTOR, grantSystemAdmin, hasSystemAdmin } from './system-admin';

export interface InitInput {
  program: string;
  model: ProgramModel;
  levels: string[];
  root: string;
  adminName: string;
  adminLogin: string;
  /** ISO 3166-1 alpha-2 (PK, XK): how phones written nationally are read (issue 10, kind 1). */
  country?: string;
}

/**
 * Bootstraps a program (no demo data): the program, its root unit, and its first admin — a program
 * admin at the root — who logs in with the printed invite code. Only on a deployment without a
 * system admin does that admin also become system admin (`systemAdmin: true` in the answer): a
 * second program's first admin must not get every program by accident (issue 6).
 */
export async function initDeployment(db: Db, clock: Clock, commands: CommandTable, input: InitInput) {
  const run = <T>(name: string, args: unknown) =>
    runCommand({ db, clock, commands }, CLI_ACTOR, name, args) as Promise<T>;
  const existing = await db.selectFrom('programs').select('id').where('name', '=', input.program).executeTakeFirst();
  if (existing) throw new AppError('conflict', `A program named "${input.program}" exists already`);
  const program = await run<{ id: string }>('program.create', {
    name: input.program,
    model: input.model,
    levelNames: input.levels,
    locales: ['en', 'ur', 'sq', 'sr', 'sr-Latn'],
    settings: {
      ...(input.country ? { country: input.country.toUpperCase() } : {}),
      clusterMeetingDaysPerMonth: input.model === 'school' ? 0 : 2,
      maxMenteesPerMentor: 40,
    },
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
  const systemAdmin = !(await hasSystemAdmin(db));
  if (systemAdmin)
    await db
      .transaction()
      .execute((trx) => grantSystemAdmin(makeContext(trx, CLI_ACTOR, clock), account.userId, 'init'));
  const code = await run<{ code: string; expiresAt: string }>('account.issueCode', {
    userId: account.userId,
    purpose: 'invite',
  });
  return { programId: program.id, login: account.login, systemAdmin, ...code };
}
