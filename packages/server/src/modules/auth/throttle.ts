import { AppError } from '@mentora/core';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/connect';

/**
 * Login back-off kept in the database, so it holds across app servers. Each attempt first
 * *reserves* a failure on its keys in one guarded statement, and only then is the password or
 * code checked; a success gives the reservation back. So guesses sent in parallel are counted
 * before any of them is checked, and no more than the limit are checked (issue 6, defect 2).
 *
 * After `max` failures a key is locked for 30 s, doubling with each further failure up to one
 * hour (reached at failure max + 7). Failures are forgiven by a success, or after `forgiveMs` without
 * one: a day for a login, so the wait really climbs to the hour and stays there (issue 6, defect 3).
 */
export interface ThrottleKey {
  key: string;
  max: number;
  /** A key with no failure for this long starts counting from zero again. */
  forgiveMs: number;
}

export const FIRST_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 3600;
const DAY_MS = 24 * 3600_000;
// A school lab or district office shares one public address: its count fades after a quiet quarter hour.
const ADDRESS_FORGIVE_MS = 15 * 60_000;
/** The per-address limit is this many times the per-login limit (100 with the default of 5). */
export const ADDRESS_FACTOR = 20;

/** The lock after the `failures`-th failure: none below `max`, then 30 s doubling to one hour. */
export function lockSeconds(failures: number, max: number): number | null {
  if (failures < max) return null;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.min(failures - max, 30));
}

/** Per login (a day to forgive) and per client address (a far higher limit, a quarter hour to forgive). */
export function throttleKeys(kind: string, login: string, ip: string, maxFailures: number): ThrottleKey[] {
  return [
    { key: `${kind}:${login}`, max: maxFailures, forgiveMs: DAY_MS },
    { key: `ip:${ip}`, max: maxFailures * ADDRESS_FACTOR, forgiveMs: ADDRESS_FORGIVE_MS },
  ];
}

/** A failure taken in advance on one key; `lockedUntil` is the lock this reservation set, if any. */
export interface Reservation {
  key: string;
  lockedUntil: string | null;
}

const iso = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

/**
 * Takes one failure on `k` unless it is locked, in one statement (an upsert whose update is guarded
 * by "not locked now"), setting the lock the new count earns. Returns null when the key is locked.
 * The new count and its lock are computed in SQL from the row as it is when the statement runs,
 * so parallel attempts line up on the row instead of all reading the same old count.
 */
async function reserve(db: Db, k: ThrottleKey, now: Date): Promise<Reservation | null> {
  const nowIso = now.toISOString();
  const cutoff = new Date(now.getTime() - k.forgiveMs).toISOString();
  const count = sql<number>`case when ${sql.ref('loginThrottle.updatedAt')} < ${cutoff} then 1 else ${sql.ref('loginThrottle.failures')} + 1 end`;
  // The lock for each count the back-off can reach, spelled out: no power() or least() that
  // SQLite and PostgreSQL would spell differently.
  const steps: RawBuilder<unknown>[] = [];
  for (let n = k.max; (lockSeconds(n, k.max) ?? 0) < MAX_LOCK_SECONDS; n++)
    steps.push(sql`when ${count} = ${n} then ${iso(now, lockSeconds(n, k.max) ?? 0)}`);
  const lock = sql<
    string | null
  >`case when ${count} < ${k.max} then null ${sql.join(steps, sql` `)} else ${iso(now, MAX_LOCK_SECONDS)} end`;
  const first = lockSeconds(1, k.max);
  const row = await db
    .insertInto('loginThrottle')
    .values({ key: k.key, failures: 1, lockedUntil: first === null ? null : iso(now, first), updatedAt: nowIso })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ failures: count, lockedUntil: lock, updatedAt: nowIso })
        .where((eb) =>
          eb.or([eb('loginThrottle.lockedUntil', 'is', null), eb('loginThrottle.lockedUntil', '<=', nowIso)]),
        ),
    )
    .returning(['key', 'lockedUntil'])
    .executeTakeFirst();
  return row ?? null;
}

/** Gives a reservation back (its attempt was not a failure): one failure less, and its own lock lifted. */
export async function release(db: Db, r: Reservation): Promise<void> {
  await db
    .updateTable('loginThrottle')
    .set({
      failures: sql<number>`case when ${sql.ref('failures')} > 0 then ${sql.ref('failures')} - 1 else 0 end`,
      lockedUntil: sql<
        string | null
      >`case when ${sql.ref('lockedUntil')} = ${r.lockedUntil} then null else ${sql.ref('lockedUntil')} end`,
    })
    .where('key', '=', r.key)
    .execute();
}

/** Forgets a key's failures: a correct password for that login. */
export async function clearKey(db: Db, key: string): Promise<void> {
  await db.deleteFrom('loginThrottle').where('key', '=', key).execute();
}

async function lockedError(db: Db, keys: ThrottleKey[], now: Date): Promise<AppError> {
  const rows = await db
    .selectFrom('loginThrottle')
    .select('lockedUntil')
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute();
  const until =
    rows
      .map((r) => r.lockedUntil ?? '')
      .sort()
      .at(-1) ?? '';
  const retryAfter = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000) || 1);
  return new AppError('rate_limited', `Too many failed attempts; try again in ${retryAfter} seconds`, [
    { path: 'retryAfterSeconds', message: String(retryAfter) },
  ]);
}

/**
 * Reserves one failure on every key, in order, or none: if a key is locked, the reservations taken
 * so far are given back and `rate_limited` (429, detail `retryAfterSeconds`) is thrown.
 */
export async function reserveAll(db: Db, keys: ThrottleKey[], now: Date): Promise<Reservation[]> {
  const taken: Reservation[] = [];
  for (const k of keys) {
    const r = await reserve(db, k, now);
    if (r) {
      taken.push(r);
      continue;
    }
    for (const t of taken) await release(db, t);
    throw await lockedError(db, [k], now);
  }
  return taken;
}
