import type { Actor } from '@mentora/core';
import { type Client, fixedClock, loginAs, makeWorld, PASSWORD, type World } from '../../../test/world';
import { COMMANDS } from '../../app';
import { newId } from '../../clock';
import { runCommand } from '../../commands/run';
import { hashPassword } from '../auth/passwords';

const SYSTEM: Actor = {
  userId: 'test-system',
  personId: 'test-system',
  systemAdmin: true,
  assignments: [],
  groups: [],
};

export type MeetingsKey = 'teacherA' | 'teacherB' | 'otherMentor';

/**
 * The test world with a Kosovo-style school group at s1: the world's mentor and two colleagues
 * (teacherA, teacherB) of that school; and another mentor (also a mentor of the cluster) with a
 * group of their own at s2 whose mentee is the world's `outsider`.
 */
export interface MeetingsWorld extends World {
  schoolGroupId: string;
  otherGroupId: string;
  extra: Record<MeetingsKey, string>;
  login: (key: MeetingsKey | Parameters<World['as']>[0]) => Promise<Client>;
}

export async function makeMeetingsWorld(): Promise<MeetingsWorld> {
  const w = await makeWorld();
  const deps = { db: w.handle.db, clock: fixedClock, commands: COMMANDS };
  const cmd = <T>(name: string, input: unknown) => runCommand(deps, SYSTEM, name, input) as Promise<T>;
  const hash = await hashPassword(PASSWORD);
  const extra = {} as Record<MeetingsKey, string>;
  const person = async (key: MeetingsKey, schoolId: string, roles: [string, string][]) => {
    const p = await cmd<{ id: string }>('person.create', {
      programId: w.programId,
      fullName: `${key} person`,
      gender: 'female',
      phone: null,
      email: `${key.toLowerCase()}@test.mentora`,
      schoolId,
      yearsExperience: 3,
    });
    extra[key] = p.id;
    for (const [role, orgUnitId] of roles)
      await cmd('role.assign', { personId: p.id, role, programId: w.programId, orgUnitId });
    const at = fixedClock.now().toISOString();
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
        createdAt: at,
        updatedAt: at,
      })
      .execute();
  };
  await person('teacherA', w.units.s1.id, [['teacher', w.units.s1.id]]);
  await person('teacherB', w.units.s1.id, [['teacher', w.units.s1.id]]);
  await person('otherMentor', w.units.s2.id, [
    ['teacher', w.units.s2.id],
    ['mentor', w.units.c1.id],
  ]);
  const group = async (name: string, orgUnitId: string, members: [string, 'mentor' | 'mentee'][]) => {
    const g = await cmd<{ id: string }>('group.create', { programId: w.programId, kind: 'school', name, orgUnitId });
    for (const [personId, role] of members)
      await cmd('group.addMember', { groupId: g.id, personId, role, startDate: '2026-01-01' });
    return g.id;
  };
  const schoolGroupId = await group('GPS Uthal 1 group', w.units.s1.id, [
    [w.people.mentor, 'mentor'],
    [extra.teacherA, 'mentee'],
    [extra.teacherB, 'mentee'],
  ]);
  const otherGroupId = await group('GGPS Uthal 2 group', w.units.s2.id, [
    [extra.otherMentor, 'mentor'],
    [w.people.outsider, 'mentee'],
  ]);
  const login = (key: MeetingsKey | Parameters<World['as']>[0]) =>
    key in extra
      ? loginAs(w.app, `${key.toLowerCase()}@test.mentora`, PASSWORD)
      : w.as(key as Parameters<World['as']>[0]);
  return { ...w, schoolGroupId, otherGroupId, extra, login };
}

/** Everything a device pulls from scratch, grouped by table: ids of live rows. */
export async function pullAll(c: Client): Promise<Record<string, Record<string, unknown>[]>> {
  const res = await c.get(`/api/sync/pull?clientId=${crypto.randomUUID()}&cursor=0`);
  if (res.statusCode !== 200) throw new Error(`pull ${res.statusCode} ${res.body}`);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const ch of res.json().changes as { t: string; d?: Record<string, unknown> }[]) {
    if (!ch.d) continue;
    out[ch.t] = [...(out[ch.t] ?? []), ch.d];
  }
  return out;
}
