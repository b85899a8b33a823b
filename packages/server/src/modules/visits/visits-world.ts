import type { Actor } from '@mentora/core';
import { addLoginPerson, type Client, fixedClock, loginAs, makeWorld, PASSWORD, type World } from '../../../test/world';
import { COMMANDS } from '../../app';
import { runCommand } from '../../commands/run';

const SYSTEM: Actor = {
  userId: 'test-system',
  personId: 'test-system',
  systemAdmin: true,
  assignments: [],
  groups: [],
};

export type VisitsKey = 'teacherA' | 'otherMentor';

/**
 * The test world (cluster group of c1: mentor at s1, mentee at s2; head teacher of s1) with
 * teacherA, a teacher of s1 in the cluster; and a second cluster c2 in district d2 whose mentor is
 * otherMentor, with the world's outsider (s3) as mentee. Clock: 2026-03-15.
 */
export interface VisitsWorld extends World {
  c2: { id: string; path: string };
  otherGroupId: string;
  extra: Record<VisitsKey, string>;
  login: (key: VisitsKey | Parameters<World['as']>[0]) => Promise<Client>;
  /** Runs a command as the system (world building). */
  cmd: <T>(name: string, input: unknown) => Promise<T>;
}

export async function makeVisitsWorld(): Promise<VisitsWorld> {
  const w = await makeWorld();
  const deps = { db: w.handle.db, clock: fixedClock, commands: COMMANDS };
  const cmd = <T>(name: string, input: unknown) => runCommand(deps, SYSTEM, name, input) as Promise<T>;
  const extra = {} as Record<VisitsKey, string>;
  const person = async (key: VisitsKey, schoolId: string, roles: [string, string][]) => {
    extra[key] = await addLoginPerson(w, fixedClock, key, schoolId, roles, 4);
  };
  const c2 = await cmd<{ id: string; path: string }>('orgUnit.create', {
    programId: w.programId,
    parentId: w.units.d2.id,
    name: 'Khuzdar cluster',
    kind: 'cluster',
  });
  await person('teacherA', w.units.s1.id, [['teacher', w.units.s1.id]]);
  await person('otherMentor', w.units.s3.id, [
    ['teacher', w.units.s3.id],
    ['mentor', c2.id],
  ]);
  await cmd('group.addMember', {
    groupId: w.groupId,
    personId: extra.teacherA,
    role: 'mentee',
    startDate: '2026-01-01',
  });
  const other = await cmd<{ id: string }>('group.create', {
    programId: w.programId,
    kind: 'cluster',
    name: 'Khuzdar cluster group',
    orgUnitId: c2.id,
  });
  for (const [personId, role] of [
    [extra.otherMentor, 'mentor'],
    [w.people.outsider, 'mentee'],
  ] as const)
    await cmd('group.addMember', { groupId: other.id, personId, role, startDate: '2026-01-01' });
  const login = (key: VisitsKey | Parameters<World['as']>[0]) =>
    key in extra
      ? loginAs(w.app, `${key.toLowerCase()}@test.mentora`, PASSWORD)
      : w.as(key as Parameters<World['as']>[0]);
  return { ...w, c2, otherGroupId: other.id, extra, login, cmd };
}

/** Everything a device pulls from scratch, grouped by table: the live rows. */
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
