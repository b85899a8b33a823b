import type { Actor } from '@mentora/core';
import { COMMANDS } from '../src/app';
import { newId } from '../src/clock';
import { runCommand } from '../src/commands/run';
import { hashPassword } from '../src/modules/auth/passwords';
import { type Client, fixedClock, loginAs, makeWorld, PASSWORD, type World } from './world';

const SYSTEM: Actor = {
  userId: 'test-system',
  personId: 'test-system',
  systemAdmin: true,
  assignments: [],
  groups: [],
};

/**
 * The test world of `test/world.ts` with the people the privacy matrix needs beside the pair
 * (mentor, mentee): a colleague in the same group, the mentee's head teacher, and a mentor of
 * another group — each with a login.
 */
export interface PlanWorld extends World {
  extra: { colleague: string; head2: string; otherMentor: string; otherGroupId: string };
  asExtra: (key: 'colleague' | 'head2' | 'otherMentor') => Promise<Client>;
}

export async function makePlanWorld(): Promise<PlanWorld> {
  const w = await makeWorld();
  const deps = { db: w.handle.db, clock: fixedClock, commands: COMMANDS };
  const cmd = <T>(name: string, input: unknown) => runCommand(deps, SYSTEM, name, input) as Promise<T>;
  const hash = await hashPassword(PASSWORD);
  const person = async (key: string, schoolId: string, roles: [string, string][]) => {
    const p = await cmd<{ id: string }>('person.create', {
      programId: w.programId,
      fullName: `${key} person`,
      schoolId,
      email: `${key.toLowerCase()}@test.mentora`,
    });
    for (const [role, orgUnitId] of roles)
      await cmd('role.assign', { personId: p.id, role, programId: w.programId, orgUnitId });
    const now = fixedClock.now().toISOString();
    await w.handle.db
      .insertInto('users')
      .values({
        id: newId(),
        personId: p.id,
        loginPhone: null,
        loginEmail: `${key.toLowerCase()}@test.mentora`,
        passwordHash: hash,
        locale: 'en',
        isSystemAdmin: 0,
        disabledAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    return p.id;
  };
  const { s2, s3, d2 } = w.units;
  const colleague = await person('colleague', s2.id, [['teacher', s2.id]]);
  const head2 = await person('head2', s2.id, [['head_teacher', s2.id]]);
  const otherMentor = await person('otherMentor', s3.id, [
    ['teacher', s3.id],
    ['mentor', d2.id],
  ]);
  await cmd('group.addMember', { groupId: w.groupId, personId: colleague, role: 'mentee', startDate: '2026-01-01' });
  const other = await cmd<{ id: string }>('group.create', {
    programId: w.programId,
    kind: 'school',
    name: 'Khuzdar school group',
    orgUnitId: s3.id,
  });
  await cmd('group.addMember', { groupId: other.id, personId: otherMentor, role: 'mentor', startDate: '2026-01-01' });
  await cmd('group.addMember', {
    groupId: other.id,
    personId: w.people.outsider,
    role: 'mentee',
    startDate: '2026-01-01',
  });
  return {
    ...w,
    extra: { colleague, head2, otherMentor, otherGroupId: other.id },
    asExtra: (key) => loginAs(w.app, `${key.toLowerCase()}@test.mentora`, PASSWORD),
  };
}
