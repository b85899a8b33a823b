import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { World } from './world';

/** The migrator's own tables, and the clock (its version is compared on its own, below). */
const NOT_COUNTED = new Set(['kysely_migration', 'kysely_migration_lock', 'server_clock']);

/** Everything that a write could have changed: if any of it moves, a refused request changed something. */
export async function snapshot(w: World): Promise<Record<string, number>> {
  const db = w.handle.db;
  const out: Record<string, number> = {};
  const clock = await db.selectFrom('serverClock').select('version').executeTakeFirstOrThrow();
  out.version = Number(clock.version);
  // Every table the migrations made, read from the database: a new area's table is counted with no list to edit.
  const tables = (await db.introspection.getTables()).map((t) => t.name).filter((t) => !NOT_COUNTED.has(t));
  for (const t of tables) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t)}`.execute(db);
    out[t] = Number(row.rows[0]?.n ?? 0);
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
