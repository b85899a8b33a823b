import type { Actor } from '@mentora/core';
import { addLoginPerson, type Client, loginAs, makeWorld, PASSWORD, type World } from '../../../test/world';
import { COMMANDS } from '../../app';
import type { Clock } from '../../clock';
import { runCommand } from '../../commands/run';

const SYSTEM: Actor = {
  userId: 'test-system',
  personId: 'test-system',
  systemAdmin: true,
  assignments: [],
  groups: [],
};

export type ConcernsKey = 'teacherA' | 'teacherB' | 'otherMentor';

/** A clock the test moves forward (days to resolution, overdue follow-ups). */
export function movableClock(start: string) {
  let now = new Date(start);
  const clock: Clock = { now: () => now };
  return { clock, set: (iso: string) => (now = new Date(iso)) };
}

/**
 * The test world's cluster (`groupId`, unit c1: mentor + mentee) with two more teachers of the
 * cluster (teacherA at s1, teacherB at s2); and another cluster group at d2 whose mentor is
 * `otherMentor` and whose teacher is the world's `outsider`.
 */
export interface ConcernsWorld extends World {
  otherGroupId: string;
  extra: Record<ConcernsKey, string>;
  login: (key: ConcernsKey | Parameters<World['as']>[0]) => Promise<Client>;
}

export async function makeConcernsWorld(clock: Clock): Promise<ConcernsWorld> {
  const w = await makeWorld(clock);
  const deps = { db: w.handle.db, clock, commands: COMMANDS };
  const cmd = <T>(name: string, input: unknown) => runCommand(deps, SYSTEM, name, input) as Promise<T>;
  const extra = {} as Record<ConcernsKey, string>;
  const person = async (key: ConcernsKey, schoolId: string, roles: [string, string][]) => {
    extra[key] = await addLoginPerson(w, clock, key, schoolId, roles, 3);
  };
  await person('teacherA', w.units.s1.id, [['teacher', w.units.s1.id]]);
  await person('teacherB', w.units.s2.id, [['teacher', w.units.s2.id]]);
  await person('otherMentor', w.units.s3.id, [['mentor', w.units.d2.id]]);
  for (const key of ['teacherA', 'teacherB'] as const)
    await cmd('group.addMember', { groupId: w.groupId, personId: extra[key], role: 'mentee', startDate: '2026-01-01' });
  const other = await cmd<{ id: string }>('group.create', {
    programId: w.programId,
    kind: 'cluster',
    name: 'Khuzdar cluster',
    orgUnitId: w.units.d2.id,
  });
  for (const [personId, role] of [
    [extra.otherMentor, 'mentor'],
    [w.people.outsider, 'mentee'],
  ] as const)
    await cmd('group.addMember', { groupId: other.id, personId, role, startDate: '2026-01-01' });
  const login = (key: ConcernsKey | Parameters<World['as']>[0]) =>
    key in extra
      ? loginAs(w.app, `${key.toLowerCase()}@test.mentora`, PASSWORD)
      : w.as(key as Parameters<World['as']>[0]);
  return { ...w, otherGroupId: other.id, extra, login };
}

/** Everything a device pulls from scratch, by table: the live records. */
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
