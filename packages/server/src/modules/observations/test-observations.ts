import { randomUUID } from 'node:crypto';
import type { Mutation } from '@mentora/core';
import { expect } from 'vitest';
import { type Client, loginAs, PASSWORD, type World } from '../../../test/world';
import { newId } from '../../clock';
import { hashPassword } from '../auth/passwords';

// Test helpers for the observations area (not shipped: `test-*.ts`).

/** Items of the default instrument, by type: a yes/partly/no, a 1–4 scale, a free text. */
export const ITEMS = { ypn: 'planning-outcomes', scale: 'planning-flow', text: 'planning-evidence' } as const;

export type Pulled = { changes: { t: string; id: string; d?: Record<string, unknown> }[] };

/** A full pull from scratch, as a new device makes it. */
export async function pullAll(c: Client): Promise<Pulled> {
  const res = await c.get(`/api/sync/pull?clientId=${randomUUID()}&cursor=0`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Pushes mutations from a new device; returns each mutation's status. */
export async function push(c: Client, mutations: Omit<Mutation, 'id'>[]) {
  const res = await c.send('POST', '/api/sync/push', {
    clientId: randomUUID(),
    mutations: mutations.map((m, i) => ({ ...m, id: i + 1 })),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results as { status: string; error?: { code: string; message: string } }[];
}

/** A new person of the world's program with a login and one role at `orgUnitId`. */
export async function personWithLogin(
  w: World,
  key: string,
  role: string,
  orgUnitId: string,
  schoolId: string | null = null,
): Promise<{ id: string; client: () => Promise<Client> }> {
  const admin = await w.as('sysadmin');
  const p = await admin.send('POST', '/api/persons', { programId: w.programId, fullName: `${key} person`, schoolId });
  expect(p.statusCode, p.body).toBe(201);
  const id = p.json().id as string;
  const r = await admin.send('POST', '/api/role-assignments', {
    personId: id,
    role,
    programId: w.programId,
    orgUnitId,
  });
  expect(r.statusCode, r.body).toBe(201);
  const now = w.app.deps.clock.now().toISOString();
  await w.handle.db
    .insertInto('users')
    .values({
      id: newId(),
      personId: id,
      loginPhone: null,
      loginEmail: `${key}@test.mentora`,
      passwordHash: await hashPassword(PASSWORD),
      locale: 'en',
      isSystemAdmin: 0,
      disabledAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return { id, client: () => loginAs(w.app, `${key}@test.mentora`, PASSWORD) };
}

/** Row counts of the observation tables, to show a refused command wrote nothing. */
export async function counts(w: World) {
  const n = async (t: 'observations' | 'observationDetails' | 'observationResponses' | 'observationNotes') =>
    Number(
      (
        await w.handle.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    observations: await n('observations'),
    details: await n('observationDetails'),
    responses: await n('observationResponses'),
    notes: await n('observationNotes'),
  };
}

/** Schedules a mentor → mentee observation in the world's group, with `body` overriding. */
export function scheduleObservation(w: World, c: Client, body: Record<string, unknown> = {}) {
  return c.send('POST', '/api/observations', {
    groupId: w.groupId,
    observerPersonId: w.people.mentor,
    observedPersonId: w.people.mentee,
    direction: 'mentor_to_mentee',
    scheduledFor: '2026-03-20T08:00:00.000Z',
    ...body,
  });
}

/** An observation as `c` reads it over REST. */
export async function viewObservation(c: Client, id: string) {
  return (await c.get(`/api/observations/${id}`)).json();
}
