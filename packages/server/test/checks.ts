import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { World } from './world';

type Counted =
  | 'persons'
  | 'orgUnits'
  | 'groups'
  | 'groupMembers'
  | 'users'
  | 'roleAssignments'
  | 'oneTimeCodes'
  | 'auditEvents'
  | 'programs'
  | 'uploads'
  | 'uploadChunks';
const COUNTED: Counted[] = [
  'persons',
  'orgUnits',
  'groups',
  'groupMembers',
  'users',
  'roleAssignments',
  'oneTimeCodes',
  'auditEvents',
  'programs',
  'uploads',
  'uploadChunks',
];

/** Everything that a write could have changed: if any of it moves, a refused request changed something. */
export async function snapshot(w: World): Promise<Record<string, number>> {
  const db = w.handle.db;
  const out: Record<string, number> = {};
  const clock = await db.selectFrom('serverClock').select('version').executeTakeFirstOrThrow();
  out.version = Number(clock.version);
  for (const t of COUNTED) {
    const row = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  const received = await db
    .selectFrom('uploads')
    .select((eb) => eb.fn.sum<number>('received').as('n'))
    .executeTakeFirstOrThrow();
  out.uploadedBytes = Number(received.n ?? 0);
  return out;
}

/** A client error: a 4xx with the documented body `{ error: { code, message, details } }`. */
export function expectErrorShape(res: LightMyRequestResponse, context: string): void {
  expect(res.statusCode, `${context}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${context}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
  const body = res.json();
  expect(typeof body.error?.code, context).toBe('string');
  expect(typeof body.error?.message, context).toBe('string');
  expect(Array.isArray(body.error?.details), context).toBe(true);
}
