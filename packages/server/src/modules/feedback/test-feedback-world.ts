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

/** How many extra teachers attend (t0 … t9): two full release batches. */
export const ATTENDEES = 10;

/**
 * The test world's cluster group with ten more teachers of s2 (t0 … t9, logins `t<n>@test.mentora`),
 * and a group meeting on 10 March 2026 held with t0 … t9 present and the world's `mentee` absent;
 * `scheduledId` is a meeting not yet held, `oldId` one held on 1 February (its feedback has closed
 * by the world's date, 15 March).
 */
export interface FeedbackWorld extends World {
  teachers: string[];
  meetingId: string;
  scheduledId: string;
  oldId: string;
  teacher: (n: number) => Promise<Client>;
}

export async function makeFeedbackWorld(): Promise<FeedbackWorld> {
  const w = await makeWorld();
  const deps = { db: w.handle.db, clock: fixedClock, commands: COMMANDS };
  const cmd = <T>(name: string, input: unknown) => runCommand(deps, SYSTEM, name, input) as Promise<T>;
  const hash = await hashPassword(PASSWORD);
  const at = fixedClock.now().toISOString();
  const teachers: string[] = [];
  for (let n = 0; n < ATTENDEES; n++) {
    const p = await cmd<{ id: string }>('person.create', {
      programId: w.programId,
      fullName: `Teacher ${n}`,
      gender: 'female',
      phone: null,
      email: `t${n}@test.mentora`,
      schoolId: w.units.s2.id,
      yearsExperience: 2,
    });
    await cmd('role.assign', { personId: p.id, role: 'teacher', programId: w.programId, orgUnitId: w.units.s2.id });
    await w.handle.db
      .insertInto('users')
      .values({
        id: newId(),
        personId: p.id,
        loginPhone: null,
        loginEmail: `t${n}@test.mentora`,
        passwordHash: hash,
        locale: 'en',
        isSystemAdmin: 0,
        disabledAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    await cmd('group.addMember', { groupId: w.groupId, personId: p.id, role: 'mentee', startDate: '2026-01-01' });
    teachers.push(p.id);
  }
  const mentor = await w.as('mentor');
  const meeting = async (scheduledFor: string, held: boolean) => {
    const res = await mentor.send('POST', `/api/groups/${w.groupId}/meetings`, {
      kind: 'cluster_meeting',
      title: 'Cluster day',
      scheduledFor,
      durationMinutes: 240,
    });
    if (res.statusCode !== 201) throw new Error(`schedule: ${res.body}`);
    const id = res.json().id as string;
    if (!held) return id;
    const entries = [
      ...teachers.map((personId) => ({ personId, present: true, hours: 4 })),
      { personId: w.people.mentee, present: false, hours: 0 },
    ];
    const a = await mentor.send('POST', `/api/meetings/${id}/attendance`, { entries });
    if (a.statusCode !== 200) throw new Error(`attendance: ${a.body}`);
    const h = await mentor.send('POST', `/api/meetings/${id}/held`, {});
    if (h.statusCode !== 200) throw new Error(`held: ${h.body}`);
    return id;
  };
  const meetingId = await meeting('2026-03-10T09:00:00.000Z', true);
  const scheduledId = await meeting('2026-03-20T09:00:00.000Z', false);
  const oldId = await meeting('2026-02-01T09:00:00.000Z', true);
  return {
    ...w,
    teachers,
    meetingId,
    scheduledId,
    oldId,
    teacher: (n) => loginAs(w.app, `t${n}@test.mentora`, PASSWORD),
  };
}
